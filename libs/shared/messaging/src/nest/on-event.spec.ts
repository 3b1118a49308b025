import 'reflect-metadata';
import { createEnvelope, defineEvent, type Envelope } from '@lotbook/contracts';
import { z } from 'zod';
import { OnEvent, OnEventBatch } from './messaging.module';

type Shipped = { parcelId: string; carrier: string | null };
const parcelShipped = defineEvent<Shipped>({
  name: 'test.parcel.shipped',
  owner: 'test',
  partitions: 1,
  messageType: 'ParcelShipped',
  version: 1,
  description: 'a parcel left the warehouse',
  keyDescription: 'parcel id',
  payload: z.object({ parcelId: z.string(), carrier: z.string().nullable() }),
});
type WithCarrier = Shipped & { carrier: string };
const hasCarrier = (shipped: Shipped): shipped is WithCarrier => shipped.carrier !== null;

class ParcelListener {
  carriers: string[] = [];

  @OnEvent(parcelShipped, { when: hasCarrier })
  async onShipped(event: Envelope<WithCarrier>): Promise<void> {
    this.carriers.push(event.payload.carrier.toUpperCase()); // a string, narrowed by `when`: no check here
  }

  @OnEventBatch(parcelShipped, { when: (shipped) => shipped.parcelId.length > 0 })
  async onShippedBatch(events: Array<Envelope<Shipped>>): Promise<void> {
    this.carriers.push(...events.map(({ payload }) => payload.carrier ?? 'none'));
  }

  // @ts-expect-error a handler may not take a narrower payload than `when` guarantees (no guard, no narrowing)
  @OnEvent(parcelShipped, { when: (shipped) => shipped.carrier !== null })
  async onShippedUnguarded(event: Envelope<WithCarrier>): Promise<void> {
    this.carriers.push(event.payload.carrier);
  }
}

describe('@OnEvent and @OnEventBatch', () => {
  const metadata = (method: unknown) =>
    Reflect.getMetadataKeys(method as object).map((key) => [String(key), Reflect.getMetadata(key, method as object)]);

  it('mark a method with its topic and the filter the consumer applies before any transaction', () => {
    const listener = new ParcelListener();
    expect(metadata(listener.onShipped)).toEqual(
      expect.arrayContaining([
        ['Symbol(lotbook:on-event)', 'test.parcel.shipped'],
        ['Symbol(lotbook:on-event-when)', hasCarrier],
      ]),
    );
    expect(metadata(listener.onShipped).some(([key]) => key === 'Symbol(lotbook:on-event-batch)')).toBe(false);
    expect(metadata(listener.onShippedBatch)).toEqual(
      expect.arrayContaining([
        ['Symbol(lotbook:on-event)', 'test.parcel.shipped'],
        ['Symbol(lotbook:on-event-batch)', true],
      ]),
    );
  });

  it('hand the handler the narrowed payload: what `when` lets through has what the type promises', async () => {
    const listener = new ParcelListener();
    const filter = metadata(listener.onShipped).find(([key]) => key === 'Symbol(lotbook:on-event-when)')?.[1] as (
      payload: Shipped,
    ) => boolean;
    const shipped = (carrier: string | null) =>
      createEnvelope<Shipped>({ type: 'ParcelShipped', version: 1, producer: 'test', key: 'p1', payload: { parcelId: 'p1', carrier } });
    const events = [shipped('dpd'), shipped(null)].filter((event) => filter(event.payload));
    for (const event of events) await listener.onShipped(event as Envelope<WithCarrier>);
    expect(listener.carriers).toEqual(['DPD']);
  });
});
