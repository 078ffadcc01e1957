import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, type Page } from '../shell/route.js';
import { Tabs, type TabItem } from './Tabs.js';

/** One tab of a page: its key in the URL (#/page/key/detail), its label and what it shows. */
export interface PageTab {
  key: string;
  label: string;
  render(detail: string | null): ReactNode;
}

/** A module page made of tabs, the active one named by the route's section (the first by default). */
export function TabbedPage({ page, tabs, section, detail }: { page: Page; tabs: PageTab[]; section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const active = tabs.find((tab) => tab.key === section) ?? tabs[0];
  const items: TabItem<string>[] = tabs.map(({ key, label }) => ({ key, label }));
  return (
    <div className={`page ${page}`}>
      <h1 className="page-title">{t(`nav.${page}`)}</h1>
      {active && (
        <>
          <Tabs items={items} active={active.key} onChange={(key) => navigate(page, key)} label={t(`nav.${page}`)} idPrefix={page} />
          <div className="tab-panel" id={`${page}-panel`} role="tabpanel" aria-labelledby={`${page}-tab-${active.key}`}>
            {active.render(detail)}
          </div>
        </>
      )}
    </div>
  );
}
