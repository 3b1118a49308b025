import {
  fixKafkajsIdleSpin,
  kafkajsRequestQueue,
  KAFKAJS_VERSION_FIXED,
  scheduleCheckPendingRequests,
  type RequestQueueLike,
} from './kafkajs-idle-fix';

const queue = (pending: unknown[], throttledUntil: number): RequestQueueLike & { checks: number } => {
  const state = {
    pending,
    throttledUntil,
    throttleCheckTimeoutId: null as NodeJS.Timeout | null,
    checks: 0,
    checkPendingRequests() {
      state.checks++;
    },
    scheduleCheckPendingRequests,
  };
  return state;
};

describe('kafkajs’s request queue, checked again only when there is something to check', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('sets no timer for an empty queue that is not throttled (kafkajs set one every millisecond)', () => {
    const idle = queue([], -1);
    idle.scheduleCheckPendingRequests();
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(1_000);
    expect(idle.checks).toBe(0);
  });

  it('checks a waiting request in 10 ms, once', () => {
    const waiting = queue([{ correlationId: 1 }], -1);
    waiting.scheduleCheckPendingRequests();
    waiting.scheduleCheckPendingRequests(); // a check is on its way: no second timer
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(9);
    expect(waiting.checks).toBe(0);
    jest.advanceTimersByTime(1);
    expect(waiting.checks).toBe(1);
    expect(waiting.throttleCheckTimeoutId).toBeNull();
  });

  it('checks when a throttle ends, whether or not anything waits yet', () => {
    for (const pending of [[], [{ correlationId: 2 }]]) {
      const throttled = queue(pending, Date.now() + 250);
      throttled.scheduleCheckPendingRequests();
      jest.advanceTimersByTime(249);
      expect(throttled.checks).toBe(0);
      jest.advanceTimersByTime(1);
      expect(throttled.checks).toBe(1);
    }
  });

  it('is what kafkajs’s RequestQueue runs, on the version it was written for', () => {
    const { version, RequestQueue } = kafkajsRequestQueue();
    // Another kafkajs: see whether it still spins (kafkajs issue #1704) before changing the version here.
    expect(version).toBe(KAFKAJS_VERSION_FIXED);
    expect(fixKafkajsIdleSpin()).toBe(true);
    expect(RequestQueue.prototype.scheduleCheckPendingRequests).toBe(scheduleCheckPendingRequests);
  });
});
