/**
 * What an event handler asks to be done once its transaction has committed (tell a listener,
 * update a cache in memory): run in the order asked, after the commit, and dropped when the
 * transaction rolls back. The consumer makes a new one for every transaction it tries, so when a
 * failed batch is applied again in smaller pieces, each change is acted on once, by the piece
 * that committed it. Nothing runs them again after a crash between the commit and the callback:
 * a listener that must not miss a change reads the committed state when it starts.
 */
export class AfterCommit {
  private readonly callbacks: Array<() => unknown> = [];

  /** Asks for `callback` after the commit (bound: pass it around as a function). */
  readonly add = (callback: () => unknown): void => {
    this.callbacks.push(callback);
  };

  get size(): number {
    return this.callbacks.length;
  }

  /**
   * Runs the callbacks in order without waiting for what they start. One that throws or
   * rejects is reported to `onError`; the others still run.
   */
  run(onError: (error: Error) => void): void {
    for (const callback of this.callbacks.splice(0)) {
      try {
        const outcome = callback();
        if (outcome instanceof Promise) outcome.catch((error: unknown) => onError(asError(error)));
      } catch (error) {
        onError(asError(error));
      }
    }
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
