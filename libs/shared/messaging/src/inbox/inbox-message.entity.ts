import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message a consumer group has handled; its presence is what makes redelivery harmless. */
@Entity({ name: 'inbox' })
export class InboxMessage {
  @PrimaryColumn({ name: 'consumer_group', type: 'text' })
  consumerGroup!: string;

  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ name: 'message_type', type: 'text' })
  messageType!: string;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'now()' })
  handledAt!: Date;
}
