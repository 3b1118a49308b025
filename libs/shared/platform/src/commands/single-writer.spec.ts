import { SingleWriter, type QueuedOperation } from './single-writer';

/** A writer that records its batches and answers each operation with its own text, upper-cased. */
function recordingWriter(options: { maxBatch?: number; failWhen?: (batch: string[]) => boolean } = {}) {
  const batches: string[][] = [];
  let release: () => void = () => undefined;
  let held: Promise<void> | undefined;
  const writer = new SingleWriter<string>({
    maxBatch: options.maxBatch,
    stoppedMessage: 'the test writer has stopped',
    write: async (batch: ReadonlyArray<QueuedOperation<string>>) => {
      const operations = batch.map((queued) => queued.operation);
      batches.push(operations);
      if (held) await held;
      if (options.failWhen?.(operations)) throw new Error(`could not commit ${operations.join(',')}`);
      for (const queued of batch) {
        if (queued.operation.startsWith('refuse')) queued.reject(new Error(`refused ${queued.operation}`));
        else queued.resolve(queued.operation.toUpperCase());
      }
    },
  });
  return {
    writer,
    batches,
    /** Makes the next write wait until `release()`, to let operations queue behind it. */
    hold: () => {
      held = new Promise((resolve) => (release = () => resolve()));
    },
    release: () => {
      held = undefined;
      release();
    },
  };
}

describe('SingleWriter', () => {
  it('writes what is submitted in one turn of the event loop as one batch, in arrival order, answering each caller', async () => {
    const { writer, batches } = recordingWriter();
    const answers = await Promise.all(['bid-1', 'ask-1', 'bid-2'].map((operation) => writer.submit<string>(operation)));
    expect(batches).toEqual([['bid-1', 'ask-1', 'bid-2']]);
    expect(answers).toEqual(['BID-1', 'ASK-1', 'BID-2']);
  });

  it('takes what queued during a write as the next batch, never two batches at once', async () => {
    const recording = recordingWriter();
    recording.hold();
    const first = recording.writer.submit('first');
    await new Promise((resolve) => setImmediate(resolve));
    const later = ['second', 'third'].map((operation) => recording.writer.submit(operation));
    await new Promise((resolve) => setImmediate(resolve));
    expect(recording.batches).toEqual([['first']]);
    recording.release();
    await Promise.all([first, ...later]);
    expect(recording.batches).toEqual([['first'], ['second', 'third']]);
  });

  it('splits a long queue into batches of at most maxBatch', async () => {
    const { writer, batches } = recordingWriter({ maxBatch: 2 });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((operation) => writer.submit(operation)));
    expect(batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('gives each caller its own answer, a refusal included, and goes on after a batch whose write failed', async () => {
    const { writer } = recordingWriter({ failWhen: (batch) => batch.includes('poison') });
    const outcomes = await Promise.allSettled(['ok-1', 'refuse-1'].map((operation) => writer.submit(operation)));
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 'OK-1' },
      { status: 'rejected', reason: new Error('refused refuse-1') },
    ]);
    const failed = await Promise.allSettled(['ok-2', 'poison'].map((operation) => writer.submit(operation)));
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect((failed[0] as PromiseRejectedResult).reason).toEqual(new Error('could not commit ok-2,poison'));
    await expect(writer.submit('ok-3')).resolves.toBe('OK-3');
  });

  it('counts only the first answer an operation gets', async () => {
    const writer = new SingleWriter<string>({
      stoppedMessage: 'stopped',
      write: async (batch) => {
        batch[0].resolve('first answer');
        batch[0].reject(new Error('a second answer'));
        throw new Error('the commit failed after answering');
      },
    });
    await expect(writer.submit('once')).resolves.toBe('first answer');
  });

  it('when stopped, writes what was queued and refuses what comes after', async () => {
    const recording = recordingWriter();
    recording.hold();
    const queued = recording.writer.submit('queued');
    const stopped = recording.writer.stop();
    await expect(recording.writer.submit('too late')).rejects.toThrow('the test writer has stopped');
    recording.release();
    await stopped;
    await expect(queued).resolves.toBe('QUEUED');
    expect(recording.writer.isStopped).toBe(true);
  });
});
