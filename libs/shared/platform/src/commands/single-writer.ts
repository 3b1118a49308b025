/** An operation waiting in a {@link SingleWriter}, with the answer its caller waits for. */
export interface QueuedOperation<TOperation> {
  readonly operation: TOperation;
  /** Answers the caller; the first answer of `resolve` or `reject` counts, later ones are ignored. */
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export interface SingleWriterOptions<TOperation> {
  /**
   * Applies and commits one batch, in arrival order, and answers each operation (after the
   * commit: a caller must not act on what might be rolled back). If it throws, every operation of
   * the batch it has not answered is rejected with that error.
   */
  write(batch: ReadonlyArray<QueuedOperation<TOperation>>): Promise<void>;
  /** At most this many operations a batch (500 unless given): one huge commit stalls the process long enough to lose its Kafka group membership. */
  maxBatch?: number;
  /** What callers are told once the writer has stopped, e.g. "trading is shutting down". */
  stoppedMessage: string;
}

/**
 * One writer for state a process keeps and commits in batches (group commit): operations queue
 * in arrival order; the writer takes what is queued, up to `maxBatch`, hands it to `write`, and
 * takes the next batch only when that one is done. What is submitted in one turn of the event
 * loop (a fetched batch of commands handed over at once) joins the same batch. Many operations a
 * second cost a few commits, each caller still waiting for its own. Trading's order book and
 * catalog's ask reservations are written this way.
 */
export class SingleWriter<TOperation> {
  private queue: Array<QueuedOperation<TOperation>> = [];
  private writing: Promise<void> | undefined;
  private stopped = false;
  private readonly maxBatch: number;

  constructor(private readonly options: SingleWriterOptions<TOperation>) {
    this.maxBatch = options.maxBatch ?? 500;
  }

  /** Queues an operation; resolves with what `write` answers for it. */
  submit<TResult>(operation: TOperation): Promise<TResult> {
    if (this.stopped) return Promise.reject(new Error(this.options.stoppedMessage));
    return new Promise<TResult>((resolve, reject) => {
      let answered = false;
      this.queue.push({
        operation,
        resolve: (result) => {
          if (answered) return;
          answered = true;
          resolve(result as TResult);
        },
        reject: (error) => {
          if (answered) return;
          answered = true;
          reject(error);
        },
      });
      this.writing ??= this.drain();
    });
  }

  /** Whether it has stopped taking operations. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Refuses new operations, and resolves once those already queued are written. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.writing;
  }

  private async drain(): Promise<void> {
    // The operations of this turn of the event loop (a fetched batch of commands) join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.options.write(batch);
        } catch (error) {
          const failure = error instanceof Error ? error : new Error(String(error));
          for (const queued of batch) queued.reject(failure);
        }
      }
    } finally {
      this.writing = undefined;
    }
  }
}
