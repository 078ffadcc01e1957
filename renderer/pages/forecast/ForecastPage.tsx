import { useTranslation } from 'react-i18next';
import { Tabs, type TabItem } from '../../components/Tabs.js';
import { navigate } from '../../shell/route.js';
import { BatchTab } from './batch/BatchTab.js';
import { CalendarTab } from './calendar/CalendarTab.js';
import { RunTab } from './RunTab.js';
import { parseRunDetail } from './runRoute.js';
import { SavedRunsTab } from './runs/SavedRunsTab.js';

const sections = ['run', 'runs', 'batch', 'calendar'] as const;
type Section = (typeof sections)[number];

/** Load forecasting: set up and run a forecast and read its result, saved runs, every area at once, holidays. */
export function ForecastPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const active: Section = sections.includes(section as Section) ? (section as Section) : 'run';
  const items: TabItem<Section>[] = sections.map((key) => ({ key, label: t(`forecast.tabs.${key}`) }));
  return (
    <div className="page forecast">
      <h1 className="page-title">{t('nav.forecast')}</h1>
      <Tabs items={items} active={active} onChange={(key) => navigate('forecast', key)} label={t('nav.forecast')} idPrefix="forecast" />
      <div className="tab-panel" id="forecast-panel" role="tabpanel" aria-labelledby={`forecast-tab-${active}`}>
        {active === 'run' && <RunTab route={parseRunDetail(active === 'run' ? detail : null)} />}
        {active === 'runs' && <SavedRunsTab />}
        {active === 'batch' && <BatchTab />}
        {active === 'calendar' && <CalendarTab />}
      </div>
    </div>
  );
}
