// The search bench's catalogue: a category tree, products and sellers' listings of a B2B
// marketplace (steel, cables, fasteners, packaging, building materials, plumbing, electrical),
// generated deterministically from a seed. Pure: no I/O, so a spec can check it.
import { SeededRandom } from './seeded-random';

export type BaseUnit = 'KG' | 'T' | 'PIECE' | 'M' | 'M2' | 'M3' | 'L' | 'PACK';

export interface BenchCategory {
  /** Names from the root down, joined with " / ": unique. */
  key: string;
  name: string;
  parentKey: string | null;
  depth: number;
}

export interface BenchProduct {
  id: string;
  code: string;
  name: string;
  description: string;
  categoryKey: string;
  baseUnit: BaseUnit;
  attributes: Record<string, string>;
  status: 'ACTIVE' | 'PROPOSED';
  /** The typical price per base unit in kopecks, before each seller's own. */
  listPriceMinor: number;
  /** The order size family the product is sold in: lot multiples a seller may choose. */
  lotChoices: readonly number[];
}

export interface PriceBreak {
  fromQuantity: number;
  unitPriceMinor: number;
}

export interface BenchListing {
  id: string;
  productIndex: number;
  sellerIndex: number;
  sellerSku: string;
  region: string;
  currency: string;
  unitPriceMinor: number;
  priceBreaks: PriceBreak[];
  minimumOrderQuantity: number;
  lotMultiple: number;
  leadTimeDays: number;
  onHand: number;
  status: 'ACTIVE' | 'PAUSED' | 'DRAFT';
}

export interface BenchReservation {
  id: string;
  listingIndex: number;
  quantity: number;
  status: 'ACTIVE' | 'RELEASED' | 'COMMITTED';
  /** Hours from now; negative = already expired. */
  expiresInHours: number;
}

export interface BenchSeller {
  legalName: string;
  tradingName: string;
  taxId: string;
  kind: 'SELLER' | 'BOTH';
  adminEmail: string;
  /** Short prefix of its SKUs. */
  skuPrefix: string;
  regions: readonly string[];
  /** Root categories it trades in. */
  roots: readonly string[];
  /** Its prices against the typical price, in percent (100 = typical). */
  priceLevel: number;
}

export interface BenchBuyer {
  legalName: string;
  tradingName: string;
  taxId: string;
  adminEmail: string;
}

export interface BenchCatalog {
  seed: number;
  categories: BenchCategory[];
  products: BenchProduct[];
  listings: BenchListing[];
  reservations: BenchReservation[];
  sellers: BenchSeller[];
  buyer: BenchBuyer;
}

export interface CatalogSize {
  products: number;
  listings: number;
}

export const DEFAULT_SIZE: CatalogSize = { products: 10_000, listings: 100_000 };

export const REGIONS = [
  'Moscow',
  'Saint Petersburg',
  'Yekaterinburg',
  'Novosibirsk',
  'Kazan',
  'Nizhny Novgorod',
  'Samara',
  'Rostov-on-Don',
  'Krasnodar',
  'Chelyabinsk',
  'Perm',
  'Vladivostok',
] as const;

// ---------------------------------------------------------------------------
// Companies (fictional) with check-digit-correct 10-digit INNs
// ---------------------------------------------------------------------------

/** The 10-digit (organisation) INN with its check digit appended to the first nine digits. */
export function organisationInn(firstNine: string): string {
  if (!/^\d{9}$/.test(firstNine)) throw new Error(`an INN starts with nine digits, got "${firstNine}"`);
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = [...firstNine].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
  return `${firstNine}${(sum % 11) % 10}`;
}

const SELLER_SEEDS: Array<Omit<BenchSeller, 'taxId' | 'adminEmail' | 'kind'> & { kind?: BenchSeller['kind']; region: string }> = [
  {
    legalName: 'OOO Ural Steel Distribution',
    tradingName: 'Ural Steel',
    skuPrefix: 'URS',
    region: '66',
    regions: ['Yekaterinburg', 'Chelyabinsk', 'Perm', 'Moscow', 'Samara'],
    roots: ['Steel', 'Fasteners'],
    priceLevel: 98,
  },
  {
    legalName: 'AO Severny Metal Trade',
    tradingName: 'Severny Metal',
    skuPrefix: 'SVM',
    region: '78',
    regions: ['Saint Petersburg', 'Moscow', 'Nizhny Novgorod', 'Kazan'],
    roots: ['Steel', 'Building materials'],
    priceLevel: 103,
  },
  {
    legalName: 'OOO Siberian Cable Works',
    tradingName: 'Siberian Cable',
    skuPrefix: 'SBC',
    region: '54',
    kind: 'BOTH',
    regions: ['Novosibirsk', 'Moscow', 'Yekaterinburg', 'Vladivostok', 'Kazan'],
    roots: ['Cables & wire', 'Electrical'],
    priceLevel: 96,
  },
  {
    legalName: 'OOO Volga Electro Supply',
    tradingName: 'Volga Electro',
    skuPrefix: 'VES',
    region: '63',
    regions: ['Samara', 'Kazan', 'Nizhny Novgorod', 'Moscow', 'Perm'],
    roots: ['Electrical', 'Cables & wire'],
    priceLevel: 101,
  },
  {
    legalName: 'OOO Kazan Fasteners',
    tradingName: 'Kazan Fasteners',
    skuPrefix: 'KZF',
    region: '16',
    regions: ['Kazan', 'Moscow', 'Samara', 'Nizhny Novgorod'],
    roots: ['Fasteners', 'Plumbing'],
    priceLevel: 97,
  },
  {
    legalName: 'OOO Moscow Region Packaging',
    tradingName: 'MR Packaging',
    skuPrefix: 'MRP',
    region: '50',
    regions: ['Moscow', 'Saint Petersburg', 'Krasnodar', 'Nizhny Novgorod'],
    roots: ['Packaging'],
    priceLevel: 100,
  },
  {
    legalName: 'OOO Don Packaging Group',
    tradingName: 'Don Packaging',
    skuPrefix: 'DPG',
    region: '61',
    regions: ['Rostov-on-Don', 'Krasnodar', 'Moscow', 'Samara'],
    roots: ['Packaging', 'Building materials'],
    priceLevel: 95,
  },
  {
    legalName: 'OOO Baltic Building Materials',
    tradingName: 'Baltic Build',
    skuPrefix: 'BBM',
    region: '39',
    regions: ['Saint Petersburg', 'Moscow', 'Kazan', 'Yekaterinburg'],
    roots: ['Building materials', 'Plumbing'],
    priceLevel: 104,
  },
  {
    legalName: 'OOO Far East Industrial Supply',
    tradingName: 'Far East Supply',
    skuPrefix: 'FES',
    region: '25',
    kind: 'BOTH',
    regions: ['Vladivostok', 'Novosibirsk', 'Yekaterinburg'],
    roots: ['Steel', 'Fasteners', 'Packaging', 'Cables & wire'],
    priceLevel: 108,
  },
  {
    legalName: 'AO Central Metiz',
    tradingName: 'Central Metiz',
    skuPrefix: 'CMZ',
    region: '77',
    regions: ['Moscow', 'Nizhny Novgorod', 'Rostov-on-Don', 'Krasnodar', 'Saint Petersburg'],
    roots: ['Fasteners', 'Steel'],
    priceLevel: 99,
  },
  {
    legalName: 'OOO Kuban Aqua Systems',
    tradingName: 'Kuban Aqua',
    skuPrefix: 'KAS',
    region: '23',
    regions: ['Krasnodar', 'Rostov-on-Don', 'Moscow', 'Samara'],
    roots: ['Plumbing', 'Electrical', 'Building materials'],
    priceLevel: 102,
  },
  {
    legalName: 'OOO Prime Pipe Company',
    tradingName: 'Prime Pipe',
    skuPrefix: 'PPC',
    region: '74',
    regions: ['Chelyabinsk', 'Samara', 'Moscow', 'Saint Petersburg', 'Perm'],
    roots: ['Steel', 'Plumbing'],
    priceLevel: 100,
  },
];

function benchSellers(): BenchSeller[] {
  return SELLER_SEEDS.map(({ region, kind, ...seller }, index) => ({
    ...seller,
    kind: kind ?? 'SELLER',
    taxId: organisationInn(`${region}${String(71_000 + index * 37).padStart(5, '0')}9${index % 10}`.slice(0, 9)),
    adminEmail: `admin@${seller.skuPrefix.toLowerCase()}.bench.example`,
  }));
}

const BUYER: BenchBuyer = {
  legalName: 'OOO Volga Construction Supply',
  tradingName: 'Volga Construction',
  taxId: organisationInn('770188812'),
  adminEmail: 'buyer@volga-construction.bench.example',
};

// ---------------------------------------------------------------------------
// Product families
// ---------------------------------------------------------------------------

type Values = Record<string, string>;

interface Family {
  path: readonly [string, string, string];
  unit: BaseUnit;
  /** Attribute name -> its values; every combination is one product. */
  dims: Record<string, readonly (string | number)[]>;
  code(v: Values): string;
  name(v: Values): string;
  /** Sentences specific to the family; shared ones are added around them. */
  details(v: Values, random: SeededRandom): string;
  price(v: Values): number;
  lots: readonly number[];
}

const n = (value: string) => Number(value);
const up = (value: string) => value.toUpperCase().replace(/[^A-Z0-9.]+/g, '');

const STEEL_MILLS = ['Severstal', 'MMK', 'NLMK'] as const;
const STEEL_USES = [
  'for structural steelwork, machine building and shipbuilding',
  'for welded frames, tanks and general fabrication',
  'for bridges, industrial buildings and crane structures',
  'for pressed parts, enclosures and ventilation ducts',
];

const INSULATION_PRICE: Record<string, number> = {
  'stone wool': 420_000,
  'glass wool': 300_000,
  XPS: 650_000,
  EPS: 380_000,
  PIR: 1_200_000,
};

const FAMILIES: Family[] = [
  // --- Steel ---------------------------------------------------------------
  {
    path: ['Steel', 'Flat products', 'Hot-rolled sheet'],
    unit: 'KG',
    dims: {
      grade: ['S235', 'S275', 'S355', '09G2S', 'St3sp', 'St3ps'],
      thickness_mm: [1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 25, 30, 40],
      size_mm: ['1250x2500', '1500x3000', '1500x6000', '2000x6000'],
      mill: STEEL_MILLS,
    },
    code: (v) => `HRS-${up(v.grade)}-${v.thickness_mm}-${v.size_mm.replace('x', 'X')}-${up(v.mill).slice(0, 3)}`,
    name: (v) => `Hot-rolled steel sheet ${v.grade}, ${v.thickness_mm} mm, ${v.size_mm} mm`,
    details: (v, r) => `Hot-rolled carbon steel plate, grade ${v.grade}, rolled by ${v.mill} to GOST 19903-2015, ${r.pick(STEEL_USES)}.`,
    price: (v) => 7_400 + n(v.thickness_mm) * 18 + (['S355', '09G2S'].includes(v.grade) ? 900 : 0),
    lots: [500, 1000],
  },
  {
    path: ['Steel', 'Flat products', 'Cold-rolled sheet'],
    unit: 'KG',
    dims: {
      grade: ['08ps', '08Yu', 'DC01', 'DC03', 'DC04'],
      thickness_mm: [0.5, 0.7, 0.8, 1, 1.2, 1.5, 2],
      size_mm: ['1000x2000', '1250x2500'],
      mill: STEEL_MILLS,
    },
    code: (v) => `CRS-${up(v.grade)}-${v.thickness_mm}-${v.size_mm.replace('x', 'X')}-${up(v.mill).slice(0, 3)}`,
    name: (v) => `Cold-rolled steel sheet ${v.grade}, ${v.thickness_mm} mm, ${v.size_mm} mm`,
    details: (v, r) => `Cold-rolled low-carbon sheet ${v.grade} from ${v.mill}, oiled surface, ${r.pick(STEEL_USES)}.`,
    price: (v) => 9_300 + Math.round(300 / n(v.thickness_mm)),
    lots: [500, 1000],
  },
  {
    path: ['Steel', 'Flat products', 'Galvanized sheet'],
    unit: 'KG',
    dims: {
      coating: ['Z100', 'Z140', 'Z200', 'Z275'],
      thickness_mm: [0.45, 0.5, 0.55, 0.7, 0.8, 1, 1.2],
      width_mm: [1000, 1250],
      mill: STEEL_MILLS,
    },
    code: (v) => `GLV-${v.coating}-${v.thickness_mm}-${v.width_mm}-${up(v.mill).slice(0, 3)}`,
    name: (v) => `Galvanized steel sheet ${v.coating}, ${v.thickness_mm} mm, ${v.width_mm} mm wide`,
    details: (v) =>
      `Hot-dip galvanized steel coil and sheet, zinc coating ${v.coating}, by ${v.mill}; for roofing, profiled decking and ducts.`,
    price: (v) => 10_800 + n(v.coating.slice(1)) * 4,
    lots: [500, 1000],
  },
  {
    path: ['Steel', 'Long products', 'Rebar'],
    unit: 'T',
    dims: {
      class: ['A500C', 'A400', 'A240', 'A600'],
      diameter_mm: [6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 32, 36, 40],
      length_m: [11.7, 6],
      mill: ['Evraz', 'Mechel', 'Abinsk'],
    },
    code: (v) => `RB-${v.class}-${v.diameter_mm}-${v.length_m}-${up(v.mill).slice(0, 3)}`,
    name: (v) => `Rebar ${v.class}, ${v.diameter_mm} mm, ${v.length_m} m`,
    details: (v) =>
      `${v.class === 'A240' ? 'Smooth' : 'Ribbed'} reinforcing bar for concrete, class ${v.class}, ${v.diameter_mm} mm, cut to ${v.length_m} m, rolled by ${v.mill}.`,
    price: (v) => 5_650_000 + (40 - n(v.diameter_mm)) * 9_000 + (v.class === 'A600' ? 400_000 : 0),
    lots: [1],
  },
  {
    path: ['Steel', 'Long products', 'Steel angle'],
    unit: 'T',
    dims: {
      size_mm: [
        '25x25x3',
        '32x32x4',
        '40x40x4',
        '45x45x5',
        '50x50x5',
        '63x63x5',
        '75x75x6',
        '90x90x7',
        '100x100x8',
        '125x125x10',
        '140x140x10',
        '160x160x12',
        '180x180x12',
        '200x200x16',
      ],
      grade: ['St3sp', '09G2S'],
      length_m: [6, 12],
    },
    code: (v) => `ANG-${v.size_mm.replace(/x/g, 'X')}-${up(v.grade)}-${v.length_m}`,
    name: (v) => `Equal steel angle ${v.size_mm} mm, ${v.grade}, ${v.length_m} m`,
    details: (v) => `Hot-rolled equal leg angle to GOST 8509-93, ${v.size_mm} mm, steel ${v.grade}, lengths of ${v.length_m} m.`,
    price: (v) => 7_100_000 + (v.grade === '09G2S' ? 600_000 : 0),
    lots: [1],
  },
  {
    path: ['Steel', 'Long products', 'Channel'],
    unit: 'T',
    dims: { number: [5, 6.5, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30], series: ['P', 'U'], grade: ['St3sp', '09G2S'] },
    code: (v) => `CH-${v.number}${v.series}-${up(v.grade)}`,
    name: (v) => `Steel channel ${v.number}${v.series}, ${v.grade}`,
    details: (v) =>
      `Hot-rolled channel No. ${v.number} with ${v.series === 'P' ? 'parallel' : 'tapered'} flanges to GOST 8240-97, steel ${v.grade}, 12 m.`,
    price: (v) => 7_300_000 + (v.grade === '09G2S' ? 650_000 : 0) + n(v.number) * 4_000,
    lots: [1],
  },
  {
    path: ['Steel', 'Long products', 'I-beam'],
    unit: 'T',
    dims: {
      profile: ['10B1', '12B1', '14B1', '16B1', '18B1', '20B1', '25B1', '30B1', '35B1', '40B1', '20K1', '25K1', '30K1', '20Sh1', '30Sh1'],
      grade: ['S255', 'S345'],
      length_m: [12, 6],
    },
    code: (v) => `IB-${up(v.profile)}-${v.grade}-${v.length_m}`,
    name: (v) => `Steel I-beam ${v.profile}, ${v.grade}, ${v.length_m} m`,
    details: (v) =>
      `Wide flange I-beam ${v.profile} to GOST R 57837-2017, structural steel ${v.grade}, for frames, crane runways and mezzanines.`,
    price: (v) => 7_900_000 + (v.grade === 'S345' ? 700_000 : 0),
    lots: [1],
  },
  {
    path: ['Steel', 'Pipes', 'Welded round pipe'],
    unit: 'M',
    dims: {
      outer_diameter_mm: [21.3, 26.8, 33.5, 42.3, 48, 57, 76, 89, 108, 133, 159, 219],
      wall_mm: [2, 2.8, 3.2, 3.5, 4, 5, 6],
      standard: ['GOST 10704', 'GOST 3262'],
    },
    code: (v) => `WRP-${v.outer_diameter_mm}X${v.wall_mm}-${v.standard.slice(5)}`,
    name: (v) => `Welded steel pipe ${v.outer_diameter_mm}x${v.wall_mm} mm, ${v.standard}`,
    details: (v) =>
      `Electric-welded round steel pipe ${v.outer_diameter_mm} x ${v.wall_mm} mm to ${v.standard}, for water, gas and structural use, random lengths 6-12 m.`,
    price: (v) => Math.round(0.02466 * n(v.wall_mm) * (n(v.outer_diameter_mm) - n(v.wall_mm)) * 9_500),
    lots: [6, 12],
  },
  {
    path: ['Steel', 'Pipes', 'Profile pipe'],
    unit: 'M',
    dims: {
      section_mm: ['20x20', '25x25', '30x30', '40x20', '40x40', '50x25', '60x40', '60x60', '80x40', '80x80', '100x100'],
      wall_mm: [1.5, 2, 3, 4, 5],
      grade: ['St3sp', '09G2S'],
    },
    code: (v) => `PRP-${v.section_mm.replace('x', 'X')}X${v.wall_mm}-${up(v.grade)}`,
    name: (v) => `Profile pipe ${v.section_mm}x${v.wall_mm} mm, ${v.grade}`,
    details: (v) =>
      `Square and rectangular hollow section ${v.section_mm} mm, wall ${v.wall_mm} mm, steel ${v.grade}, to GOST 30245-2003, for frames, fences and canopies.`,
    price: (v) => {
      const [a, b] = v.section_mm.split('x').map(Number);
      return Math.round(0.0157 * n(v.wall_mm) * (a + b - 2.86 * n(v.wall_mm)) * 9_200);
    },
    lots: [6, 12],
  },
  {
    path: ['Steel', 'Pipes', 'Seamless pipe'],
    unit: 'M',
    dims: { outer_diameter_mm: [25, 32, 38, 45, 57, 76, 89, 108, 133, 159, 219, 273], wall_mm: [3, 4, 5, 6, 8], grade: ['20', '09G2S'] },
    code: (v) => `SMP-${v.outer_diameter_mm}X${v.wall_mm}-${up(v.grade)}`,
    name: (v) => `Seamless steel pipe ${v.outer_diameter_mm}x${v.wall_mm} mm, steel ${v.grade}`,
    details: (v) =>
      `Hot-deformed seamless pipe to GOST 8732-78, ${v.outer_diameter_mm} x ${v.wall_mm} mm, steel ${v.grade}, for boilers, pressure lines and machine parts.`,
    price: (v) => Math.round(0.02466 * n(v.wall_mm) * (n(v.outer_diameter_mm) - n(v.wall_mm)) * 13_000),
    lots: [6],
  },
  // --- Cables & wire ---------------------------------------------------------
  {
    path: ['Cables & wire', 'Power cable', 'Copper power cable'],
    unit: 'M',
    dims: {
      brand: ['VVGng-LS', 'VVGng-FRLS', 'NYM', 'KG', 'VBbShv'],
      cores: [1, 2, 3, 4, 5],
      section_mm2: [1.5, 2.5, 4, 6, 10, 16, 25, 35, 50, 70, 95, 120, 240],
      conductor: ['copper'],
    },
    code: (v) => `${up(v.brand)}-${v.cores}X${v.section_mm2}`,
    name: (v) => `Power cable ${v.brand} ${v.cores}x${v.section_mm2}`,
    details: (v) =>
      `Copper power cable ${v.brand}, ${v.cores} core${v.cores === '1' ? '' : 's'} of ${v.section_mm2} mm2, 0.66/1 kV, ${v.brand.includes('ng') ? 'flame retardant, low smoke' : 'PVC insulated'}.`,
    price: (v) => Math.round(n(v.cores) * n(v.section_mm2) * 2_600 + 1_500),
    lots: [50, 100],
  },
  {
    path: ['Cables & wire', 'Power cable', 'Aluminium power cable'],
    unit: 'M',
    dims: {
      brand: ['AVVG', 'AVBbShv', 'APvBbShv'],
      cores: [1, 2, 3, 4],
      section_mm2: [16, 25, 35, 50, 70, 95, 120, 150, 185, 240],
      conductor: ['aluminium'],
    },
    code: (v) => `${up(v.brand)}-${v.cores}X${v.section_mm2}`,
    name: (v) => `Aluminium power cable ${v.brand} ${v.cores}x${v.section_mm2}`,
    details: (v) =>
      `Aluminium conductor power cable ${v.brand}, ${v.cores}x${v.section_mm2} mm2, 1 kV, ${v.brand.includes('Bb') ? 'steel tape armoured for direct burial' : 'for indoor and cable tray laying'}.`,
    price: (v) => Math.round(n(v.cores) * n(v.section_mm2) * 700 + 1_000),
    lots: [50, 100, 500],
  },
  {
    path: ['Cables & wire', 'Control cable', 'Control cable'],
    unit: 'M',
    dims: {
      brand: ['KVVG', 'KVVGng-LS', 'KVVGEng-LS'],
      cores: [4, 5, 7, 10, 14, 19, 27, 37],
      section_mm2: [0.75, 1, 1.5, 2.5],
      conductor: ['copper'],
    },
    code: (v) => `${up(v.brand)}-${v.cores}X${v.section_mm2}`,
    name: (v) => `Control cable ${v.brand} ${v.cores}x${v.section_mm2}`,
    details: (v) =>
      `Copper control cable ${v.brand}, ${v.cores} cores of ${v.section_mm2} mm2${v.brand.includes('E') ? ', copper foil screen' : ''}, for control and signalling circuits.`,
    price: (v) => Math.round(n(v.cores) * n(v.section_mm2) * 2_200 + 1_200),
    lots: [100],
  },
  {
    path: ['Cables & wire', 'Data cable', 'Twisted pair'],
    unit: 'M',
    dims: {
      type: ['UTP', 'FTP', 'SFTP'],
      category: ['5e', '6', '6A'],
      use: ['indoor', 'outdoor'],
      conductor: ['copper', 'CCA'],
      jacket: ['PVC', 'LSZH'],
    },
    code: (v) =>
      `${v.type}-CAT${up(v.category)}-${v.use === 'indoor' ? 'IN' : 'OUT'}-${v.conductor === 'copper' ? 'CU' : 'CCA'}-${v.jacket}`,
    name: (v) => `Twisted pair cable ${v.type} cat. ${v.category}, 4 pairs, ${v.use}, ${v.jacket}`,
    details: (v) =>
      `LAN cable ${v.type} category ${v.category}, 4x2x0.51, ${v.conductor === 'copper' ? 'solid copper' : 'copper-clad aluminium'} conductors, ${v.jacket} jacket, 305 m box.`,
    price: (v) => (v.conductor === 'copper' ? 3_400 : 1_600) + (v.category === '6A' ? 2_000 : v.category === '6' ? 900 : 0),
    lots: [305],
  },
  {
    path: ['Cables & wire', 'Wire', 'Installation wire'],
    unit: 'M',
    dims: {
      brand: ['PuV', 'PuGV', 'ShVVP', 'PVS'],
      section_mm2: [0.5, 0.75, 1, 1.5, 2.5, 4, 6, 10],
      colour: ['white', 'black', 'red', 'blue', 'yellow-green'],
    },
    code: (v) => `${up(v.brand)}-${v.section_mm2}-${up(v.colour).slice(0, 3)}`,
    name: (v) => `Installation wire ${v.brand} ${v.section_mm2} mm2, ${v.colour}`,
    details: (v) => `Copper installation wire ${v.brand}, ${v.section_mm2} mm2, ${v.colour} PVC insulation, 100 m coils.`,
    price: (v) => Math.round(n(v.section_mm2) * 1_800 + 300),
    lots: [100],
  },
  {
    path: ['Cables & wire', 'Cable management', 'Cable tray'],
    unit: 'M',
    dims: {
      type: ['perforated', 'ladder', 'wire mesh'],
      width_mm: [50, 100, 150, 200, 300, 400, 500, 600],
      height_mm: [35, 50, 80, 100],
      finish: ['hot-dip galvanized', 'pre-galvanized', 'stainless steel'],
    },
    code: (v) => `TRAY-${up(v.type).slice(0, 4)}-${v.width_mm}X${v.height_mm}-${up(v.finish).slice(0, 3)}`,
    name: (v) => `Cable tray ${v.type} ${v.width_mm}x${v.height_mm} mm, ${v.finish}`,
    details: (v) =>
      `${v.type[0].toUpperCase()}${v.type.slice(1)} cable tray ${v.width_mm} x ${v.height_mm} mm, ${v.finish}, 3 m sections, couplers sold separately.`,
    price: (v) => Math.round((n(v.width_mm) * 300 + n(v.height_mm) * 400) * (v.finish === 'stainless steel' ? 3 : 1)),
    lots: [3],
  },
  // --- Fasteners -------------------------------------------------------------
  {
    path: ['Fasteners', 'Threaded fasteners', 'Bolts'],
    unit: 'PIECE',
    dims: {
      standard: ['DIN 933', 'DIN 931', 'DIN 912', 'DIN 603'],
      size: ['M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M20', 'M24', 'M30'],
      length_mm: [16, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150],
      strength_class: ['5.8', '8.8', '10.9'],
      coating: ['zinc plated', 'plain', 'hot-dip galvanized'],
    },
    code: (v) => `BLT-${v.standard.slice(4)}-${v.size}X${v.length_mm}-${v.strength_class}-${up(v.coating).slice(0, 2)}`,
    name: (v) => `${boltKind(v.standard)} ${v.size}x${v.length_mm} ${v.standard}, class ${v.strength_class}, ${v.coating}`,
    details: (v) =>
      `${boltKind(v.standard)} ${v.size} x ${v.length_mm} mm to ${v.standard}, strength class ${v.strength_class}, ${v.coating}, packed in boxes of 100.`,
    price: (v) => Math.round((n(v.size.slice(1)) ** 2 * n(v.length_mm)) / 6 + 200) * (v.strength_class === '10.9' ? 2 : 1),
    lots: [50, 100, 200],
  },
  {
    path: ['Fasteners', 'Threaded fasteners', 'Nuts'],
    unit: 'PIECE',
    dims: {
      standard: ['DIN 934', 'DIN 985', 'DIN 6923', 'DIN 1587'],
      size: ['M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M20', 'M24', 'M30'],
      strength_class: ['6', '8', '10'],
      coating: ['zinc plated', 'plain', 'hot-dip galvanized'],
    },
    code: (v) => `NUT-${v.standard.slice(4)}-${v.size}-${v.strength_class}-${up(v.coating).slice(0, 2)}`,
    name: (v) => `${nutKind(v.standard)} ${v.size} ${v.standard}, class ${v.strength_class}, ${v.coating}`,
    details: (v) => `${nutKind(v.standard)} ${v.size} to ${v.standard}, property class ${v.strength_class}, ${v.coating}.`,
    price: (v) => Math.round(n(v.size.slice(1)) ** 2 * 3 + 100),
    lots: [100, 200, 500],
  },
  {
    path: ['Fasteners', 'Threaded fasteners', 'Washers'],
    unit: 'PIECE',
    dims: {
      standard: ['DIN 125', 'DIN 127', 'DIN 9021', 'DIN 440'],
      size: ['M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M20', 'M24', 'M30'],
      material: ['zinc plated steel', 'stainless A2', 'stainless A4'],
    },
    code: (v) => `WSH-${v.standard.slice(4)}-${v.size}-${up(v.material)}`,
    name: (v) => `${v.standard === 'DIN 127' ? 'Spring lock washer' : 'Flat washer'} ${v.size} ${v.standard}, ${v.material}`,
    details: (v) =>
      `Washer for ${v.size} bolts to ${v.standard}, ${v.material}${v.standard === 'DIN 9021' ? ', enlarged outer diameter' : ''}.`,
    price: (v) => Math.round(n(v.size.slice(1)) ** 2 + 50) * (v.material.startsWith('stainless') ? 4 : 1),
    lots: [100, 500, 1000],
  },
  {
    path: ['Fasteners', 'Screws & anchors', 'Screws'],
    unit: 'PIECE',
    dims: {
      type: ['self-tapping metal screw', 'wood screw', 'roofing screw', 'drywall screw'],
      diameter_mm: [3.5, 3.9, 4.2, 4.8, 5.5, 6.3],
      length_mm: [16, 19, 25, 32, 41, 51, 70, 90],
      coating: ['zinc plated', 'phosphated', 'painted RAL'],
      brand: ['Tech-KREP', 'Fixpro', 'Starfix'],
    },
    code: (v) => `SCR-${up(v.type).slice(0, 4)}-${v.diameter_mm}X${v.length_mm}-${up(v.coating).slice(0, 2)}-${up(v.brand).slice(0, 3)}`,
    name: (v) => `${v.type[0].toUpperCase()}${v.type.slice(1)} ${v.diameter_mm}x${v.length_mm}, ${v.coating}, ${v.brand}`,
    details: (v) =>
      `${v.type[0].toUpperCase()}${v.type.slice(1)} ${v.diameter_mm} x ${v.length_mm} mm by ${v.brand}, ${v.coating}, hardened carbon steel, in buckets of 1000.`,
    price: (v) => Math.round(n(v.diameter_mm) * n(v.length_mm) * 3 + 50),
    lots: [500, 1000],
  },
  {
    path: ['Fasteners', 'Screws & anchors', 'Anchors'],
    unit: 'PIECE',
    dims: {
      type: ['wedge anchor', 'sleeve anchor', 'chemical anchor stud', 'frame anchor'],
      size: ['M8', 'M10', 'M12', 'M16', 'M20'],
      length_mm: [75, 100, 120, 150, 200],
    },
    code: (v) => `ANC-${up(v.type).slice(0, 4)}-${v.size}X${v.length_mm}`,
    name: (v) => `${v.type[0].toUpperCase()}${v.type.slice(1)} ${v.size}x${v.length_mm}`,
    details: (v) =>
      `${v.type[0].toUpperCase()}${v.type.slice(1)} ${v.size} x ${v.length_mm} mm for concrete and brick, zinc plated, ETA approved.`,
    price: (v) => Math.round(n(v.size.slice(1)) * n(v.length_mm) * 2),
    lots: [25, 50, 100],
  },
  // --- Packaging ---------------------------------------------------------------
  {
    path: ['Packaging', 'Containers', 'Corrugated boxes'],
    unit: 'PIECE',
    dims: {
      size_mm: [
        '200x150x100',
        '300x200x200',
        '300x300x300',
        '380x304x280',
        '400x300x200',
        '400x300x300',
        '400x400x400',
        '500x400x300',
        '600x400x400',
        '600x400x200',
        '600x500x500',
        '800x600x400',
        '1200x800x800',
        '250x250x150',
        '350x250x150',
      ],
      flute: ['B', 'C', 'E', 'BC', 'EB'],
      colour: ['brown', 'white'],
    },
    code: (v) => `BOX-${v.size_mm.replace(/x/g, 'X')}-${v.flute}-${v.colour === 'white' ? 'W' : 'K'}`,
    name: (v) => `Corrugated box ${v.size_mm} mm, flute ${v.flute}, ${v.colour}`,
    details: (v) =>
      `Regular slotted corrugated cardboard box ${v.size_mm} mm, ${v.flute.length > 1 ? 'double' : 'single'} wall flute ${v.flute}, ${v.colour} kraft liner, shipped flat.`,
    price: (v) =>
      Math.round(
        v.size_mm
          .split('x')
          .map(Number)
          .reduce((a, b) => a + b, 0) *
          12 *
          (v.flute.length > 1 ? 1.6 : 1) +
          (v.colour === 'white' ? 800 : 0),
      ),
    lots: [25, 50, 100],
  },
  {
    path: ['Packaging', 'Wrapping', 'Stretch film'],
    unit: 'PIECE',
    dims: {
      type: ['machine', 'hand', 'pre-stretched'],
      micron: [12, 17, 20, 23, 25, 30],
      width_mm: [250, 450, 500],
      colour: ['clear', 'black', 'white'],
    },
    code: (v) => `STR-${up(v.type).slice(0, 3)}-${v.micron}-${v.width_mm}-${up(v.colour).slice(0, 2)}`,
    name: (v) => `Stretch film ${v.type}, ${v.micron} um, ${v.width_mm} mm, ${v.colour}`,
    details: (v) =>
      `${v.type[0].toUpperCase()}${v.type.slice(1)} LLDPE stretch wrap, ${v.micron} micron, ${v.width_mm} mm wide, ${v.colour}, for pallet wrapping.`,
    price: (v) => Math.round(n(v.micron) * n(v.width_mm) * 20 * (v.type === 'machine' ? 3 : 1)),
    lots: [6, 12],
  },
  {
    path: ['Packaging', 'Wrapping', 'Adhesive tape'],
    unit: 'PIECE',
    dims: {
      type: ['clear BOPP', 'brown BOPP', 'kraft paper', 'printed BOPP'],
      width_mm: [24, 48, 50, 72, 75],
      length_m: [66, 100, 150, 990],
    },
    code: (v) => `TAPE-${up(v.type).slice(0, 4)}-${v.width_mm}X${v.length_m}`,
    name: (v) => `Packing tape ${v.type}, ${v.width_mm} mm x ${v.length_m} m`,
    details: (v) => `Adhesive packing tape, ${v.type}, ${v.width_mm} mm x ${v.length_m} m, acrylic adhesive, carton sealing.`,
    price: (v) => Math.round(n(v.width_mm) * n(v.length_m) * 1.5 + 2_000),
    lots: [36, 72],
  },
  {
    path: ['Packaging', 'Containers', 'Pallets'],
    unit: 'PIECE',
    dims: {
      type: ['EUR 1200x800', 'FIN 1200x1000', 'US 1219x1016', 'one-way 1200x800'],
      grade: ['new', 'used grade 1', 'used grade 2'],
      treatment: ['ISPM 15 heat treated', 'untreated'],
    },
    code: (v) => `PAL-${up(v.type).slice(0, 3)}-${up(v.grade)}-${v.treatment.startsWith('ISPM') ? 'HT' : 'NT'}`,
    name: (v) => `Wooden pallet ${v.type}, ${v.grade}, ${v.treatment}`,
    details: (v) => `Wooden pallet ${v.type} mm, ${v.grade}, ${v.treatment}, load up to 1500 kg.`,
    price: (v) =>
      (v.grade === 'new' ? 95_000 : v.grade === 'used grade 1' ? 55_000 : 38_000) + (v.treatment.startsWith('ISPM') ? 8_000 : 0),
    lots: [10, 20],
  },
  {
    path: ['Packaging', 'Containers', 'Bags and sacks'],
    unit: 'PIECE',
    dims: {
      type: ['big bag FIBC', 'woven PP bag', 'paper valve sack', 'PE bag'],
      capacity_kg: [25, 50, 500, 1000, 1500],
      print: ['plain', 'printed'],
    },
    code: (v) => `BAG-${up(v.type).slice(0, 4)}-${v.capacity_kg}-${v.print === 'plain' ? 'P' : 'PR'}`,
    name: (v) => `${v.type[0].toUpperCase()}${v.type.slice(1)} ${v.capacity_kg} kg, ${v.print}`,
    details: (v) =>
      `${v.type[0].toUpperCase()}${v.type.slice(1)} for ${v.capacity_kg} kg of bulk material, ${v.print}, for cement, fertiliser, grain and sand.`,
    price: (v) => Math.round(n(v.capacity_kg) * 60 + 1_500 + (v.print === 'printed' ? 1_000 : 0)),
    lots: [50, 100],
  },
  // --- Building materials ---------------------------------------------------------
  {
    path: ['Building materials', 'Dry mixes', 'Cement'],
    unit: 'T',
    dims: {
      type: ['CEM I 42.5N', 'CEM II/A-S 42.5N', 'CEM II/B 32.5R', 'CEM III/A 32.5N'],
      packing: ['bulk', '25 kg bags', '50 kg bags', '1 t big bags'],
      plant: ['Holcim', 'Eurocement', 'Mordovcement', 'Sebryakovcement'],
    },
    code: (v) => `CEM-${up(v.type)}-${up(v.packing).slice(0, 4)}-${up(v.plant).slice(0, 3)}`,
    name: (v) => `Portland cement ${v.type}, ${v.packing}, ${v.plant}`,
    details: (v) => `Cement ${v.type} to GOST 31108-2020 from ${v.plant}, ${v.packing}, for ready-mix concrete, precast and mortars.`,
    price: (v) => 620_000 + (v.type.includes('42.5') ? 90_000 : 0) + (v.packing === 'bulk' ? 0 : 120_000),
    lots: [1],
  },
  {
    path: ['Building materials', 'Insulation', 'Thermal insulation'],
    unit: 'M3',
    dims: {
      material: ['stone wool', 'glass wool', 'XPS', 'EPS', 'PIR'],
      thickness_mm: [20, 30, 50, 80, 100, 150, 200],
      density: ['light', 'medium', 'rigid'],
    },
    code: (v) => `INS-${up(v.material).slice(0, 4)}-${v.thickness_mm}-${up(v.density).slice(0, 2)}`,
    name: (v) => `Thermal insulation ${v.material} ${v.thickness_mm} mm, ${v.density}`,
    details: (v) =>
      `${v.material[0].toUpperCase()}${v.material.slice(1)} insulation boards ${v.thickness_mm} mm, ${v.density} density, for facades, roofs and floors.`,
    price: (v) => INSULATION_PRICE[v.material] + (v.density === 'rigid' ? 150_000 : 0),
    lots: [1],
  },
  {
    path: ['Building materials', 'Boards', 'Plasterboard'],
    unit: 'PIECE',
    dims: {
      type: ['standard', 'moisture resistant', 'fire resistant', 'impact resistant'],
      thickness_mm: [9.5, 12.5, 15],
      size_mm: ['1200x2500', '1200x3000'],
      brand: ['Knauf', 'Gyproc', 'Volma'],
    },
    code: (v) => `GKL-${up(v.type).slice(0, 3)}-${v.thickness_mm}-${v.size_mm.replace('x', 'X')}-${up(v.brand).slice(0, 3)}`,
    name: (v) => `Plasterboard ${v.brand} ${v.type}, ${v.thickness_mm} mm, ${v.size_mm} mm`,
    details: (v) =>
      `Gypsum plasterboard by ${v.brand}, ${v.type}, ${v.thickness_mm} mm, ${v.size_mm} mm, tapered edges, for partitions and ceilings.`,
    price: (v) => Math.round(n(v.thickness_mm) * 3_200 * (v.type === 'standard' ? 1 : 1.35)),
    lots: [50, 60],
  },
  {
    path: ['Building materials', 'Boards', 'Plywood and OSB'],
    unit: 'PIECE',
    dims: {
      type: ['birch plywood FK', 'birch plywood FSF', 'film faced plywood', 'OSB-3', 'OSB-2'],
      thickness_mm: [6, 9, 12, 15, 18, 21, 24],
      grade: ['I/II', 'II/III', 'III/IV', 'IV/IV'],
    },
    code: (v) => `PLY-${up(v.type)}-${v.thickness_mm}-${v.grade.replace('/', '-')}`,
    name: (v) => `${v.type.startsWith('OSB') ? 'Oriented strand board' : 'Plywood'} ${v.type}, ${v.thickness_mm} mm, grade ${v.grade}`,
    details: (v) =>
      `${v.type}, ${v.thickness_mm} mm, grade ${v.grade}, ${v.type.startsWith('OSB') ? '2500x1250' : '1525x1525'} mm sheets, for formwork, flooring and furniture.`,
    price: (v) => Math.round(n(v.thickness_mm) * (v.type.startsWith('OSB') ? 7_000 : 12_000)),
    lots: [10, 20, 40],
  },
  {
    path: ['Building materials', 'Timber', 'Sawn timber'],
    unit: 'M3',
    dims: {
      species: ['pine', 'spruce', 'larch'],
      section_mm: ['25x100', '25x150', '40x100', '40x150', '50x100', '50x150', '50x200', '100x100', '150x150'],
      length_m: [3, 4, 6],
      drying: ['kiln-dried', 'air-dried'],
    },
    code: (v) =>
      `TMB-${up(v.species).slice(0, 3)}-${v.section_mm.replace('x', 'X')}-${v.length_m}-${v.drying === 'kiln-dried' ? 'KD' : 'AD'}`,
    name: (v) => `Sawn timber ${v.species} ${v.section_mm} mm, ${v.length_m} m, ${v.drying}`,
    details: (v) => `Edged ${v.species} boards and beams ${v.section_mm} mm, ${v.length_m} m, ${v.drying}, grade 1-2 to GOST 8486-86.`,
    price: (v) => (v.species === 'larch' ? 3_600_000 : 2_100_000) + (v.drying === 'kiln-dried' ? 600_000 : 0),
    lots: [1],
  },
  // --- Plumbing ---------------------------------------------------------------
  {
    path: ['Plumbing', 'Pipes and fittings', 'PPR pipe'],
    unit: 'M',
    dims: {
      pressure: ['PN10', 'PN16', 'PN20', 'PN25 glass fibre'],
      diameter_mm: [20, 25, 32, 40, 50, 63, 75, 90, 110],
      brand: ['Rehau', 'Valtec', 'Pro Aqua'],
    },
    code: (v) => `PPR-${up(v.pressure)}-${v.diameter_mm}-${up(v.brand).slice(0, 3)}`,
    name: (v) => `Polypropylene pipe PPR ${v.pressure}, ${v.diameter_mm} mm, ${v.brand}`,
    details: (v) => `PP-R pipe ${v.diameter_mm} mm ${v.pressure} by ${v.brand} for hot and cold water supply and heating, 4 m lengths.`,
    price: (v) => Math.round(n(v.diameter_mm) * 600 * (v.pressure.includes('glass') ? 1.5 : 1)),
    lots: [4, 40],
  },
  {
    path: ['Plumbing', 'Pipes and fittings', 'PVC sewer pipe'],
    unit: 'PIECE',
    dims: { diameter_mm: [50, 110, 160, 200, 250, 315, 400], length_m: [0.5, 1, 2, 3, 6], use: ['indoor', 'outdoor'] },
    code: (v) => `PVC-${v.diameter_mm}-${v.length_m}-${v.use === 'indoor' ? 'IN' : 'OUT'}`,
    name: (v) => `PVC sewer pipe ${v.diameter_mm} mm, ${v.length_m} m, ${v.use}`,
    details: (v) =>
      `Socketed PVC sewer pipe ${v.diameter_mm} mm x ${v.length_m} m, ${v.use === 'indoor' ? 'grey, for internal drainage' : 'orange, SN4, for external sewers'}.`,
    price: (v) => Math.round(n(v.diameter_mm) * n(v.length_m) * 180),
    lots: [1, 5, 10],
  },
  {
    path: ['Plumbing', 'Valves', 'Ball valves'],
    unit: 'PIECE',
    dims: {
      type: ['full bore brass', 'reduced bore brass', 'stainless steel', 'flanged steel'],
      dn: [15, 20, 25, 32, 40, 50, 65, 80, 100],
      pn: ['PN16', 'PN25', 'PN40'],
    },
    code: (v) => `BV-${up(v.type).slice(0, 4)}-DN${v.dn}-${v.pn}`,
    name: (v) => `Ball valve ${v.type} DN${v.dn} ${v.pn}`,
    details: (v) => `Ball valve, ${v.type}, DN${v.dn}, ${v.pn}, lever handle, for water, oil and gas service.`,
    price: (v) => Math.round(n(v.dn) ** 1.6 * 120 * (v.type.includes('steel') ? 2.5 : 1)),
    lots: [1, 5, 10],
  },
  // --- Electrical ---------------------------------------------------------------
  {
    path: ['Electrical', 'Protection', 'Circuit breakers'],
    unit: 'PIECE',
    dims: {
      curve: ['B', 'C', 'D'],
      current_a: [6, 10, 16, 20, 25, 32, 40, 50, 63],
      poles: [1, 2, 3, 4],
      breaking_capacity: ['4.5 kA', '6 kA', '10 kA'],
      brand: ['IEK', 'EKF', 'Schneider Electric', 'ABB'],
    },
    code: (v) => `MCB-${up(v.brand).slice(0, 3)}-${v.poles}P-${v.curve}${v.current_a}-${v.breaking_capacity.replace(/[^0-9.]/g, '')}`,
    name: (v) => `Circuit breaker ${v.brand} ${v.poles}P ${v.curve}${v.current_a}, ${v.breaking_capacity}`,
    details: (v) =>
      `Miniature circuit breaker ${v.poles}-pole, curve ${v.curve}, ${v.current_a} A, breaking capacity ${v.breaking_capacity}, DIN rail, by ${v.brand}.`,
    price: (v) => Math.round((18_000 + n(v.current_a) * 300) * n(v.poles) * (['ABB', 'Schneider Electric'].includes(v.brand) ? 2.4 : 1)),
    lots: [1, 6, 12],
  },
  {
    path: ['Electrical', 'Lighting', 'LED luminaires'],
    unit: 'PIECE',
    dims: {
      type: ['LED panel', 'LED high bay', 'LED floodlight', 'LED street light'],
      power_w: [20, 30, 40, 50, 100, 150, 200],
      colour_temperature_k: [3000, 4000, 5000, 6500],
      protection: ['IP20', 'IP65'],
    },
    code: (v) => `LED-${up(v.type).slice(3, 7)}-${v.power_w}W-${v.colour_temperature_k}-${v.protection}`,
    name: (v) => `${v.type} ${v.power_w} W, ${v.colour_temperature_k} K, ${v.protection}`,
    details: (v) =>
      `${v.type} ${v.power_w} W, ${v.colour_temperature_k} K, ${v.protection}, 120 lm/W, 5 year warranty, for warehouses, workshops and yards.`,
    price: (v) => Math.round(n(v.power_w) * 2_500 + 40_000),
    lots: [1, 4, 10],
  },
];

function boltKind(standard: string): string {
  return (
    { 'DIN 933': 'Hex bolt', 'DIN 931': 'Hex bolt part thread', 'DIN 912': 'Socket head cap screw', 'DIN 603': 'Carriage bolt' }[
      standard
    ] ?? 'Bolt'
  );
}

function nutKind(standard: string): string {
  return { 'DIN 934': 'Hex nut', 'DIN 985': 'Nylon lock nut', 'DIN 6923': 'Flange nut', 'DIN 1587': 'Cap nut' }[standard] ?? 'Nut';
}

const SHARED_SENTENCES = {
  quality: [
    'Mill test certificate 3.1 with every batch.',
    'Certificate of conformity and quality passport supplied.',
    'Manufacturer warranty, documents in Russian and English.',
    'Batch traceability by heat number.',
    '',
  ],
  delivery: [
    'Delivery by truck or rail, loading at the warehouse within 24 hours.',
    'Cut to size and delivery to site on request.',
    'Pick-up from the warehouse or delivery by our own fleet.',
    'Ships on pallets, strapped and wrapped.',
    '',
  ],
};

/** Every combination of a family's attribute values, in a fixed order. */
function combinations(dims: Family['dims']): Values[] {
  let rows: Values[] = [{}];
  for (const [key, values] of Object.entries(dims)) {
    rows = rows.flatMap((row) => values.map((value) => ({ ...row, [key]: String(value) })));
  }
  return rows;
}

/** How many distinct products the generator can make: the ceiling for `size.products`. */
export function productCapacity(): number {
  return FAMILIES.reduce((sum, family) => sum + combinations(family.dims).length, 0);
}

function categoryTree(): BenchCategory[] {
  const categories: BenchCategory[] = [];
  const seen = new Set<string>();
  for (const family of FAMILIES) {
    family.path.forEach((name, depth) => {
      const key = family.path.slice(0, depth + 1).join(' / ');
      if (seen.has(key)) return;
      seen.add(key);
      categories.push({ key, name, parentKey: depth === 0 ? null : family.path.slice(0, depth).join(' / '), depth });
    });
  }
  return categories;
}

// ---------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------

/** The whole bench catalogue for a seed; the same seed and size give the same catalogue. */
export function generateCatalog(seed: number, size: CatalogSize = DEFAULT_SIZE): BenchCatalog {
  if (!Number.isSafeInteger(size.products) || size.products < 1) throw new Error('products must be a positive whole number');
  if (!Number.isSafeInteger(size.listings) || size.listings < size.products)
    throw new Error('listings must be at least the number of products');
  const random = new SeededRandom(seed);
  const categories = categoryTree();
  const sellers = benchSellers();
  const products = generateProducts(random, size.products);
  const listings = generateListings(random, products, sellers, size.listings);
  const reservations = generateReservations(random, listings);
  return { seed, categories, products, listings, reservations, sellers, buyer: BUYER };
}

function generateProducts(random: SeededRandom, count: number): BenchProduct[] {
  const capacity = productCapacity();
  if (count > capacity) throw new Error(`the generator makes at most ${capacity} distinct products, ${count} were asked for`);
  // Every family's combinations in a random order, then round-robin over the families so a
  // smaller catalogue still has every kind of product.
  const queues = FAMILIES.map((family) => ({ family, rows: random.shuffle(combinations(family.dims)) }));
  const products: BenchProduct[] = [];
  const codes = new Set<string>();
  while (products.length < count) {
    for (const queue of queues) {
      if (products.length >= count) break;
      const values = queue.rows.pop();
      if (!values) continue;
      const { family } = queue;
      const code = family.code(values);
      if (codes.has(code)) throw new Error(`duplicate product code ${code}`);
      codes.add(code);
      const sentences = [family.details(values, random), random.pick(SHARED_SENTENCES.quality), random.pick(SHARED_SENTENCES.delivery)];
      products.push({
        id: random.uuid(),
        code,
        name: family.name(values),
        description: sentences.filter(Boolean).join(' '),
        categoryKey: family.path.join(' / '),
        baseUnit: family.unit,
        attributes: values,
        status: random.chance(0.01) ? 'PROPOSED' : 'ACTIVE',
        listPriceMinor: Math.max(1, Math.round(family.price(values))),
        lotChoices: family.lots,
      });
    }
  }
  return products;
}

/** The (seller, region) pairs that may offer a product: sellers trading in its root category. */
function offerSlots(product: BenchProduct, sellers: BenchSeller[]): Array<[number, string]> {
  const root = product.categoryKey.split(' / ')[0];
  const slots: Array<[number, string]> = [];
  sellers.forEach((seller, index) => {
    if (seller.roots.includes(root)) for (const region of seller.regions) slots.push([index, region]);
  });
  return slots;
}

const CURRENCIES: ReadonlyArray<readonly [string, number]> = [
  ['RUB', 92],
  ['CNY', 4],
  ['USD', 2],
  ['EUR', 2],
];
/** Kopecks per minor unit of the currency, roughly. */
const KOPECKS_PER_MINOR: Record<string, number> = { RUB: 1, CNY: 12.5, USD: 90, EUR: 98 };

function generateListings(random: SeededRandom, products: BenchProduct[], sellers: BenchSeller[], count: number): BenchListing[] {
  const slots = products.map((product) => offerSlots(product, sellers));
  const capacity = slots.reduce((sum, productSlots) => sum + productSlots.length, 0);
  if (count > capacity)
    throw new Error(`these sellers can offer at most ${capacity} listings of ${products.length} products, ${count} were asked for`);

  // Every product gets one offer; the rest go by popularity (a long tail), never more than its slots.
  const offers = products.map(() => 1);
  const popularity = products.map(() => random.next() ** 3 + 0.02);
  const cumulative: number[] = [];
  popularity.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0);
  const total = cumulative[cumulative.length - 1];
  let remaining = count - products.length;
  let misses = 0;
  while (remaining > 0) {
    const point = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > point) high = middle;
      else low = middle + 1;
    }
    let index = low;
    if (offers[index] >= slots[index].length) {
      // Full: after many misses in a row, walk to the next product with room (always exists).
      if (++misses < 50) continue;
      while (offers[index] >= slots[index].length) index = (index + 1) % products.length;
    }
    misses = 0;
    offers[index] += 1;
    remaining -= 1;
  }

  const listings: BenchListing[] = [];
  products.forEach((product, productIndex) => {
    const chosen = random.shuffle([...slots[productIndex]]).slice(0, offers[productIndex]);
    for (const [sellerIndex, region] of chosen)
      listings.push(makeListing(random, product, productIndex, sellers[sellerIndex], sellerIndex, region));
  });
  return random.shuffle(listings);
}

function makeListing(
  random: SeededRandom,
  product: BenchProduct,
  productIndex: number,
  seller: BenchSeller,
  sellerIndex: number,
  region: string,
): BenchListing {
  const currency = random.weighted(CURRENCIES);
  const kopecks = (product.listPriceMinor * seller.priceLevel * (0.9 + random.next() * 0.2)) / 100;
  const unitPriceMinor = Math.max(1, Math.round(kopecks / KOPECKS_PER_MINOR[currency]));
  const lotMultiple = random.pick(product.lotChoices);
  const minimumOrderQuantity =
    lotMultiple *
    random.weighted<number>([
      [1, 5],
      [2, 3],
      [5, 2],
      [10, 1],
    ]);
  const priceBreaks: PriceBreak[] = [];
  let price = unitPriceMinor;
  for (const [multiple, discount] of [
    [5, 0.97],
    [20, 0.94],
    [50, 0.9],
  ] as const) {
    if (priceBreaks.length > 0 ? random.chance(0.5) : random.chance(0.7)) {
      price = Math.max(1, Math.min(price, Math.round(unitPriceMinor * discount)));
      priceBreaks.push({ fromQuantity: minimumOrderQuantity * multiple, unitPriceMinor: price });
    } else break;
  }
  const outOfStock = random.chance(0.12);
  const onHand = outOfStock ? 0 : minimumOrderQuantity * random.int(1, 200);
  return {
    id: random.uuid(),
    productIndex,
    sellerIndex,
    sellerSku: `${seller.skuPrefix}-${region
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase()}-${product.code}`,
    region,
    currency,
    unitPriceMinor,
    priceBreaks,
    minimumOrderQuantity,
    lotMultiple,
    leadTimeDays: outOfStock ? random.int(7, 45) : random.int(0, 10),
    onHand,
    status: random.weighted([
      ['ACTIVE', 96],
      ['PAUSED', 3],
      ['DRAFT', 1],
    ] as const),
  };
}

/** Stock held for asks and purchases on a few listings: mostly active, some expired or closed. */
function generateReservations(random: SeededRandom, listings: BenchListing[]): BenchReservation[] {
  const reservations: BenchReservation[] = [];
  listings.forEach((listing, listingIndex) => {
    if (listing.onHand === 0 || !random.chance(0.03)) return;
    const held = random.int(1, 3);
    let left = listing.onHand;
    for (let i = 0; i < held && left >= listing.lotMultiple; i++) {
      const lots = random.int(1, Math.max(1, Math.floor(left / listing.lotMultiple / 2)));
      const quantity = lots * listing.lotMultiple;
      left -= quantity;
      reservations.push({
        id: random.uuid(),
        listingIndex,
        quantity,
        status: random.weighted([
          ['ACTIVE', 80],
          ['RELEASED', 10],
          ['COMMITTED', 10],
        ] as const),
        expiresInHours: random.chance(0.1) ? -random.int(1, 48) : random.int(1, 72),
      });
    }
  });
  return reservations;
}
