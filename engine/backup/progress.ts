// What the backup steps report to: a job's progress and its cancellation.
export interface StepReporter {
  progress(fraction: number, message: string): void;
  throwIfCancelled(): void;
}

/** Reports a step's own fraction as a slice [from, to] of the whole job. */
export function slice(reporter: StepReporter, from: number, to: number): StepReporter {
  return {
    progress: (fraction, message) => reporter.progress(from + (to - from) * fraction, message),
    throwIfCancelled: () => reporter.throwIfCancelled(),
  };
}
