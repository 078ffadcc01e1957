// The command line's segments: customer,cluster,cluster_name, one line per customer segmented
// (its customer number, or the meter number without an archive), in customer order. `cluster`
// is the cluster's number within the customer's category (0 the largest), `cluster_name` its
// shape code (naming.ts). A stable interface: automated checks read it.
import { csvLine } from '../core/exportFile.js';
import type { Segmentation } from './run.js';

export const CSV_HEADER = 'customer,cluster,cluster_name';

export function segmentsCsv(result: Segmentation): string {
  const rows: { id: string; cluster: number; name: string }[] = [];
  for (const category of result.categories) {
    category.members.forEach((profile, i) => {
      const cluster = category.labels[i]!;
      rows.push({ id: result.profiles.ids[profile]!, cluster, name: category.clusters[cluster]!.name });
    });
  }
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [CSV_HEADER, ...rows.map((r) => csvLine([r.id, r.cluster, r.name]))].join('\n') + '\n';
}
