import { useTranslation } from 'react-i18next';
import { Tabs, type TabItem } from '../../components/Tabs.js';
import { navigate } from '../../shell/route.js';
import { ServiceOverviewTab } from './overview/ServiceOverviewTab.js';
import { TagsTab } from './tags/TagsTab.js';
import { TextTab } from './text/TextTab.js';
import { TicketsTab } from './tickets/TicketsTab.js';

const sections = ['overview', 'text', 'sensitive', 'tickets'] as const;
type Section = (typeof sections)[number];

/**
 * Customer service: ticket volumes, contact habits and service quality; the ticket text
 * classifier with its keyword rules; sensitive customers with each tag's evidence (the detail:
 * a customer number); the tickets themselves.
 */
export function ServicePage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const active: Section = sections.includes(section as Section) ? (section as Section) : 'overview';
  const items: TabItem<Section>[] = sections.map((key) => ({ key, label: t(`service.tabs.${key}`) }));
  return (
    <div className="page service">
      <h1 className="page-title">{t('nav.service')}</h1>
      <Tabs items={items} active={active} onChange={(key) => navigate('service', key)} label={t('nav.service')} idPrefix="service" />
      <div className="tab-panel" id="service-panel" role="tabpanel" aria-labelledby={`service-tab-${active}`}>
        {active === 'overview' && <ServiceOverviewTab />}
        {active === 'text' && <TextTab />}
        {active === 'sensitive' && <TagsTab customerId={detail} />}
        {active === 'tickets' && <TicketsTab />}
      </div>
    </div>
  );
}
