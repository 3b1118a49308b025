import { isCurrencyCode } from '@lotbook/money';
import { formatTable, percentile, summarize, summarizeByKind, type Sample } from '../shared/latency-stats';
import { type BenchCatalog, DEFAULT_SIZE, generateCatalog, organisationInn, productCapacity, REGIONS } from './search-data';
import { buildQueryMix, nameWords, NEXT_PAGE, QUERY_KINDS } from './search-queries';
import { SeededRandom } from './seeded-random';

describe('search bench data', () => {
  let catalog: BenchCatalog;
  beforeAll(() => {
    catalog = generateCatalog(1);
  });

  it('makes exactly 10,000 products and 100,000 listings by default', () => {
    expect(DEFAULT_SIZE).toEqual({ products: 10_000, listings: 100_000 });
    expect(catalog.products).toHaveLength(10_000);
    expect(catalog.listings).toHaveLength(100_000);
  });

  it('is the same catalogue for the same seed, and another for another seed', () => {
    const again = generateCatalog(1);
    expect(JSON.stringify(again)).toEqual(JSON.stringify(catalog));
    const other = generateCatalog(2, { products: 500, listings: 5_000 });
    expect(other.products.map((product) => product.id)).not.toEqual(catalog.products.slice(0, 500).map((product) => product.id));
  });

  it('gives products unique ids and codes, a leaf category each, and string attributes', () => {
    expect(new Set(catalog.products.map((product) => product.id)).size).toBe(catalog.products.length);
    expect(new Set(catalog.products.map((product) => product.code)).size).toBe(catalog.products.length);
    const parents = new Set(catalog.categories.map((category) => category.parentKey));
    const keys = new Set(catalog.categories.map((category) => category.key));
    const problems = catalog.products
      .filter(
        (product) =>
          !keys.has(product.categoryKey) ||
          parents.has(product.categoryKey) ||
          product.name.length <= 5 ||
          product.description.length <= product.name.length ||
          !Object.values(product.attributes).every((value) => typeof value === 'string' && value.length > 0),
      )
      .map((product) => product.code);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(new Set(catalog.products.map((product) => product.categoryKey.split(' / ')[0])).size).toBe(7);
  });

  it('lists categories parents first, with unique keys', () => {
    const seen = new Set<string>();
    for (const category of catalog.categories) {
      if (category.parentKey !== null) expect(seen.has(category.parentKey)).toBe(true);
      expect(seen.has(category.key)).toBe(false);
      seen.add(category.key);
    }
  });

  it('gives every listing valid terms: moq a whole number of lots, price breaks rising in quantity and never raising the price', () => {
    // One assertion over all 100,000 listings: a million expect() calls would take half a minute.
    const problems: string[] = [];
    const whole = (value: number) => Number.isSafeInteger(value) && value > 0;
    for (const listing of catalog.listings) {
      const terms = `${listing.id}: ${JSON.stringify(listing)}`;
      if (!whole(listing.unitPriceMinor) || !whole(listing.lotMultiple) || !whole(listing.minimumOrderQuantity))
        problems.push(`non-positive terms ${terms}`);
      if (listing.minimumOrderQuantity % listing.lotMultiple !== 0) problems.push(`moq not a whole number of lots ${terms}`);
      if (listing.onHand < 0 || listing.leadTimeDays < 0) problems.push(`negative stock or lead time ${terms}`);
      if (!isCurrencyCode(listing.currency)) problems.push(`unknown currency ${terms}`);
      let previous = { fromQuantity: 0, unitPriceMinor: listing.unitPriceMinor };
      for (const priceBreak of listing.priceBreaks) {
        if (priceBreak.fromQuantity <= previous.fromQuantity || priceBreak.fromQuantity <= listing.minimumOrderQuantity)
          problems.push(`price break quantity out of order ${terms}`);
        if (priceBreak.unitPriceMinor > previous.unitPriceMinor || !whole(priceBreak.unitPriceMinor))
          problems.push(`price break raises the price ${terms}`);
        previous = priceBreak;
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('lets a listing come only from a seller trading in its root category, from one of its regions, once per seller SKU', () => {
    const problems: string[] = [];
    const skus = new Set<string>();
    for (const listing of catalog.listings) {
      const seller = catalog.sellers[listing.sellerIndex];
      const root = catalog.products[listing.productIndex].categoryKey.split(' / ')[0];
      if (!seller.roots.includes(root)) problems.push(`${seller.tradingName} does not trade in ${root}: ${listing.id}`);
      if (!seller.regions.includes(listing.region))
        problems.push(`${seller.tradingName} has no warehouse in ${listing.region}: ${listing.id}`);
      skus.add(`${listing.sellerIndex}:${listing.sellerSku}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(skus.size).toBe(catalog.listings.length);
    expect(new Set(catalog.listings.map((listing) => listing.id)).size).toBe(catalog.listings.length);
    // Every product is on offer at least once.
    expect(new Set(catalog.listings.map((listing) => listing.productIndex)).size).toBe(catalog.products.length);
  });

  it('looks like a Russian B2B marketplace: mostly RUB, some stock-outs, a few paused listings and proposed products', () => {
    const share = (test: (listing: BenchCatalog['listings'][number]) => boolean) =>
      catalog.listings.filter(test).length / catalog.listings.length;
    expect(share((listing) => listing.currency === 'RUB')).toBeGreaterThan(0.85);
    expect(share((listing) => listing.onHand === 0)).toBeGreaterThan(0.05);
    expect(share((listing) => listing.onHand === 0)).toBeLessThan(0.2);
    expect(share((listing) => listing.status === 'ACTIVE')).toBeGreaterThan(0.9);
    expect(share((listing) => listing.priceBreaks.length > 0)).toBeGreaterThan(0.5);
    expect(catalog.products.some((product) => product.status === 'PROPOSED')).toBe(true);
    for (const reservation of catalog.reservations) {
      const listing = catalog.listings[reservation.listingIndex];
      expect(reservation.quantity % listing.lotMultiple).toBe(0);
      expect(reservation.quantity).toBeLessThanOrEqual(listing.onHand);
    }
  });

  it('registers companies with check-digit-correct INNs and distinct e-mails', () => {
    expect(organisationInn('770100101')).toBe('7701001012'); // the demo seed's Volga Construction
    expect(organisationInn('660300303')).toBe('6603003034');
    const companies = [...catalog.sellers, catalog.buyer];
    for (const company of companies) expect(organisationInn(company.taxId.slice(0, 9))).toBe(company.taxId);
    expect(new Set(companies.map((company) => company.taxId)).size).toBe(companies.length);
    expect(new Set(companies.map((company) => company.adminEmail)).size).toBe(companies.length);
  });

  it('refuses sizes it cannot make', () => {
    expect(() => generateCatalog(1, { products: productCapacity() + 1, listings: 200_000 })).toThrow(/at most/);
    expect(() => generateCatalog(1, { products: 100, listings: 50 })).toThrow(/at least/);
    expect(generateCatalog(3, { products: 40, listings: 400 }).listings).toHaveLength(400);
  });
});

describe('search bench query mix', () => {
  const catalog = generateCatalog(1, { products: 2_000, listings: 20_000 });
  const ids = new Map(
    catalog.categories.map((category, index) => [category.key, `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`]),
  );
  const mix = buildQueryMix(catalog, ids, 1, 3_000);

  it('is the same for the same seed and has every kind', () => {
    expect(buildQueryMix(catalog, ids, 1, 3_000)).toEqual(mix);
    expect(new Set(mix.map((spec) => spec.kind))).toEqual(new Set(Object.keys(QUERY_KINDS)));
    expect(mix.some((spec) => spec.nextPage)).toBe(true);
    expect(mix.every((spec) => spec.kind !== NEXT_PAGE)).toBe(true);
  });

  it('asks only for things that exist, in the shape the gateway takes', () => {
    const known = new Set(ids.values());
    for (const spec of mix) {
      if (spec.filter.categoryId) expect(known.has(spec.filter.categoryId)).toBe(true);
      if (spec.sort === 'RELEVANCE') expect(spec.filter.text?.trim()).toBeTruthy();
      if (spec.filter.text !== undefined) expect(spec.filter.text.trim().length).toBeGreaterThan(0);
      if (spec.filter.minPriceMinor !== undefined)
        expect(spec.filter.minPriceMinor).toBeLessThanOrEqual(spec.filter.maxPriceMinor ?? Infinity);
      if (spec.filter.region) expect(REGIONS).toContain(spec.filter.region);
      expect(spec.first).toBe(20);
    }
  });

  it('takes words from product names the way a buyer types them', () => {
    expect(nameWords('Hot-rolled steel sheet S355, 10 mm, 1500x6000 mm')).toEqual([
      'hot-rolled',
      'steel',
      'sheet',
      's355',
      '10',
      '1500x6000',
    ]);
  });
});

describe('search bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes per kind and overall, and prints a table with a total row', () => {
    const samples: Sample[] = [
      { kind: 'b', millis: 10, ok: true, hits: 20 },
      { kind: 'a', millis: 30, ok: true, hits: 10 },
      { kind: 'a', millis: 20, ok: false, hits: 0 },
    ];
    expect(summarize('a', samples.slice(1), 2)).toMatchObject({
      count: 2,
      errors: 1,
      queriesPerSec: 1,
      p50Millis: 20,
      p99Millis: 30,
      meanHits: 10,
    });
    const { kinds, all } = summarizeByKind(samples, 1, ['a', 'b']);
    expect(kinds.map((kind) => kind.kind)).toEqual(['a', 'b']);
    expect(all).toMatchObject({ kind: 'all', count: 3, errors: 1, queriesPerSec: 3 });
    const table = formatTable([...kinds, all]).split('\n');
    expect(table[0]).toMatch(/^query kind +count +errors +qps +p50 ms/);
    expect(table[table.length - 1]).toMatch(/^all /);
  });

  it('draws the same numbers from the same seed', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(a.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
