/**
 * A fix to kafkajs 2.2.4, applied where its connections are made: without it every
 * connection spins on a 1 ms timer for as long as it is open.
 *
 * `RequestQueue.scheduleCheckPendingRequests` is meant to look at the queue again when a
 * client-side throttle ends. With nothing throttled (`throttledUntil` is -1) and nothing
 * pending, it still sets a timer, at `-1 - Date.now()` ms, which Node runs after 1 ms; the
 * timer calls it again, and so on. Measured here: a process with one idle kafkajs producer and
 * nothing else does about 820 context switches a second; each service (a dozen connections
 * or more) idled at 4.5–7.5 % of a core. This is kafkajs issues #1556, #1604 and #1704,
 * with the fix proposed in the discussion of pull request #1768, none of them merged.
 *
 * Nothing is lost by not checking an empty queue: a request only waits in `pending` after
 * `push`, which schedules a check (in 10 ms, or when the throttle ends), and each answered
 * request checks the queue again. The fix is applied only to the kafkajs version it was
 * written for; another version is left as it is, and the spec says so.
 */
import { createRequire } from 'node:module';

/** The part of kafkajs's RequestQueue the fix touches. */
export interface RequestQueueLike {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

export const KAFKAJS_VERSION_FIXED = '2.2.4';
/** kafkajs's own CHECK_PENDING_REQUESTS_INTERVAL. */
const CHECK_PENDING_MS = 10;

/** What `scheduleCheckPendingRequests` should do: a check when the throttle ends or a request waits, and none for nothing. */
export function scheduleCheckPendingRequests(this: RequestQueueLike): void {
  if (this.throttleCheckTimeoutId) return;
  const untilUnthrottled = this.throttledUntil - Date.now();
  let checkIn: number;
  if (this.pending.length > 0) checkIn = untilUnthrottled > 0 ? untilUnthrottled : CHECK_PENDING_MS;
  else if (untilUnthrottled > 0) checkIn = untilUnthrottled;
  else return;
  this.throttleCheckTimeoutId = setTimeout(() => {
    this.throttleCheckTimeoutId = null;
    this.checkPendingRequests();
  }, checkIn);
}

const requireFromHere = createRequire(__filename);

/** The installed kafkajs's version and its (internal) RequestQueue class, whose prototype the fix changes. */
export function kafkajsRequestQueue(): { version: string; RequestQueue: { prototype: RequestQueueLike } } {
  const { version } = requireFromHere('kafkajs/package.json') as { version: string };
  return { version, RequestQueue: requireFromHere('kafkajs/src/network/requestQueue') as { prototype: RequestQueueLike } };
}

/** Replaces the method on kafkajs's RequestQueue once; true when the installed kafkajs is the version it fixes. */
export function fixKafkajsIdleSpin(): boolean {
  const { version, RequestQueue } = kafkajsRequestQueue();
  if (version !== KAFKAJS_VERSION_FIXED) return false;
  RequestQueue.prototype.scheduleCheckPendingRequests = scheduleCheckPendingRequests;
  return true;
}
