import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { channelLabel, tagName } from '../texts.js';
import { evidenceLines, tagExplanation } from './evidence.js';

/** One customer's tags, each explained in words with the tickets, bills and outages behind it. */
export function CustomerTagsPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const profile = useQuery('service.customerTags', { customerId });
  return (
    <section className="card stack" aria-labelledby="tag-evidence-title" data-testid="tag-evidence">
      <div className="row spread wrap">
        <h3 id="tag-evidence-title">{t('service.tags.evidenceTitle', { customer: customerId })}</h3>
        <button type="button" className="btn small" onClick={() => navigate('customers', 'search', customerId)}>
          {t('service.tags.open360')}
        </button>
      </div>
      {!profile.data ? (
        <QueryFallback query={profile} />
      ) : (
        <>
          <p className="muted small">
            {t('service.tags.channelSummary', { count: profile.data.tickets, channel: channelLabel(t, profile.data.preferredChannel) })}
          </p>
          {profile.data.tags.map((tag) => (
            <div key={tag.tag} className="tag-explained" data-tag={tag.tag}>
              <h4>{tagName(t, tag.tag)}</h4>
              <p>{tagExplanation(t, tag.evidence, language)}</p>
              <ul className="evidence-list">
                {evidenceLines(t, tag.evidence, language).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
