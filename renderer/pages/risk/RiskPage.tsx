import { useTranslation } from 'react-i18next';
import { Tabs, type TabItem } from '../../components/Tabs.js';
import { navigate } from '../../shell/route.js';
import { ComparisonTab } from './scorecard/ComparisonTab.js';
import { CustomersTab } from './customers/CustomersTab.js';
import { OverviewTab } from './overview/OverviewTab.js';
import { ScorecardTab } from './scorecard/ScorecardTab.js';
import { StabilityTab } from './scorecard/StabilityTab.js';
import { OwnDataTab } from './table/OwnDataTab.js';

const sections = ['overview', 'customers', 'scorecard', 'comparison', 'stability', 'table'] as const;
type Section = (typeof sections)[number];

/**
 * Fee-recovery (arrears) risk: train the scorecard and its challenger on the workspace's
 * customers, read the scores' distribution and the expected loss, work the collection list
 * and a customer's risk profile (the detail: a customer number), read and edit the scorecard,
 * compare the models, watch stability, and train on an analyst's own table.
 */
export function RiskPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const active: Section = sections.includes(section as Section) ? (section as Section) : 'overview';
  const items: TabItem<Section>[] = sections.map((key) => ({ key, label: t(`risk.tabs.${key}`) }));
  return (
    <div className="page risk">
      <h1 className="page-title">{t('nav.risk')}</h1>
      <Tabs items={items} active={active} onChange={(key) => navigate('risk', key)} label={t('nav.risk')} idPrefix="risk" />
      <div className="tab-panel" id="risk-panel" role="tabpanel" aria-labelledby={`risk-tab-${active}`}>
        {active === 'overview' && <OverviewTab />}
        {active === 'customers' && <CustomersTab customerId={detail} />}
        {active === 'scorecard' && <ScorecardTab />}
        {active === 'comparison' && <ComparisonTab />}
        {active === 'stability' && <StabilityTab />}
        {active === 'table' && <OwnDataTab />}
      </div>
    </div>
  );
}
