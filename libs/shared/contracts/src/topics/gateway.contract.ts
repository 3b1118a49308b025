import { z } from 'zod';
import type { TopicDefinition } from '../topic-registry';

/**
 * Where the services answer the gateway: one topic for the replies to every command it sends,
 * named in each request's `kafka_replyTopic` header, rather than `<command>.reply` for each of
 * over a hundred commands. A fetch of the gateway's reply consumer then names six partitions,
 * not three hundred: a broker profile of `bench:checkout` found fetches over those 312 reply
 * partitions the broker's largest cost, since every reply re-checks each partition of the
 * waiting fetch. Each gateway replica owns some of its partitions and names one of them in the
 * `kafka_replyPartition` header; a reply is validated against its command's contract.
 */
export const gatewayReplies: TopicDefinition<unknown> = {
  name: 'gateway.replies',
  kind: 'reply',
  owner: 'gateway',
  partitions: 6,
  messageType: 'CommandReply',
  version: 1,
  description: "Replies to every command the GraphQL gateway sends, each the reply envelope of its command's contract",
  keyDescription: 'the key of the request it answers',
  payload: z.unknown(),
};
