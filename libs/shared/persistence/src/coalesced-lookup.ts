/**
 * Many lookups by key made in the same turn of the event loop become one query: `find(key)`
 * queues the key, and the queued keys are fetched together (`WHERE id = ANY($1)`) just after
 * the current callbacks have run. A consumer that handles a fetched batch of 500 commands asks
 * the database once instead of 500 times. Results come back in the order the keys were asked,
 * so callers that go on to queue work elsewhere keep their arrival order.
 */
export class CoalescedLookup<K, V> {
  private waiting: Array<{ key: K; resolve(value: V | undefined): void; reject(error: Error): void }> = [];
  private scheduled = false;

  /**
   * @param fetch loads the values of many keys at once; keys it leaves out of the map have no value.
   * @param maxKeys keys per query; more waiting than this are fetched in several queries.
   */
  constructor(
    private readonly fetch: (keys: K[]) => Promise<ReadonlyMap<K, V>>,
    private readonly maxKeys = 1_000,
  ) {}

  find(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (let start = 0; start < waiting.length; start += this.maxKeys) {
      const part = waiting.slice(start, start + this.maxKeys);
      this.fetch([...new Set(part.map((entry) => entry.key))]).then(
        (found) => {
          for (const entry of part) entry.resolve(found.get(entry.key));
        },
        (error: Error) => {
          for (const entry of part) entry.reject(error);
        },
      );
    }
  }
}
