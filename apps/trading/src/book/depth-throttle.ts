/**
 * When each book's depth goes out. A live view cannot show more than one depth every
 * `everyMs`, and a busy book changes on every commit (most of those depths nobody would see),
 * so a book's depth is published at most that often; the last change is always published, at
 * most `everyMs` after it. Pure: the caller says what changed and when, and keeps the timer.
 */
export class DepthThrottle<TBook> {
  private readonly publishedAt = new Map<TBook, number>();
  private readonly waiting = new Set<TBook>();

  constructor(private readonly everyMs: number) {}

  /**
   * The books whose depth to publish at `now`, given those `changed` now: a changed or waiting
   * book whose last depth is at least `everyMs` old (or that never had one). The others wait;
   * `nextAt` is when the first of them is due (undefined when none waits): call again then,
   * with nothing changed, to publish it.
   */
  due(changed: Iterable<TBook>, now: number): { publish: TBook[]; nextAt: number | undefined } {
    for (const book of changed) this.waiting.add(book);
    const publish: TBook[] = [];
    let nextAt: number | undefined;
    for (const book of this.waiting) {
      const turn = (this.publishedAt.get(book) ?? Number.NEGATIVE_INFINITY) + this.everyMs;
      if (turn <= now) publish.push(book);
      else nextAt = Math.min(nextAt ?? turn, turn);
    }
    for (const book of publish) {
      this.waiting.delete(book);
      this.publishedAt.set(book, now);
    }
    return { publish, nextAt };
  }

  /** Forgets every book (their depths were published from books that are gone, or not committed). */
  reset(): void {
    this.publishedAt.clear();
    this.waiting.clear();
  }
}
