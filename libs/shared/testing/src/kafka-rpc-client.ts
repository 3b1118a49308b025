import { randomUUID } from 'node:crypto';
import { createEnvelope, lotbookTopics, type CommandResult, type RequestReplyDefinition } from '@lotbook/contracts';
import { ClientKafka } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';

/**
 * Sends request-reply commands over Kafka the way services call each other (NestJS's
 * ClientKafka, envelopes validated against the registry), for tests of commands no GraphQL
 * field exposes.
 */
export class KafkaRpcTestClient {
  private readonly client: ClientKafka;

  constructor(
    brokers: string[],
    private readonly contracts: ReadonlyArray<RequestReplyDefinition<unknown, unknown>>,
  ) {
    const id = `test-rpc-${randomUUID().slice(0, 8)}`;
    this.client = new ClientKafka({
      postfixId: '',
      client: { clientId: id, brokers, logCreator: () => () => undefined },
      consumer: { groupId: id, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 },
      producer: { allowAutoTopicCreation: false },
    });
    for (const contract of contracts) this.client.subscribeToResponseOf(contract.request.name);
  }

  async connect(): Promise<void> {
    await this.client.connect();
    const replies = this.contracts.map((contract) => contract.reply.name);
    const deadline = Date.now() + 30_000;
    while (!replies.every((topic) => this.client.getConsumerAssignments()[topic] !== undefined)) {
      if (Date.now() > deadline) throw new Error('the test RPC client got no reply partitions');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  async command<TRequest, TResult>(contract: RequestReplyDefinition<TRequest, CommandResult<TResult>>, payload: TRequest, key: string): Promise<CommandResult<TResult>> {
    const envelope = createEnvelope({ type: contract.request.messageType, version: contract.request.version, producer: 'test', key, payload });
    const request = lotbookTopics.validate(contract.request, envelope);
    const reply = await firstValueFrom(this.client.send(contract.request.name, { key, value: request }).pipe(timeout(15_000)));
    return lotbookTopics.validate(contract.reply, reply).payload;
  }
}
