// Load-shape segmentation as it crosses the API (engine/segments): each customer's normalised
// daily profile (24 hourly shares of the day's energy, summing to 1), clustered by k-means per
// usage category, k chosen by the mean silhouette on a sample; clusters named from their shape.

/** Cluster names by shape, as codes the UI words (segments.names.* in the locales). */
export const clusterNames = ['evening_peak', 'morning_peak', 'double_peak', 'daytime_flat', 'extended_hours', 'night_load', 'flat'] as const;
export type ClusterName = (typeof clusterNames)[number];

/** Which days a profile averages: working days (Monday to Friday and weekend days worked in exchange, holidays out, by the workspace's holiday table), or every day. */
export const profileDayKinds = ['weekdays', 'all'] as const;
export type ProfileDayKind = (typeof profileDayKinds)[number];

/** How k was chosen for a category. */
export const kChoices = ['silhouette', 'weak', 'fixed', 'single'] as const;
/**
 * silhouette: the best mean silhouette over the k range; weak: even the best is under 0.25 (no
 * substantial structure, Kaufman & Rousseeuw), so one cluster; fixed: the analyst's k; single:
 * too few profiles to split.
 */
export type KChoice = (typeof kChoices)[number];

/** A saved segmentation run. Days 'YYYY-MM-DD'. */
export interface SegmentRunInfo {
  /** null for a run written to a CSV (the CLI) and not saved. */
  runId: number | null;
  /** The CSV written, for a run that was not saved. */
  file: string | null;
  createdAt: string;
  /** The profile window: its first and last day. */
  fromDay: string;
  toDay: string;
  windowDays: number;
  days: ProfileDayKind;
  /** Least days with a complete curve a profile needs. */
  minDays: number;
  /** Customers (or meters without an archive) segmented. */
  customers: number;
  /** Those with curves in the window but too few complete days: left out. */
  skipped: number;
  categories: { category: string | null; profiles: number; k: number }[];
  seconds: number;
}

/** The criterion's value for one k (the mean silhouette over the sample, in [-1, 1]). */
export interface KScore {
  k: number;
  silhouette: number;
}

export interface SegmentCluster {
  cluster: number;
  name: ClusterName;
  size: number;
  /** Mean profile: 24 hourly shares of the day's energy (hour 0 = 00:00-01:00), summing to 1. */
  centroid: number[];
  /** The hour with the highest share, and that share over the mean share (1/24). */
  peakHour: number;
  peakToMean: number;
  /** Shares of the day's energy in 08:00-18:00 and in 22:00-06:00. */
  dayShare: number;
  nightShare: number;
  /** Mean distance of the members to the centroid (Euclidean, in shares). */
  meanDistance: number;
}

export interface SegmentCategory {
  /** The usage category (null: meters without an archive). */
  category: string | null;
  profiles: number;
  k: number;
  choice: KChoice;
  /** The silhouette per k tried (empty when k was fixed or single). */
  scores: KScore[];
  /** Profiles in the sample the silhouette was measured on. */
  sample: number;
  clusters: SegmentCluster[];
}

export interface SegmentClusters {
  run: SegmentRunInfo;
  categories: SegmentCategory[];
}

/** A customer's place in a run. */
export interface SegmentMember {
  customerId: string;
  category: string | null;
  cluster: number;
  clusterName: ClusterName;
  /** Euclidean distance of its profile to the cluster's centroid (how typical it is). */
  distance: number;
}

export interface SegmentCustomersPage {
  runId: number;
  total: number;
  rows: SegmentMember[];
}

/** One customer's segment with its own profile over the run's window, beside the centroid. */
export interface CustomerSegment extends SegmentMember {
  runId: number;
  centroid: number[];
  /** The customer's profile (24 shares) recomputed over the run's window; null when its curves are gone. */
  profile: number[] | null;
}
