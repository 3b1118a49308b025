import { type OrderNode } from './book-side';

// A binary min-heap of the orders that expire, soonest first (then by sequence), that knows
// each order's position so that a fill or a cancel takes it out in O(log n), leaving no
// dead entries behind. `expire(now)` then costs only what actually expires.

const before = (a: OrderNode, b: OrderNode) =>
  (a.expiresAt as number) < (b.expiresAt as number) || (a.expiresAt === b.expiresAt && a.sequence < b.sequence);

export class ExpiryQueue {
  private readonly heap: OrderNode[] = [];

  get size(): number {
    return this.heap.length;
  }

  /** The order that expires first, if any. */
  peek(): OrderNode | undefined {
    return this.heap[0];
  }

  add(node: OrderNode): void {
    node.heapIndex = this.heap.length;
    this.heap.push(node);
    this.up(node.heapIndex);
  }

  remove(node: OrderNode): void {
    const index = node.heapIndex;
    if (index < 0) return;
    node.heapIndex = -1;
    const last = this.heap.pop() as OrderNode;
    if (last === node) return;
    this.heap[index] = last;
    last.heapIndex = index;
    this.down(index);
    this.up(last.heapIndex);
  }

  private up(index: number): void {
    const heap = this.heap;
    const node = heap[index];
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex];
      if (!before(node, parent)) break;
      heap[index] = parent;
      parent.heapIndex = index;
      index = parentIndex;
    }
    heap[index] = node;
    node.heapIndex = index;
  }

  private down(index: number): void {
    const heap = this.heap;
    const length = heap.length;
    const node = heap[index];
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && before(heap[right], heap[left]) ? right : left;
      if (!before(heap[child], node)) break;
      heap[index] = heap[child];
      heap[index].heapIndex = index;
      index = child;
    }
    heap[index] = node;
    node.heapIndex = index;
  }
}
