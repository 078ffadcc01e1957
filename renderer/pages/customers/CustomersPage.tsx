import { useTranslation } from 'react-i18next';
import { Tabs, type TabItem } from '../../components/Tabs.js';
import { navigate } from '../../shell/route.js';
import { ListsTab } from './lists/ListsTab.js';
import { RecommendationsTab } from './recommendations/RecommendationsTab.js';
import { SearchTab } from './search/SearchTab.js';
import { SegmentsTab } from './segments/SegmentsTab.js';

const sections = ['search', 'segments', 'recommendations', 'lists'] as const;
type Section = (typeof sections)[number];

/**
 * Customers: search and the customer 360 (the detail: a customer number), load-shape
 * segments, time-of-use and demand-response recommendations, target lists.
 */
export function CustomersPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const active: Section = sections.includes(section as Section) ? (section as Section) : 'search';
  const items: TabItem<Section>[] = sections.map((key) => ({ key, label: t(`customers.tabs.${key}`) }));
  return (
    <div className="page customers">
      <h1 className="page-title">{t('nav.customers')}</h1>
      <Tabs items={items} active={active} onChange={(key) => navigate('customers', key)} label={t('nav.customers')} idPrefix="customers" />
      <div className="tab-panel" id="customers-panel" role="tabpanel" aria-labelledby={`customers-tab-${active}`}>
        {active === 'search' && <SearchTab customerId={detail} />}
        {active === 'segments' && <SegmentsTab />}
        {active === 'recommendations' && <RecommendationsTab />}
        {active === 'lists' && <ListsTab />}
      </div>
    </div>
  );
}
