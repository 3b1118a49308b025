// Starts one Kafka broker for the whole jest run, or reuses one that is already up.
// Order: KAFKA_BROKERS if set; else a broker already listening on the test port; else a
// fresh broker on the test port (19092, so it never collides with `npm start` on 9092).
import { randomBytes } from 'node:crypto';
import { isKafkaReachable, startKafka } from '../../../../tools/kafka/kafka.mjs';

export default async function globalSetup() {
  process.env.DATABASE_ADMIN_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  // Names this run's throw-away databases, so the teardown can drop any a suite left behind.
  process.env.LOTBOOK_TEST_RUN_ID = randomBytes(3).toString('hex');
  if (process.env.LOTBOOK_TEST_NO_KAFKA === '1') return;
  if (process.env.KAFKA_BROKERS) {
    console.log(`\n[test] using Kafka at ${process.env.KAFKA_BROKERS}`);
    return;
  }
  const port = Number(process.env.LOTBOOK_TEST_KAFKA_PORT ?? 19092);
  const brokers = `127.0.0.1:${port}`;
  if (await isKafkaReachable(brokers)) {
    console.log(`\n[test] reusing the Kafka broker already up at ${brokers}`);
    process.env.KAFKA_BROKERS = brokers;
    return;
  }
  const started = Date.now();
  const kafka = await startKafka({ port, controllerPort: port + 1, fresh: true, log: (line) => console.log(`[test] ${line}`) });
  console.log(`\n[test] started Kafka at ${kafka.brokers} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.env.KAFKA_BROKERS = kafka.brokers;
  globalThis.__LOTBOOK_KAFKA__ = kafka;
}
