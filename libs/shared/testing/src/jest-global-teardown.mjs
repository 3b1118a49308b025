// Stops the broker the global setup started (a reused broker is left running).
export default async function globalTeardown() {
  const kafka = globalThis.__LOTBOOK_KAFKA__;
  if (kafka) {
    await kafka.stop();
    globalThis.__LOTBOOK_KAFKA__ = undefined;
  }
}
