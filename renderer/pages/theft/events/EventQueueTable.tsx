import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { eventTypeLabel } from '../texts.js';
import { eventTimeText } from './riskTexts.js';

export const QUEUE_PAGE = 50;

/** The abnormal (tamper-type) events, newest first, a page at a time; a customer opens its evidence. */
export function EventQueueTable() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [offset, setOffset] = useState(0);
  const queue = useQuery('grid.eventQueue', { offset, limit: QUEUE_PAGE });
  const data = queue.data;
  const total = data?.total ?? 0;
  return (
    <section className="card stack" aria-labelledby="theft-event-queue">
      <div className="row spread wrap">
        <h3 id="theft-event-queue">{t('theft.events.queueTitle')}</h3>
        {data && (
          <span className="muted small" data-testid="queue-count">
            {t('theft.events.queueCount', { count: total, formatted: formatInteger(total, language) })}
          </span>
        )}
      </div>
      {!data ? (
        <QueryFallback query={queue} />
      ) : (
        <>
          <div className="table-scroll event-queue-scroll">
            <table className="table" data-testid="event-queue">
              <thead>
                <tr>
                  <th scope="col">{t('theft.events.time')}</th>
                  <th scope="col">{t('theft.events.type')}</th>
                  <th scope="col">{t('theft.events.meter')}</th>
                  <th scope="col">{t('theft.events.customer')}</th>
                  <th scope="col">{t('theft.events.area')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((e) => (
                  <tr key={`${e.meterId} ${e.start} ${e.typeRaw}`}>
                    <td className="mono">{eventTimeText(e.start)}</td>
                    <td>{eventTypeLabel(t, e.type)}</td>
                    <td className="mono">{e.meterId}</td>
                    <td>
                      {e.customerId ? (
                        <a
                          className="mono"
                          href={`#/theft/suspects/${encodeURIComponent(e.customerId)}`}
                          onClick={(event) => {
                            event.preventDefault();
                            navigate('theft', 'suspects', e.customerId!);
                          }}
                        >
                          {e.customerId}
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="mono">{e.areaId ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {total > QUEUE_PAGE && (
            <div className="pager row" role="group" aria-label={t('theft.events.pages')}>
              <button type="button" className="btn small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - QUEUE_PAGE))}>
                {t('theft.events.previous')}
              </button>
              <span className="muted small" data-testid="queue-page">
                {t('theft.events.range', { from: formatInteger(offset + 1, language), to: formatInteger(Math.min(offset + QUEUE_PAGE, total), language), total: formatInteger(total, language) })}
              </span>
              <button type="button" className="btn small" disabled={offset + QUEUE_PAGE >= total} onClick={() => setOffset(offset + QUEUE_PAGE)}>
                {t('theft.events.next')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
