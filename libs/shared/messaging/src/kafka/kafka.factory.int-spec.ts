import * as net from 'node:net';
import { testKafkaBrokers } from '@lotbook/testing';
import { createKafka, noDelaySocketFactory } from './kafka.factory';
import { kafkajsRequestQueue } from './kafkajs-idle-fix';

describe('kafkajs connections', () => {
  let setNoDelay: jest.SpyInstance;
  beforeEach(() => (setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay')));
  afterEach(() => setNoDelay.mockRestore());

  it('turn Nagle’s algorithm off on every socket, as Kafka’s Java client does', async () => {
    const server = net.createServer((peer) => peer.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const connected = new Promise<void>((resolve) => {
        const socket = noDelaySocketFactory({ host: '127.0.0.1', port, ssl: undefined as never, onConnect: resolve });
        socket.on('error', () => undefined);
      });
      await connected;
      expect(setNoDelay).toHaveBeenCalledWith(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('made by createKafka, to a real broker, all go through that factory', async () => {
    // Both kafkajs's own factory and ours set keep-alive on each socket they make; only ours turns Nagle off.
    const setKeepAlive = jest.spyOn(net.Socket.prototype, 'setKeepAlive');
    const kafka = createKafka({ clientId: 'no-delay-check', brokers: testKafkaBrokers() });
    const admin = kafka.admin();
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    try {
      await admin.connect();
      await producer.connect();
      await admin.listTopics();
      const sockets = new Set(setKeepAlive.mock.contexts);
      expect(sockets.size).toBeGreaterThan(0);
      const noDelayed = new Set(setNoDelay.mock.contexts.filter((_, index) => setNoDelay.mock.calls[index][0] === true));
      expect([...sockets].filter((socket) => !noDelayed.has(socket))).toEqual([]);
    } finally {
      setKeepAlive.mockRestore();
      await producer.disconnect();
      await admin.disconnect();
    }
  });

  it('made by createKafka do nothing while idle (kafkajs spun on a 1 ms timer per connection)', async () => {
    const checks = jest.spyOn(kafkajsRequestQueue().RequestQueue.prototype, 'checkPendingRequests');
    const kafka = createKafka({ clientId: 'idle-check', brokers: testKafkaBrokers() });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    try {
      await producer.connect();
      await new Promise((resolve) => setTimeout(resolve, 100));
      checks.mockClear();
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Unfixed, each of the producer's connections checks its empty queue about every millisecond.
      expect(checks.mock.calls.length).toBeLessThan(5);
    } finally {
      checks.mockRestore();
      await producer.disconnect();
    }
  });
});
