// Writers flush their buffers after the file's last row, inside the import's transaction: every
// meter-day and meter-month still open is written then, which on a large file takes a while.
// The flush loops step through here, so that a cancel stops them and the user sees them move.

/** Throws when the import was cancelled; otherwise reports `done` of `total` buffered rows written. */
export type Checkpoint = (done: number, total: number) => void;

/** Buffered rows written between two checkpoints: a few milliseconds of work. */
export const FLUSH_STEP = 256;

export class FlushProgress {
  private done = 0;

  /** `total`: the rows open when the flush starts (writing some can open a few more). */
  constructor(
    private readonly checkpoint: Checkpoint,
    private readonly total: number,
  ) {}

  /** One buffered row written. */
  step(): void {
    if (++this.done % FLUSH_STEP === 0) this.checkpoint(Math.min(this.done, this.total), this.total);
  }
}
