import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';

/**
 * Empties every topic of the shared test broker before a stack's services start, so that they
 * read only what this stack publishes. Suites share one broker and one set of consumer group
 * names: without this, a service goes on where the last stack's left off and reads what other
 * suites published since (the orders suite's deliveries posted into the settlements suite's
 * ledger, because no settlements ran beside orders to read them). A group whose offset now lies
 * before the start of its log resumes at the start, that is after everything deleted.
 *
 * A compacted topic cannot have records deleted (Kafka refuses it); it keeps its earlier records,
 * which are current-state messages (company standings) that this stack's own messages supersede.
 */
export async function forgetEarlierSuites(brokers: string[]): Promise<void> {
  const admin = new Kafka({ clientId: 'marketplace-stack', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => !topic.startsWith('__'));
    if (topics.length === 0) return; // the first suite on a fresh broker
    const compacted = new Set(
      (
        await admin.describeConfigs({
          resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['cleanup.policy'] })),
          includeSynonyms: false,
        })
      ).resources
        .filter((resource) => resource.configEntries.some((entry) => entry.configValue.includes('compact')))
        .map((resource) => resource.resourceName),
    );
    await Promise.all(
      topics
        .filter((topic) => !compacted.has(topic))
        .map(async (topic) => {
          const partitions = (await admin.fetchTopicOffsets(topic))
            .filter(({ high, low }) => high !== low)
            .map(({ partition, high }) => ({ partition, offset: high }));
          if (partitions.length > 0) await admin.deleteTopicRecords({ topic, partitions });
        }),
    );
  } finally {
    await admin.disconnect();
  }
}
