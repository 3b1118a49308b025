// The buyer's searches the bench sends: a seeded mix of `searchListings` requests built from
// the generated catalogue, so every filter names things that exist. Pure: no I/O.
import { type BenchCatalog, REGIONS } from './search-data';
import { SeededRandom } from './seeded-random';

export type SearchSort = 'PRICE_ASC' | 'PRICE_DESC' | 'RELEVANCE';

/** The GraphQL `ListingSearchFilter`. */
export interface SearchFilter {
  text?: string;
  categoryId?: string;
  attributes?: Record<string, string>;
  region?: string;
  currency?: string;
  minPriceMinor?: number;
  maxPriceMinor?: number;
  inStockOnly?: boolean;
}

export interface SearchSpec {
  kind: QueryKind;
  filter: SearchFilter;
  sort: SearchSort;
  first: number;
  /** The buyer also opens the second page, through the first page's cursor. */
  nextPage: boolean;
}

/** Each kind of search, and how often a buyer runs it (relative weight). */
export const QUERY_KINDS = {
  'text, one word': 14,
  'text, 2-3 words, by relevance': 14,
  'text + price range (RUB)': 8,
  'text, most expensive first': 5,
  'category sub-tree (root)': 10,
  'leaf category + attributes': 10,
  'attributes only': 5,
  'region + category': 10,
  'in stock only + category': 8,
  'browse all, cheapest first': 4,
} as const;

export type QueryKind = keyof typeof QUERY_KINDS | typeof NEXT_PAGE;

/** The kind recorded for a second page fetched with `after`. */
export const NEXT_PAGE = 'next page (cursor)';

/** Share of searches after which the buyer also opens page two. */
const NEXT_PAGE_SHARE = 0.15;

/** Words buyers type on their own. */
const ONE_WORDS = [
  'rebar',
  'cable',
  'bolt',
  'sheet',
  'pipe',
  'plywood',
  'film',
  'box',
  'nut',
  'anchor',
  'breaker',
  'insulation',
  'cement',
  'washer',
  'screw',
  'tray',
  'valve',
  'angle',
  'beam',
  'wire',
  'galvanized',
  'copper',
  'aluminium',
  'pallet',
  'tape',
  'timber',
  'plasterboard',
  'LED',
  'channel',
  'stainless',
  'seamless',
  'OSB',
  'steel',
  'hex',
];

const NOISE = new Set(['mm', 'm', 'kg', 'w', 'k', 'um', 'a', 'x', 'of', 'and']);

/** Words of a product name a buyer might type: lower case, without units and punctuation. */
export function nameWords(name: string): string[] {
  return name
    .split(/[\s,()]+/)
    .map((word) => word.toLowerCase())
    .filter((word) => word.length > 0 && !NOISE.has(word));
}

/**
 * `count` searches for the bench, the same for the same seed and catalogue.
 * `categoryIds` maps a category key ("Steel / Pipes / Seamless pipe") to its id.
 */
export function buildQueryMix(catalog: BenchCatalog, categoryIds: ReadonlyMap<string, string>, seed: number, count: number): SearchSpec[] {
  const random = new SeededRandom(seed ^ 0x5eed);
  const visible = catalog.products.filter((product) => product.status === 'ACTIVE');
  const rubListings = catalog.listings.filter((listing) => listing.currency === 'RUB' && listing.status === 'ACTIVE');
  const idOf = (key: string) => {
    const id = categoryIds.get(key);
    if (!id) throw new Error(`no id for category ${key}`);
    return id;
  };
  const byDepth = (depth: number) => catalog.categories.filter((category) => category.depth === depth).map((category) => category.key);
  const roots = byDepth(0);
  const groups = byDepth(1);
  const rootsAndGroups = [...roots, ...groups];
  const kinds = Object.entries(QUERY_KINDS) as Array<[keyof typeof QUERY_KINDS, number]>;

  const someAttributes = (attributes: Record<string, string>, most: number) => {
    const keys = random.shuffle(Object.keys(attributes)).slice(0, random.int(1, most));
    return Object.fromEntries(keys.map((key) => [key, attributes[key]]));
  };
  const phrase = () => {
    const words = nameWords(random.pick(visible).name);
    const take = Math.min(words.length, random.int(2, 3));
    const start = random.int(0, words.length - take);
    return words.slice(start, start + take).join(' ');
  };

  const specs: SearchSpec[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.weighted(kinds);
    let filter: SearchFilter;
    let sort: SearchSort = 'PRICE_ASC';
    switch (kind) {
      case 'text, one word':
        filter = { text: random.pick(ONE_WORDS) };
        break;
      case 'text, 2-3 words, by relevance':
        filter = { text: phrase() };
        sort = 'RELEVANCE';
        break;
      case 'text + price range (RUB)': {
        const listing = random.pick(rubListings);
        const words = nameWords(catalog.products[listing.productIndex].name).filter((word) => /^[a-z]{4,}$/.test(word));
        filter = {
          text: words.length > 0 ? random.pick(words) : random.pick(ONE_WORDS),
          currency: 'RUB',
          minPriceMinor: Math.floor(listing.unitPriceMinor * 0.5),
          maxPriceMinor: Math.ceil(listing.unitPriceMinor * 1.5),
        };
        break;
      }
      case 'text, most expensive first':
        filter = { text: random.pick(ONE_WORDS) };
        sort = 'PRICE_DESC';
        break;
      case 'category sub-tree (root)':
        filter = { categoryId: idOf(random.pick(roots)) };
        break;
      case 'leaf category + attributes': {
        const product = random.pick(visible);
        filter = { categoryId: idOf(product.categoryKey), attributes: someAttributes(product.attributes, 2) };
        break;
      }
      case 'attributes only':
        filter = { attributes: someAttributes(random.pick(visible).attributes, 1) };
        break;
      case 'region + category':
        filter = { region: random.pick(REGIONS), categoryId: idOf(random.pick(groups)) };
        break;
      case 'in stock only + category':
        filter = { inStockOnly: true, categoryId: idOf(random.pick(rootsAndGroups)) };
        break;
      case 'browse all, cheapest first':
        filter = {};
        break;
    }
    specs.push({ kind, filter, sort, first: 20, nextPage: random.chance(NEXT_PAGE_SHARE) });
  }
  return specs;
}
