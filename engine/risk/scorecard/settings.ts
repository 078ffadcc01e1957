// How the automatic binning works, in one place.
export interface BinningSettings {
  /** Fine quantile bins to start from. */
  fineBins: number;
  /** Fewest rows per bin, as a share of the rows with a value (also: rarer categories are pooled). */
  minShare: number;
  maxBins: number;
  /** Neighbouring bins whose bad rates differ less than this chi-square (1 degree of freedom) are merged. */
  minChiSquare: number;
  /** Features whose information value stays under this are weak: flagged and left out. */
  weakIv: number;
}

export const defaultBinning: BinningSettings = { fineBins: 20, minShare: 0.05, maxBins: 8, minChiSquare: 0, weakIv: 0.02 };
