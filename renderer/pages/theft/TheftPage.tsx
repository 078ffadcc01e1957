import { useTranslation } from 'react-i18next';
import { Tabs, type TabItem } from '../../components/Tabs.js';
import { navigate } from '../../shell/route.js';
import { AreasTab } from './areas/AreasTab.js';
import { CasesTab } from './cases/CasesTab.js';
import { EventsTab } from './events/EventsTab.js';
import { ModelTab } from './model/ModelTab.js';
import { SuspectsTab } from './suspects/SuspectsTab.js';

const sections = ['suspects', 'cases', 'model', 'areas', 'events'] as const;
type Section = (typeof sections)[number];

/**
 * Theft and anomaly detection: the ranked suspects of a score run with each one's evidence, and
 * the cases that follow a lead through inspection to its outcome, the supervised model learnt
 * from those outcomes (and its retraining), line loss per transformer area, and meter events. The detail names the suspect (a customer number), the case (its number) or
 * the area in view.
 */
export function TheftPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const active: Section = sections.includes(section as Section) ? (section as Section) : 'suspects';
  const items: TabItem<Section>[] = sections.map((key) => ({ key, label: t(`theft.tabs.${key}`) }));
  return (
    <div className="page theft">
      <h1 className="page-title">{t('nav.theft')}</h1>
      <Tabs items={items} active={active} onChange={(key) => navigate('theft', key)} label={t('nav.theft')} idPrefix="theft" />
      <div className="tab-panel" id="theft-panel" role="tabpanel" aria-labelledby={`theft-tab-${active}`}>
        {active === 'suspects' && <SuspectsTab customerId={detail} />}
        {active === 'cases' && <CasesTab caseId={detail !== null && /^\d+$/.test(detail) ? Number(detail) : null} />}
        {active === 'model' && <ModelTab />}
        {active === 'areas' && <AreasTab areaId={detail} />}
        {active === 'events' && <EventsTab />}
      </div>
    </div>
  );
}
