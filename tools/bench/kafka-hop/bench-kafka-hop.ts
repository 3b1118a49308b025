// One Kafka hop of the stack, measured alone: what a request and a produce → consume hop cost
// on this machine with the broker and the kafkajs clients every service uses (`createKafka`),
// with nothing else running. Every placement in `bench:trading` crosses at least two such hops
// (command in, trade event out; an ask two more, to catalog and back), so these are the floor
// under its latency and part of its CPU per placement.
//
//   node tools/run-ts.mjs tools/bench/kafka-hop/bench-kafka-hop.ts [options]
//
//   --requests N    one-message produce requests sent one after another (default 3000, after 10 s of the same not measured)
//   --messages N    messages sent through the hop (default 1000)
//   --rate N        messages per second through the hop, one at a time (default 50)
//   --bytes N       size of each message (default 300, about a trade event)
//   --kafka-port N  port of the bench's own broker (default 29392; controller N+1)
//
// Part one times a produce request's round trip (send → acknowledged) and the CPU it costs
// the client process and the broker. Part two sends one message at a time and times it from
// the send call to the consumer's handler in the same process (so one clock), through a
// consumer of its own group waiting in a long fetch, as the services' consumers do. The
// tables go to stdout, ending with one JSON line.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createKafka } from '@lotbook/messaging';
import { BenchStack, cpuSnapshot, cpuUsed, sleep, wholeOption } from '../shared/bench-stack';
import { formatRows, percentile, round1 } from '../shared/latency-stats';

const TOPIC = 'bench.kafka-hop';
const WARM_UP_MS = 10_000;

function readOptions() {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '3000' },
      messages: { type: 'string', default: '1000' },
      rate: { type: 'string', default: '50' },
      bytes: { type: 'string', default: '300' },
      'kafka-port': { type: 'string', default: '29392' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: node tools/run-ts.mjs tools/bench/kafka-hop/bench-kafka-hop.ts [--requests 3000] [--messages 1000] [--rate 50] [--bytes 300] [--kafka-port 29392]',
    );
    process.exit(0);
  }
  return {
    requests: wholeOption('requests', values.requests, 1),
    messages: wholeOption('messages', values.messages, 1),
    rate: wholeOption('rate', values.rate, 1, 1000),
    bytes: wholeOption('bytes', values.bytes, 1, 1_000_000),
    kafkaPort: wholeOption('kafka-port', values['kafka-port'], 1024, 65_000),
  };
}

const stack = new BenchStack('kafka-hop');
const log = (line: string) => stack.log(line);

stack.run(async () => {
  const options = readOptions();
  const brokers = (await stack.startKafka(options.kafkaPort, true)).split(',');
  const kafka = createKafka({ clientId: 'bench-kafka-hop', brokers });
  const admin = kafka.admin();
  await admin.connect();
  stack.onStop('admin', () => admin.disconnect());
  await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 3 }], waitForLeaders: true });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  stack.onStop('producer', () => producer.disconnect());
  const filler = 'x'.repeat(Math.max(0, options.bytes - 20));
  const message = (index: number) => ({ key: String(index), value: `${performance.now().toFixed(3)} ${filler}` });

  // --- Part one: request round trips, one after another ---
  const groups = new Map<string, () => number[]>([
    ['kafka broker', () => (stack.kafkaPid === undefined ? [] : [stack.kafkaPid])],
    ['bench (this process)', () => [process.pid]],
  ]);
  // A fresh broker's and process's first seconds are spent compiling: not what is measured.
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let index = 0; performance.now() < warmUntil; index++) await producer.send({ topic: TOPIC, messages: [message(index)] });
  const roundTrips: number[] = [];
  const before = cpuSnapshot(groups);
  for (let index = 0; index < options.requests; index++) {
    const sentAt = performance.now();
    await producer.send({ topic: TOPIC, messages: [message(index)] });
    roundTrips.push(performance.now() - sentAt);
  }
  const after = cpuSnapshot(groups);
  const perRequest = (group: string) => (cpuUsed(before, after, group) * 1e6) / options.requests;
  log(`sent ${options.requests} produce requests one after another`);

  // --- Part two: one message at a time through a hop ---
  const hops: number[] = [];
  const consumer = kafka.consumer({ groupId: `bench-kafka-hop-${process.pid}`, maxWaitTimeInMs: 500, allowAutoTopicCreation: false });
  await consumer.connect();
  stack.onStop('consumer', () => consumer.disconnect());
  await consumer.subscribe({ topics: [TOPIC], fromBeginning: false });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      const now = performance.now();
      // Part one's messages came before this group's start at the end: only part two's arrive.
      for (const { value } of batch.messages) hops.push(now - Number(String(value).slice(0, String(value).indexOf(' '))));
    },
  });
  await joined;
  await sleep(2000); // a fresh group's first seconds (rejoins) are not what is measured
  const paceFrom = performance.now();
  for (let index = 0; index < options.messages && !stack.interrupted; index++) {
    await producer.send({ topic: TOPIC, messages: [message(index)] });
    await sleep(Math.max(0, paceFrom + ((index + 1) * 1000) / options.rate - performance.now()));
  }
  const deadline = performance.now() + 5000;
  while (hops.length < options.messages && performance.now() < deadline) await sleep(50);
  log(`sent ${options.messages} messages through the hop at ${options.rate}/s; ${hops.length} arrived`);

  const sortedTrips = [...roundTrips].sort((a, b) => a - b);
  const sortedHops = [...hops].sort((a, b) => a - b);
  const row = (name: string, values: number[]) => [
    name,
    String(values.length),
    ...[50, 90, 99].map((p) => percentile(values, p).toFixed(2)),
    (values[values.length - 1] ?? Number.NaN).toFixed(2),
  ];
  console.log(
    `\nKafka hop, alone on the machine: ${options.bytes}-byte messages, kafkajs through createKafka, a fresh single-node broker\n`,
  );
  console.log(
    formatRows(
      ['ms', 'count', 'p50', 'p90', 'p99', 'max'],
      [row('produce request round trip', sortedTrips), row('send → consumer handler', sortedHops)],
    ),
  );
  console.log(
    `\nCPU per produce request: client ${round1(perRequest('bench (this process)'))} µs, broker ${round1(perRequest('kafka broker'))} µs`,
  );
  console.log(
    JSON.stringify({
      bench: 'kafka-hop',
      produceRoundTripP50Micros: Math.round(percentile(sortedTrips, 50) * 1000),
      clientCpuMicrosPerRequest: Math.round(perRequest('bench (this process)')),
      brokerCpuMicrosPerRequest: Math.round(perRequest('kafka broker')),
      hopP50Millis: round1(percentile(sortedHops, 50)),
      hopP99Millis: round1(percentile(sortedHops, 99)),
    }),
  );
});
