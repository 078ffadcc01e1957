// A few line icons drawn inline, so the app needs no icon font (offline, strict CSP).
const paths = {
  overview: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  data: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zm0 0v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-2.9 1.2V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-2.9-1.2l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1A1.7 1.7 0 0 0 3 14.1H3a2 2 0 1 1 0-4h.1A1.7 1.7 0 0 0 4.6 9a1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1A1.7 1.7 0 0 0 10 3.2V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 2.9 1.2l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0 1.2 2.9h.1a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z',
  jobs: 'M4 6h16M4 12h10M4 18h6M17 15l3 3-3 3',
  forecast: 'M3 17l5-6 4 3 4-6M16 8l5-3M3 21h18M17 12v2M19.5 10v2',
  // A magnifier over a zigzag: looking into consumption.
  theft: 'M10.5 18a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15zM21 21l-5.2-5.2M6 11.5l2.5-3 2.5 3.5 2.5-3',
  // A gauge with its needle in the red: arrears risk.
  risk: 'M4 17a8 8 0 1 1 16 0M12 17l4-5M7.5 11.5l1 1M12 9v1.5M3 21h18',
  // A speech bubble: the customers' tickets and calls.
  service: 'M4 5h16v11H9l-5 4V5zM8 9h8M8 12h5',
  // Two people: the customers and their segments.
  customers: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20a6.5 6.5 0 0 1 13 0M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14a6.5 6.5 0 0 1 3.5 6',
  // A funnel over rows: asking the data a question.
  query: 'M3 4h18l-7 8v6l-4 2v-8L3 4z',
  // A page with lines and a small bar chart: a report.
  reports: 'M6 2h9l5 5v15H6V2zM15 2v5h5M9 18v-3M12 18v-5M15 18v-2',
  // A shield: keeping the workspace safe.
  admin: 'M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5l8-3zM9 12l2 2 4-4',
  upload: 'M12 16V4m0 0L7 9m5-5 5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={paths[name]} />
    </svg>
  );
}
