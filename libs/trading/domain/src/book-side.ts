// One side of the book: price levels kept sorted, each a FIFO doubly-linked list of orders.
// Internal to the engine; nothing here is exported from the library.

/** One open order inside the engine. One class for both sides keeps property access monomorphic. */
export class OrderNode {
  prev: OrderNode | null = null;
  next: OrderNode | null = null;
  level: PriceLevel | null = null;
  /** Position in the expiry queue, or -1 when the order never expires or has left the queue. */
  heapIndex = -1;

  constructor(
    readonly isBid: boolean,
    readonly id: string,
    readonly companyId: string,
    public remaining: number,
    readonly limitPrice: number,
    /** Bids only; 1 for asks. */
    readonly minimumFill: number,
    /** Asks only; 1 for bids. */
    readonly minimumOrderQuantity: number,
    /** Asks only; 1 for bids. */
    readonly lotMultiple: number,
    /** Bids only; frozen, so a snapshot can share it. */
    readonly acceptedRegions: readonly string[],
    /** Asks only; '' for bids. */
    readonly region: string,
    readonly expiresAt: number | null,
    readonly sequence: number,
  ) {
    this.restMinimum = isBid ? minimumFill : Math.max(minimumOrderQuantity, lotMultiple);
  }

  /** Below this remainder the order could never trade again, so it is closed. */
  readonly restMinimum: number;
}

/** The orders at one price, oldest first, with running totals for depth queries. */
export class PriceLevel {
  head: OrderNode | null = null;
  tail: OrderNode | null = null;
  orderCount = 0;
  quantity = 0;

  constructor(
    readonly price: number,
    /** Sort key, ascending from worst to best: the price for bids, its negation for asks. */
    readonly key: number,
  ) {}
}

export class BookSide {
  /** Sorted from worst to best, so the best level is last and leaves with an O(1) pop. */
  readonly levels: PriceLevel[] = [];
  private readonly byPrice = new Map<number, PriceLevel>();

  constructor(readonly isBid: boolean) {}

  /** Appends the order at the back of its price's queue, creating the level if needed. */
  append(node: OrderNode): void {
    let level = this.byPrice.get(node.limitPrice);
    if (level === undefined) {
      level = new PriceLevel(node.limitPrice, this.isBid ? node.limitPrice : -node.limitPrice);
      this.insertLevel(level);
    }
    node.level = level;
    node.prev = level.tail;
    node.next = null;
    if (level.tail === null) level.head = node;
    else level.tail.next = node;
    level.tail = node;
    level.orderCount += 1;
    level.quantity += node.remaining;
  }

  /**
   * Unlinks the order in O(1). An emptied level is dropped unless the caller is walking the
   * levels and will drop it itself (`keepEmptyLevel`), so its index stays valid.
   */
  unlink(node: OrderNode, keepEmptyLevel = false): void {
    const level = node.level as PriceLevel;
    if (node.prev === null) level.head = node.next;
    else node.prev.next = node.next;
    if (node.next === null) level.tail = node.prev;
    else node.next.prev = node.prev;
    node.prev = null;
    node.next = null;
    node.level = null;
    level.orderCount -= 1;
    level.quantity -= node.remaining;
    if (level.orderCount === 0 && !keepEmptyLevel) this.dropLevel(level);
  }

  /** Removes an empty level found at `index` during a walk. */
  dropLevelAt(index: number): void {
    const level = this.levels[index];
    this.byPrice.delete(level.price);
    if (index === this.levels.length - 1) this.levels.pop();
    else this.levels.splice(index, 1);
  }

  private dropLevel(level: PriceLevel): void {
    this.dropLevelAt(this.indexOf(level.key));
  }

  private insertLevel(level: PriceLevel): void {
    this.byPrice.set(level.price, level);
    const levels = this.levels;
    // New levels usually arrive at or near the best price, the end of the array.
    if (levels.length === 0 || levels[levels.length - 1].key < level.key) {
      levels.push(level);
      return;
    }
    levels.splice(this.indexOf(level.key), 0, level);
  }

  /** Index of the first level whose key is not below `key` (binary search). */
  private indexOf(key: number): number {
    const levels = this.levels;
    let low = 0;
    let high = levels.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (levels[middle].key < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
