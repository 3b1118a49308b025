import {
  CompanyKind,
  companyStatusChanged,
  CompanyStatus,
  createEnvelope,
  deadLetterTopicName,
  ModerationLogAction,
  type CompanyStatusChangedPayload,
} from '@lotbook/contracts';
import { MarketplaceStack, startServiceProcess, testKafkaBrokers, uniqueSuffix, waitFor, type GraphQLTestClient } from '@lotbook/testing';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';

const GATEWAY_PORT = 4380;
const UPLOADS = `query { catalogUploads(first: 5) { id } }`;

let stack: MarketplaceStack;
let kafka: Kafka;
let seller: GraphQLTestClient;
let sellerId: string;
const malformedKey = crypto.randomUUID();

/** Stops the gateway and starts it again; resolves when the new one says it is ready. */
async function restartGateway(): Promise<void> {
  await stack.processes.get('gateway')?.stop();
  const gateway = startServiceProcess('gateway', { KAFKA_BROKERS: testKafkaBrokers().join(','), GATEWAY_PORT: String(GATEWAY_PORT) });
  stack.processes.set('gateway', gateway);
  await gateway.ready;
}

/** The messages now on a topic with the given key, read with a throw-away group. */
async function messagesWithKey(topic: string, key: string): Promise<KafkaMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const expected = (await admin.fetchTopicOffsets(topic)).reduce((total, partition) => total + Number(partition.high), 0);
  await admin.disconnect();
  const seen: KafkaMessage[] = [];
  let read = 0;
  const consumer = kafka.consumer({ groupId: `standing-test-${uniqueSuffix()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      read++;
      if (String(message.key) === key) seen.push(message);
    },
  });
  await waitFor(`the ${expected} messages on ${topic}`, () => read >= expected);
  await consumer.disconnect();
  return seen;
}

beforeAll(async () => {
  stack = await MarketplaceStack.start({ label: 'gateway_standing', services: ['catalog'], gatewayPort: GATEWAY_PORT });
  ({ companyId: sellerId, client: seller } = await stack.approvedCompany('Ural Steel', '6603003034', 'SELLER', 'admin@ural-steel.example'));
  await waitFor('the running gateway to know the approval', async () => !(await seller.execute(UPLOADS)).errors);
  kafka = new Kafka({ clientId: 'gateway-standing-test', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });

  // Put behind the approval, on the status topic: a change made before it (arriving late), and a message that breaks the contract.
  const producer = kafka.producer();
  await producer.connect();
  const late = createEnvelope<CompanyStatusChangedPayload>({
    type: companyStatusChanged.messageType,
    version: 1,
    producer: 'counterparties',
    key: sellerId,
    occurredAt: new Date(Date.now() - 3_600_000),
    payload: {
      companyId: sellerId,
      tradingName: 'Ural Steel',
      kind: CompanyKind.SELLER,
      action: ModerationLogAction.SUSPEND,
      from: CompanyStatus.APPROVED,
      to: CompanyStatus.SUSPENDED,
      reason: 'a suspension made an hour ago, delivered late',
      operatorId: null,
    },
  });
  await producer.send({
    topic: companyStatusChanged.name,
    acks: -1,
    messages: [
      { key: sellerId, value: JSON.stringify(late) },
      { key: malformedKey, value: '{"id": "not-an-envelope"' },
    ],
  });
  await producer.disconnect();
  await restartGateway();
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the gateway’s company standings after a restart', () => {
  it('lets an APPROVED company trade as soon as the restarted gateway says it is ready, never COMPANY_NOT_APPROVED', async () => {
    const result = await seller.execute<{ catalogUploads: unknown[] }>(UPLOADS);
    expect(result.errors?.map((error) => error.extensions?.code)).toBeUndefined();
    expect(result.data?.catalogUploads).toEqual([]);
  });

  it('orders a company’s changes by when counterparties made them: an older suspension read after the approval changes nothing', async () => {
    const onTopic = await messagesWithKey(companyStatusChanged.name, sellerId);
    const changes = onTopic.map((message) => (JSON.parse(String(message.value)) as { payload: CompanyStatusChangedPayload }).payload.to);
    expect(changes.slice(-2)).toEqual([CompanyStatus.APPROVED, CompanyStatus.SUSPENDED]); // the suspension arrived last
    expect((await seller.execute(UPLOADS)).errors).toBeUndefined();
  });

  it('dead-letters a malformed status message with the reason, instead of passing it by in silence', async () => {
    const letters = (await messagesWithKey(deadLetterTopicName(companyStatusChanged.name), malformedKey)).filter(
      (message) => String(message.headers?.['x-dlq-consumer-group']) === 'gateway.company-standing',
    );
    expect(letters.length).toBeGreaterThanOrEqual(1);
    expect(String(letters[0].value)).toBe('{"id": "not-an-envelope"');
    expect(String(letters[0].headers?.['x-dlq-reason'])).toMatch(/^NOT_JSON/);
    expect(String(letters[0].headers?.['x-dlq-original-topic'])).toBe(companyStatusChanged.name);
  });
});
