import { TopicDefinition } from '@lotbook/contracts';
import { Kafka } from 'kafkajs';

/**
 * Creates the topics that do not exist yet, with their registered partition counts, and
 * adds partitions where the registry now asks for more. Safe to call from several services
 * at once. Returns the names it created.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicDefinition[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    if (missing.length > 0) {
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic: topic.name, numPartitions: topic.partitions, replicationFactor: 1 })),
        });
      } catch (error) {
        // Another service may have created some of them between listTopics and createTopics.
        if ((error as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw error;
      }
    }
    const present = topics.filter((topic) => existing.has(topic.name));
    if (present.length > 0) {
      const metadata = await admin.fetchTopicMetadata({ topics: present.map((topic) => topic.name) });
      const grow = present.filter((topic) => {
        const found = metadata.topics.find((entry) => entry.name === topic.name);
        return found !== undefined && found.partitions.length < topic.partitions;
      });
      if (grow.length > 0) {
        await admin.createPartitions({ topicPartitions: grow.map((topic) => ({ topic: topic.name, count: topic.partitions })) });
      }
    }
    return missing.map((topic) => topic.name);
  } finally {
    await admin.disconnect();
  }
}

/** Connects an admin client and describes the cluster; returns the latency in ms or throws. */
export async function pingKafka(kafka: Kafka, timeoutMs = 3000): Promise<number> {
  const started = performance.now();
  const admin = kafka.admin({ retry: { retries: 0 } });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await admin.connect();
        await admin.describeCluster();
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from Kafka within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
  return Math.round((performance.now() - started) * 100) / 100;
}
