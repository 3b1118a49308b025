import type { TopicDefinition } from '@lotbook/contracts';
import { ConfigResourceTypes, type Admin, type Kafka } from 'kafkajs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until every partition of the topics has a leader, so a consumer can subscribe at once. */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      const ready = topics.every((name) => {
        const topic = metadata.topics.find((entry) => entry.name === name);
        return topic !== undefined && topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0);
      });
      if (ready) return;
    } catch {
      // a topic created a moment ago by another process may not be in the metadata yet
    }
    if (Date.now() > deadline) throw new Error(`topics have no leader after ${timeoutMs} ms: ${topics.join(', ')}`);
    await sleep(100);
  }
}

/**
 * Creates the topics that do not exist yet, with their registered partition counts, adds
 * partitions where the registry now asks for more, and waits for every partition's leader.
 * Several services may run it at once on a fresh broker: whoever loses the race to create a
 * topic just waits for it. Returns the names this call created.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicDefinition[], timeoutMs = 15_000): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    let created: string[] = [];
    if (missing.length > 0) {
      try {
        await admin.createTopics({
          waitForLeaders: false,
          topics: missing.map((topic) => ({
            topic: topic.name,
            numPartitions: topic.partitions,
            replicationFactor: 1,
            configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
          })),
        });
        created = missing.map((topic) => topic.name);
      } catch (error) {
        // Some or all were created concurrently elsewhere; anything really missing shows below.
        const nowExisting = new Set(await admin.listTopics());
        if (missing.some((topic) => !nowExisting.has(topic.name))) throw error;
      }
    }
    await waitForLeaders(
      admin,
      topics.map((topic) => topic.name),
      timeoutMs,
    );

    const metadata = await admin.fetchTopicMetadata({ topics: topics.map((topic) => topic.name) });
    const grow = topics.filter((topic) => {
      const found = metadata.topics.find((entry) => entry.name === topic.name);
      return found !== undefined && found.partitions.length < topic.partitions;
    });
    if (grow.length > 0) {
      await admin.createPartitions({ topicPartitions: grow.map((topic) => ({ topic: topic.name, count: topic.partitions })) });
      await waitForLeaders(
        admin,
        grow.map((topic) => topic.name),
        timeoutMs,
      );
    }
    // Topics created before their config was registered get it now. The registry is the whole
    // truth: alterConfigs replaces the topic's dynamic settings with these.
    const configured = topics.filter((topic) => topic.config && !created.includes(topic.name));
    if (configured.length > 0) {
      await admin.alterConfigs({
        validateOnly: false,
        resources: configured.map((topic) => ({
          type: ConfigResourceTypes.TOPIC,
          name: topic.name,
          configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    }
    return created;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Describes the cluster and returns the latency in ms, or throws. With an admin client that is
 * already connected (a health check's), only the round trip is measured; otherwise a fresh
 * client connects and disconnects.
 */
export async function pingKafka(kafka: Kafka, timeoutMs = 3000, connected?: Admin): Promise<number> {
  const started = performance.now();
  const admin = connected ?? kafka.admin({ retry: { retries: 0 } });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        if (!connected) await admin.connect();
        await admin.describeCluster();
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from Kafka within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (!connected) await admin.disconnect().catch(() => undefined);
  }
  return Math.round((performance.now() - started) * 100) / 100;
}
