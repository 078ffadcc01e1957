// Work that must not interleave, run one piece at a time in the order it was asked for: the
// engine's workspace switches (open, close, refresh, a finished demo opening), each of which
// spans several worker round trips.
export class Turns {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.last.then(work);
    this.last = turn.catch(() => undefined); // one failure does not stop the turns after it
    return turn;
  }
}
