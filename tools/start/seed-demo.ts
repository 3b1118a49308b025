// Demo data for `npm start`, created the way users create it: an operator through the
// operator:create path, companies through the GraphQL gateway, moderation by that operator,
// then the catalogue, the sellers' and the operator's pricing terms, a buyer's credit terms,
// and a few purchases in every status of the order lifecycle.
// Safe to run again: what already exists is left as it is (each part looks first).
// Usage: node tools/run-ts.mjs tools/start/seed-demo.ts <graphql-url>   (DATABASE_URL as for the services)
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

const PASSWORD = 'lotbook-demo-2026';
const OPERATOR_EMAIL = 'olga.operator@lotbook.example';

interface DemoCompany {
  legalName: string;
  tradingName: string;
  taxId: string;
  /** Registered address of the company's legal entity, the one its bids and orders are made in. */
  address: string;
  kind: 'BUYER' | 'SELLER' | 'BOTH';
  admin: string;
  staff: Array<{ email: string; roles: string[] }>;
  moderation: Array<{ action: string; reason: string }>;
}

// Fictional companies with valid (check-digit correct) Russian INNs.
const COMPANIES: DemoCompany[] = [
  {
    legalName: 'OOO Volga Construction Supply',
    tradingName: 'Volga Construction',
    taxId: '7701001012',
    address: 'Moscow, Prospekt Mira 12',
    kind: 'BUYER',
    admin: 'admin@volga-construction.example',
    staff: [
      { email: 'purchaser@volga-construction.example', roles: ['PURCHASER'] },
      { email: 'approver@volga-construction.example', roles: ['APPROVER'] },
      { email: 'accountant@volga-construction.example', roles: ['ACCOUNTANT'] },
    ],
    moderation: [{ action: 'APPROVE', reason: 'INN and legal name checked against the state register' }],
  },
  {
    legalName: 'AO Neva Shipyard Procurement',
    tradingName: 'Neva Shipyard',
    taxId: '7802002020',
    address: 'Saint Petersburg, Kozhevennaya Liniya 1',
    kind: 'BUYER',
    admin: 'admin@neva-shipyard.example',
    staff: [{ email: 'purchaser@neva-shipyard.example', roles: ['PURCHASER', 'APPROVER'] }],
    moderation: [{ action: 'APPROVE', reason: 'Registration documents verified by phone with the director' }],
  },
  {
    legalName: 'OOO Ural Steel Distribution',
    tradingName: 'Ural Steel',
    taxId: '6603003034',
    address: 'Yekaterinburg, Ulitsa Malysheva 51',
    kind: 'SELLER',
    admin: 'admin@ural-steel.example',
    staff: [{ email: 'sales@ural-steel.example', roles: ['SALES_MANAGER'] }],
    moderation: [{ action: 'APPROVE', reason: 'Distributor licence and INN verified' }],
  },
  {
    legalName: 'OOO Siberian Cable Works',
    tradingName: 'Siberian Cable',
    taxId: '5404004049',
    address: 'Novosibirsk, Ulitsa Bolshevistskaya 101',
    kind: 'BOTH',
    admin: 'admin@siberian-cable.example',
    staff: [{ email: 'sales@siberian-cable.example', roles: ['SALES_MANAGER'] }],
    moderation: [{ action: 'APPROVE', reason: 'Manufacturer; documents and site visit report on file' }],
  },
  {
    legalName: 'OOO Kama Metals Trading',
    tradingName: 'Kama Metals',
    taxId: '1650070078',
    address: 'Naberezhnye Chelny, Prospekt Mira 49',
    kind: 'SELLER',
    admin: 'admin@kama-metals.example',
    staff: [{ email: 'sales@kama-metals.example', roles: ['SALES_MANAGER'] }],
    moderation: [{ action: 'APPROVE', reason: 'Metals trading licence and INN verified' }],
  },
  {
    legalName: 'OOO Tatmet Surplus',
    tradingName: 'Tatmet Surplus',
    taxId: '1659090093',
    address: 'Kazan, Ulitsa Tukaya 58',
    kind: 'SELLER',
    admin: 'admin@tatmet-surplus.example',
    staff: [{ email: 'sales@tatmet-surplus.example', roles: ['SALES_MANAGER'] }],
    moderation: [{ action: 'APPROVE', reason: 'Stockist of surplus metal; INN and warehouse lease verified' }],
  },
  {
    legalName: 'OOO Moscow Region Packaging',
    tradingName: 'MR Packaging',
    taxId: '5005005058',
    address: 'Kazan, Ulitsa Baumana 7',
    kind: 'SELLER',
    admin: 'admin@mr-packaging.example',
    staff: [],
    moderation: [],
  },
  {
    legalName: 'OOO Kazan Fasteners',
    tradingName: 'Kazan Fasteners',
    taxId: '1606006066',
    address: 'Kazan, Ulitsa Baumana 7',
    kind: 'SELLER',
    admin: 'admin@kazan-fasteners.example',
    staff: [],
    moderation: [
      { action: 'APPROVE', reason: 'INN and legal name checked against the state register' },
      { action: 'SUSPEND', reason: 'Three buyer claims of short deliveries under review' },
    ],
  },
];

const url = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';

async function graphql<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function must<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await graphql<T>(query, variables, token);
  if (!result.data || result.errors?.length) throw new Error(`seed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The first operator comes from the operator:create command, as on a real installation. */
function ensureOperator(): void {
  const root = path.resolve(__dirname, '../..');
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'tools/run-ts.mjs'),
      'apps/counterparties/src/cli/create-operator.ts',
      '--email',
      OPERATOR_EMAIL,
      '--name',
      'Olga Operator',
    ],
    { cwd: root, env: { ...process.env, LOTBOOK_OPERATOR_PASSWORD: PASSWORD }, encoding: 'utf8' },
  );
  if (result.status !== 0 && !result.stderr.includes('already exists')) throw new Error(`seed: operator:create failed: ${result.stderr}`);
}

/** Access tokens by e-mail: each user signs in once per run (the gateway limits sign-ins per address). */
const tokens = new Map<string, string>();

async function signIn(email: string, operator = false): Promise<string> {
  const known = tokens.get(email);
  if (known) return known;
  const field = operator ? 'operatorSignIn' : 'signIn';
  const data = await must<Record<string, { accessToken: string }>>(
    `mutation ($email: String!, $password: String!) { ${field}(email: $email, password: $password) { accessToken } }`,
    { email, password: PASSWORD },
  );
  tokens.set(email, data[field].accessToken);
  return data[field].accessToken;
}

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/**
 * Like `must`, for a retry-safe call (a query, or a mutation with its idempotency key in
 * `variables`): orders and catalog learn that a company may trade from counterparties' events
 * a moment after its approval, and a busy machine may time a call out; both are tried again.
 */
async function mustSoon<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const result = await graphql<T>(query, variables, token);
    if (result.data && !result.errors?.length) return result.data;
    const code = result.errors?.[0]?.extensions?.code ?? '';
    const passing = [
      'COMPANY_NOT_APPROVED',
      'SERVICE_UNAVAILABLE',
      'OPERATION_TIMEOUT',
      'COUNTERPARTIES_UNAVAILABLE',
      'CATALOG_UNAVAILABLE',
    ];
    if (!passing.includes(code) || Date.now() > deadline) throw new Error(`seed: ${JSON.stringify(result.errors)}`);
    await sleep(500);
  }
}

/** The company's sign-ins, for the table printed at the end. */
function rowsOf(company: DemoCompany, rows: Array<[string, string, string]>): void {
  const status =
    company.moderation.length === 0 ? 'PENDING_REVIEW' : company.moderation.at(-1)?.action === 'SUSPEND' ? 'SUSPENDED' : 'APPROVED';
  rows.push([`${company.tradingName} (${company.kind}, ${status})`, company.admin, 'ADMIN']);
  for (const member of company.staff) rows.push(['', member.email, member.roles.join(', ')]);
}

/** Signs the user in if it exists (and may sign in), keeping the token; false when it cannot. */
async function signInIfThere(email: string): Promise<boolean> {
  const result = await graphql<{ signIn: { accessToken: string } }>(
    `
      mutation ($email: String!, $password: String!) {
        signIn(email: $email, password: $password) {
          accessToken
        }
      }
    `,
    { email, password: PASSWORD },
  );
  if (!result.data?.signIn) return false;
  tokens.set(email, result.data.signIn.accessToken);
  return true;
}

async function main(): Promise<void> {
  ensureOperator();
  const operatorToken = await signIn(OPERATOR_EMAIL, true);
  const rows: Array<[string, string, string]> = [['operator', OPERATOR_EMAIL, '(marketplace staff)']];

  for (const company of COMPANIES) {
    // A company whose admin can sign in is there already: registering it again would only spend the
    // gateway's allowance of registrations per address (20 in 10 minutes), and `npm start` may be run often.
    if (await signInIfThere(company.admin)) {
      rowsOf(company, rows);
      continue;
    }
    const registered = await graphql<{ registerCompany: { companyId: string } }>(
      `
        mutation ($input: RegisterCompanyInput!) {
          registerCompany(input: $input) {
            companyId
          }
        }
      `,
      {
        input: {
          legalName: company.legalName,
          tradingName: company.tradingName,
          country: 'RU',
          taxId: company.taxId,
          kind: company.kind,
          admin: { email: company.admin, password: PASSWORD, fullName: `${company.tradingName} Admin` },
        },
      },
    );
    // Seeded on an earlier start: the tax id is taken (a taken e-mail is answered as a success, to tell nobody it exists).
    const alreadyThere = registered.errors?.some((error) => error.extensions?.code === 'DUPLICATE_TAX_ID');
    if (!alreadyThere) {
      if (!registered.data) throw new Error(`seed: ${JSON.stringify(registered.errors)}`);
      const companyId = registered.data.registerCompany.companyId;
      const adminToken = await signIn(company.admin);
      await must(
        `mutation ($name: String!, $taxId: String!, $address: String!) { addLegalEntity(name: $name, taxId: $taxId, address: $address) { id } }`,
        { name: company.legalName, taxId: company.taxId, address: company.address },
        adminToken,
      );
      for (const member of company.staff) {
        const { inviteUser } = await must<{ inviteUser: { invitationToken: string } }>(
          `mutation ($email: String!, $roles: [CompanyRole!]!) { inviteUser(email: $email, roles: $roles) { invitationToken } }`,
          { email: member.email, roles: member.roles },
          adminToken,
        );
        await must(
          `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(invitationToken: $token, fullName: $name, password: $password) { userId } }`,
          { token: inviteUser.invitationToken, name: member.email.split('@')[0], password: PASSWORD },
        );
      }
      for (const step of company.moderation) {
        await must(
          `mutation ($companyId: ID!, $action: ModerationAction!, $reason: String!) { moderateCompany(companyId: $companyId, action: $action, reason: $reason) { status } }`,
          { companyId, ...step },
          operatorToken,
        );
      }
    }
    rowsOf(company, rows);
  }

  await seedCatalog(operatorToken);
  for (const reseller of RESELLERS) await seedResellerListings(reseller);
  await seedPricingTerms(operatorToken);
  await seedPurchases();

  console.log(`\nDemo sign-ins (every password: ${PASSWORD}); operators use operatorSignIn, company users signIn:`);
  for (const [company, email, roles] of rows) console.log(`  ${company.padEnd(38)} ${email.padEnd(42)} ${roles}`);
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

interface DemoProduct {
  code: string;
  name: string;
  description: string;
  category: string;
  baseUnit: string;
  attributes: Record<string, string>;
  /** Base list price per base unit, in kopecks. */
  price: number;
  moq: number;
  lot: number;
}

/** A B2B catalogue: steel, cables and packaging, a few hundred products in all. */
function demoProducts(): DemoProduct[] {
  const products: DemoProduct[] = [];
  for (const grade of ['S235', 'S275', 'S355', '09G2S']) {
    for (const thickness of [1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 25, 30]) {
      products.push({
        code: `HRS-${grade}-${thickness}`,
        name: `Hot-rolled steel sheet ${grade}, ${thickness} mm`,
        description: `Hot-rolled carbon steel sheet, grade ${grade}, ${thickness} mm thick, 1500 x 6000 mm`,
        category: 'Hot-rolled sheet',
        baseUnit: 'KG',
        attributes: { grade, thickness_mm: String(thickness) },
        price: Math.round(8_200 + thickness * 15 + (grade === 'S235' ? 0 : 450)),
        moq: 1_000,
        lot: 500,
      });
    }
  }
  for (const rebarClass of ['A500C', 'A240', 'A400']) {
    for (const diameter of [6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 32]) {
      products.push({
        code: `REBAR-${rebarClass}-${diameter}`,
        name: `Rebar ${rebarClass}, ${diameter} mm`,
        description: `${rebarClass === 'A240' ? 'Smooth' : 'Ribbed'} reinforcing bar, class ${rebarClass}, ${diameter} mm, 11.7 m lengths`,
        category: 'Rebar',
        baseUnit: 'T',
        attributes: { class: rebarClass, diameter_mm: String(diameter) },
        price: 6_450_000 - diameter * 5_000 + (rebarClass === 'A240' ? -150_000 : 0),
        moq: 5,
        lot: 1,
      });
    }
  }
  for (const cores of [1, 2, 3, 4, 5]) {
    for (const section of ['1.5', '2.5', '4', '6', '10', '16', '25', '35', '50', '70']) {
      products.push({
        code: `VVGNG-${cores}X${section}`,
        name: `Power cable VVGng-LS ${cores}x${section}`,
        description: `Copper power cable, ${cores} cores of ${section} mm2, flame retardant, low smoke`,
        category: 'Power cable',
        baseUnit: 'M',
        attributes: { cores: String(cores), section_mm2: section, conductor: 'copper' },
        price: Math.round(cores * Number(section) * 2_600 + 1_500),
        moq: 100,
        lot: 100,
      });
    }
  }
  for (const pairs of [1, 2, 3, 4, 5, 7, 10, 12, 14, 16, 19, 24]) {
    products.push({
      code: `KVVG-${pairs * 2}X1.5`,
      name: `Control cable KVVG ${pairs * 2}x1.5`,
      description: `Copper control cable, ${pairs * 2} cores of 1.5 mm2`,
      category: 'Control cable',
      baseUnit: 'M',
      attributes: { cores: String(pairs * 2), section_mm2: '1.5', conductor: 'copper' },
      price: 5_800 * pairs,
      moq: 200,
      lot: 100,
    });
  }
  for (const [size, flute] of [
    ['300x200x200', 'B'],
    ['400x300x300', 'C'],
    ['600x400x400', 'BC'],
    ['200x150x100', 'E'],
  ]) {
    products.push({
      code: `BOX-${size}-${flute}`,
      name: `Corrugated box ${size} mm, flute ${flute}`,
      description: `Regular slotted corrugated cardboard box, ${size} mm, flute ${flute}`,
      category: 'Boxes',
      baseUnit: 'PIECE',
      attributes: { size_mm: size, flute },
      price: 3_900 + size.length * 100,
      moq: 500,
      lot: 50,
    });
  }
  for (const micron of [17, 20, 23, 30]) {
    products.push({
      code: `STRETCH-${micron}-500`,
      name: `Stretch film ${micron} µm, 500 mm`,
      description: `Machine stretch film, ${micron} micron, 500 mm wide, 1500 m rolls`,
      category: 'Film',
      baseUnit: 'PIECE',
      attributes: { micron: String(micron), width_mm: '500' },
      price: 180_000 + micron * 3_000,
      moq: 12,
      lot: 6,
    });
  }
  return products;
}

/** Categories, products and two sellers' listings, with a contract price for one buyer. */
async function seedCatalog(operatorToken: string): Promise<void> {
  const existing = await must<{ categories: unknown[] }>('{ categories { id } }', {}, operatorToken);
  if (existing.categories.length > 0) return; // seeded on an earlier start
  const tree: Record<string, string[]> = {
    Steel: ['Hot-rolled sheet', 'Rebar'],
    Cables: ['Power cable', 'Control cable'],
    Packaging: ['Boxes', 'Film'],
  };
  const categoryIds: Record<string, string> = {};
  for (const [root, children] of Object.entries(tree)) {
    const CREATE = `mutation ($name: String!, $parentId: ID) { createCategory(name: $name, parentId: $parentId) { id } }`;
    categoryIds[root] = (await must<{ createCategory: { id: string } }>(CREATE, { name: root }, operatorToken)).createCategory.id;
    for (const child of children) {
      categoryIds[child] = (
        await must<{ createCategory: { id: string } }>(CREATE, { name: child, parentId: categoryIds[root] }, operatorToken)
      ).createCategory.id;
    }
  }

  const products = demoProducts();
  const productIds = new Map<string, string>();
  await inParallel(products, 8, async (product) => {
    const { createProduct } = await must<{ createProduct: { id: string } }>(
      `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
      {
        input: {
          code: product.code,
          name: product.name,
          description: product.description,
          categoryId: categoryIds[product.category],
          baseUnit: product.baseUnit,
          attributes: product.attributes,
        },
      },
      operatorToken,
    );
    productIds.set(product.code, createProduct.id);
  });

  const sellers = [
    { email: 'sales@ural-steel.example', categories: ['Hot-rolled sheet', 'Rebar'], region: 'Yekaterinburg', markup: 0, stock: 7 },
    {
      email: 'sales@siberian-cable.example',
      categories: ['Power cable', 'Control cable', 'Hot-rolled sheet'],
      region: 'Novosibirsk',
      markup: 4,
      stock: 3,
    },
  ];
  let listings = 0;
  for (const seller of sellers) {
    const token = await signIn(seller.email);
    const mine = products.filter((product) => seller.categories.includes(product.category));
    await inParallel(mine, 8, async (product) => {
      const price = Math.round((product.price * (100 + seller.markup)) / 100);
      await must(
        `mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`,
        {
          input: {
            productId: productIds.get(product.code),
            sellerSku: `${seller.region.slice(0, 3).toUpperCase()}-${product.code}`,
            region: seller.region,
            currency: 'RUB',
            unitPriceMinor: price,
            priceBreaks: [
              { fromQuantity: product.moq * 5, unitPriceMinor: Math.round(price * 0.96) },
              { fromQuantity: product.moq * 20, unitPriceMinor: Math.round(price * 0.92) },
            ],
            minimumOrderQuantity: product.moq,
            lotMultiple: product.lot,
            leadTimeDays: 2 + seller.stock,
            onHand: product.moq * 40 * seller.stock,
          },
        },
        token,
      );
      listings += 1;
    });
  }

  // Volga Construction buys steel from Ural Steel at 3 % off the whole Steel category.
  const volga = await must<{ myCompany: { id: string } }>('{ myCompany { id } }', {}, await signIn('admin@volga-construction.example'));
  await must(
    `mutation ($buyer: ID!, $category: ID!) { setContractPrice(buyerCompanyId: $buyer, categoryId: $category, percentOffBasisPoints: 300) { id } }`,
    { buyer: volga.myCompany.id, category: categoryIds.Steel },
    await signIn('sales@ural-steel.example'),
  );
  console.log(
    `Demo catalogue: ${Object.keys(categoryIds).length} categories, ${products.length} products, ${listings} listings, 1 contract price.`,
  );
}

// ---- orders: a third seller, pricing terms, credit terms, purchases in every status ----------

const SEARCH_LISTINGS = `query ($filter: ListingSearchFilter, $after: String) {
  searchListings(filter: $filter, first: 100, after: $after) {
    hits { productCode listing { id productId unitPriceMinor minimumOrderQuantity lotMultiple } }
    endCursor hasNextPage
  }
}`;

interface ListingFound {
  productCode: string;
  listing: { id: string; productId: string; unitPriceMinor: number; minimumOrderQuantity: number; lotMultiple: number };
}

interface OwnCompany {
  id: string;
  legalEntities: Array<{ id: string }>;
  commercialTerms: { currency: string } | null;
}

async function companyOf(email: string): Promise<OwnCompany> {
  return (
    await must<{ myCompany: OwnCompany }>(`{ myCompany { id legalEntities { id } commercialTerms { currency } } }`, {}, await signIn(email))
  ).myCompany;
}

/** Every listing on sale that matches `filter`, page by page, as the user signed in with `token` sees them. */
async function listingsOf(filter: Record<string, unknown>, token: string): Promise<ListingFound[]> {
  const found: ListingFound[] = [];
  let after: string | null = null;
  do {
    const page: { searchListings: { hits: ListingFound[]; endCursor: string | null; hasNextPage: boolean } } = await mustSoon(
      SEARCH_LISTINGS,
      { filter, after },
      token,
    );
    found.push(...page.searchListings.hits);
    after = page.searchListings.hasNextPage ? page.searchListings.endCursor : null;
  } while (after);
  return found;
}

/**
 * The sellers who list products Ural Steel lists too, found through Ural Steel's listings of them
 * (so this also runs on a database an older seed filled: it has the products, not these sellers).
 * Kama Metals, the third seller, lists rebar of classes A500C and A400 from its own warehouse at 2 %
 * under Ural Steel's list prices, with price breaks. Tatmet Surplus sells what is left over of
 * class A240 as it is, at 15 % under, with no price breaks and no returns (its terms below).
 */
const RESELLERS = [
  {
    email: 'sales@kama-metals.example',
    name: 'Kama Metals',
    products: /^REBAR-(A500C|A400)-/,
    priceFactor: 0.98,
    breaks: true,
    skuPrefix: 'KAM',
    region: 'Naberezhnye Chelny',
  },
  {
    email: 'sales@tatmet-surplus.example',
    name: 'Tatmet Surplus',
    products: /^REBAR-A240-/,
    priceFactor: 0.85,
    breaks: false,
    skuPrefix: 'TSR',
    region: 'Kazan',
  },
];

async function seedResellerListings(reseller: (typeof RESELLERS)[number]): Promise<void> {
  const token = await signIn(reseller.email);
  const own = await companyOf(reseller.email);
  if ((await listingsOf({ sellerCompanyId: own.id }, token)).length > 0) return; // seeded on an earlier start
  const ural = await companyOf('sales@ural-steel.example');
  const { categories } = await must<{ categories: Array<{ id: string; name: string }> }>('{ categories { id name } }', {}, token);
  const rebar = categories.find((category) => category.name === 'Rebar');
  if (!rebar) throw new Error('seed: the demo catalogue has no Rebar category');
  const offers = (await listingsOf({ sellerCompanyId: ural.id, categoryId: rebar.id, currency: 'RUB' }, token)).filter((hit) =>
    reseller.products.test(hit.productCode),
  );
  await inParallel(offers, 8, async ({ productCode, listing }) => {
    const price = Math.round(listing.unitPriceMinor * reseller.priceFactor);
    await mustSoon(
      `mutation ($input: ListingInput!, $key: String) { saveListing(input: $input, idempotencyKey: $key) { id } }`,
      {
        key: randomUUID(),
        input: {
          productId: listing.productId,
          sellerSku: `${reseller.skuPrefix}-${productCode}`,
          region: reseller.region,
          currency: 'RUB',
          unitPriceMinor: price,
          priceBreaks: reseller.breaks
            ? [
                { fromQuantity: listing.minimumOrderQuantity * 4, unitPriceMinor: Math.round(price * 0.97) },
                { fromQuantity: listing.minimumOrderQuantity * 10, unitPriceMinor: Math.round(price * 0.94) },
              ]
            : [],
          minimumOrderQuantity: listing.minimumOrderQuantity,
          lotMultiple: listing.lotMultiple,
          leadTimeDays: 3,
          onHand: listing.minimumOrderQuantity * 200,
        },
      },
      token,
    );
  });
  console.log(`Demo catalogue: ${reseller.name} lists ${offers.length} rebar products.`);
}

const RUB = (major: number) => major * 100;

/** Each seller's terms in roubles: Ural Steel and Kama Metals give a volume discount; every one has a shipping table. */
const SELLER_TERMS: Array<{ email: string; terms: Record<string, unknown> }> = [
  {
    email: 'sales@ural-steel.example',
    terms: {
      currency: 'RUB',
      volumeDiscount: { rateBp: 300, thresholdMinor: RUB(300_000) },
      shippingFees: [
        { region: 'Moscow', feeMinor: RUB(12_000) },
        { region: 'Saint Petersburg', feeMinor: RUB(15_000) },
        { region: 'Yekaterinburg', feeMinor: RUB(2_500) },
        { region: 'Kazan', feeMinor: RUB(9_000) },
        { region: 'Novosibirsk', feeMinor: RUB(11_000) },
      ],
      freeShippingFromNetMinor: RUB(1_500_000),
      returnWindowDays: 14,
      restockingRateBp: 1_000,
    },
  },
  {
    email: 'sales@siberian-cable.example',
    terms: {
      currency: 'RUB',
      shippingFees: [
        { region: 'Moscow', feeMinor: RUB(8_500) },
        { region: 'Saint Petersburg', feeMinor: RUB(9_500) },
        { region: 'Yekaterinburg', feeMinor: RUB(6_000) },
        { region: 'Kazan', feeMinor: RUB(7_000) },
        { region: 'Novosibirsk', feeMinor: RUB(1_500) },
      ],
      freeShippingFromNetMinor: RUB(250_000),
      returnWindowDays: 30,
      restockingRateBp: 500,
    },
  },
  {
    email: 'sales@kama-metals.example',
    terms: {
      currency: 'RUB',
      volumeDiscount: { rateBp: 200, thresholdMinor: RUB(150_000) },
      shippingFees: [
        { region: 'Moscow', feeMinor: RUB(6_000) },
        { region: 'Saint Petersburg', feeMinor: RUB(8_000) },
        { region: 'Yekaterinburg', feeMinor: RUB(5_000) },
        { region: 'Kazan', feeMinor: RUB(2_000) },
        { region: 'Novosibirsk', feeMinor: RUB(9_000) },
      ],
      returnWindowDays: 30,
      restockingRateBp: 0,
    },
  },
  {
    // Surplus sold as it is: no returns, so its delivered orders are COMPLETED at the next sweep.
    email: 'sales@tatmet-surplus.example',
    terms: {
      currency: 'RUB',
      shippingFees: [
        { region: 'Moscow', feeMinor: RUB(7_000) },
        { region: 'Saint Petersburg', feeMinor: RUB(9_000) },
        { region: 'Yekaterinburg', feeMinor: RUB(6_500) },
        { region: 'Kazan', feeMinor: RUB(1_500) },
        { region: 'Novosibirsk', feeMinor: RUB(10_000) },
      ],
      returnWindowDays: 0,
      restockingRateBp: 0,
    },
  },
];

/** The operator's commission per category (others pay the default 5 %). */
const COMMISSION_BP: Record<string, number> = { 'Hot-rolled sheet': 300, Rebar: 300, 'Power cable': 400, 'Control cable': 400 };

/**
 * The tables purchases are priced with: the operator's commission rates, the sellers' volume
 * discounts and shipping tables, and Volga Construction's credit terms (net 30 within
 * 100,000,000.00 RUB; a purchaser's purchase above 1,500,000.00 RUB waits for an approver).
 * Neva Shipyard gets none, so it pays in advance. Each is set only when nobody has set it yet.
 */
async function seedPricingTerms(operatorToken: string): Promise<void> {
  const { pricingTables } = await must<{ pricingTables: { categoryCommissions: unknown[] } }>(
    '{ pricingTables { categoryCommissions { categoryId } } }',
    {},
    operatorToken,
  );
  if (pricingTables.categoryCommissions.length === 0) {
    const { categories } = await must<{ categories: Array<{ id: string; name: string }> }>('{ categories { id name } }', {}, operatorToken);
    for (const category of categories.filter((candidate) => COMMISSION_BP[candidate.name] !== undefined)) {
      await must(
        `mutation ($categoryId: ID!, $rateBp: Int!) { setCommissionRate(categoryId: $categoryId, rateBp: $rateBp) { defaultCommissionRateBp } }`,
        { categoryId: category.id, rateBp: COMMISSION_BP[category.name] },
        operatorToken,
      );
    }
  }
  for (const { email, terms } of SELLER_TERMS) {
    const token = await signIn(email);
    const seller = await companyOf(email);
    const { sellerTerms } = await must<{ sellerTerms: { volumeDiscount: unknown; shippingFees: unknown[] } }>(
      `query ($seller: ID!) { sellerTerms(sellerCompanyId: $seller, currency: "RUB") { volumeDiscount { rateBp } shippingFees { region } } }`,
      { seller: seller.id },
      token,
    );
    if (sellerTerms.volumeDiscount !== null || sellerTerms.shippingFees.length > 0) continue;
    await must(`mutation ($input: SellerTermsInput!) { setSellerTerms(input: $input) { currency } }`, { input: terms }, token);
  }
  const volga = await companyOf('admin@volga-construction.example');
  if (volga.commercialTerms === null) {
    await must(
      `mutation ($company: ID!, $terms: CommercialTermsInput!) { setCommercialTerms(companyId: $company, terms: $terms) { id } }`,
      {
        company: volga.id,
        terms: { currency: 'RUB', creditLimitMinor: RUB(100_000_000), paymentTermDays: 30, approvalThresholdMinor: RUB(1_500_000) },
      },
      operatorToken,
    );
  }
}

type Seller = 'ural' | 'siberian' | 'kama' | 'tatmet';
/** What is done to a seller order after checkout, and the status it ends in. */
type Fate = 'PLACED' | 'CONFIRMED' | 'CONFIRMED_REFUSING_PART' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED_BY_BUYER' | 'REFUSED_BY_SELLER';

const SELLER_EMAIL: Record<Seller, string> = {
  ural: 'sales@ural-steel.example',
  siberian: 'sales@siberian-cable.example',
  kama: 'sales@kama-metals.example',
  tatmet: 'sales@tatmet-surplus.example',
};
const SKU_PREFIX: Record<Seller, string> = { ural: 'YEK', siberian: 'NOV', kama: 'KAM', tatmet: 'TSR' };

const BUYERS = {
  volga: { email: 'purchaser@volga-construction.example', region: 'Moscow', address: 'Moscow, Prospekt Mira 12, gate 3' },
  neva: { email: 'purchaser@neva-shipyard.example', region: 'Saint Petersburg', address: 'Saint Petersburg, Kozhevennaya Liniya 1' },
} as const;

interface DemoPurchase {
  buyer: keyof typeof BUYERS;
  /** Seller, product code, quantity in base units. */
  lines: Array<[Seller, string, number]>;
  /** What becomes of each seller's order. */
  fates: Partial<Record<Seller, Fate>>;
}

/**
 * Purchases whose seller orders end up in every status: two or so in each. The Volga purchaser's
 * go on net terms; the one above the approval threshold waits for an approver. Neva Shipyard has no
 * credit terms: its purchases wait for payment. None touches the sheet `npm run demo` trades.
 */
const PURCHASES: DemoPurchase[] = [
  {
    buyer: 'volga',
    lines: [
      ['ural', 'HRS-S235-8', 3_000],
      ['ural', 'REBAR-A500C-12', 6],
      ['siberian', 'VVGNG-3X2.5', 500],
      ['kama', 'REBAR-A500C-16', 8],
    ],
    fates: { ural: 'CONFIRMED_REFUSING_PART', siberian: 'SHIPPED', kama: 'DELIVERED' },
  },
  { buyer: 'volga', lines: [['siberian', 'KVVG-10X1.5', 1_000]], fates: { siberian: 'PLACED' } },
  {
    buyer: 'volga',
    lines: [
      ['kama', 'REBAR-A400-10', 5],
      ['ural', 'HRS-S355-6', 2_000],
    ],
    fates: { kama: 'DELIVERED', ural: 'CONFIRMED' },
  },
  {
    buyer: 'volga',
    lines: [
      ['ural', 'HRS-S355-16', 30_000],
      ['kama', 'REBAR-A500C-14', 10],
    ],
    fates: { ural: 'PLACED', kama: 'PLACED' },
  },
  {
    buyer: 'neva',
    lines: [
      ['siberian', 'VVGNG-4X16', 300],
      ['ural', 'HRS-S235-12', 2_000],
    ],
    fates: { siberian: 'PLACED', ural: 'PLACED' },
  },
  { buyer: 'volga', lines: [['ural', 'REBAR-A240-10', 5]], fates: { ural: 'CANCELLED_BY_BUYER' } },
  {
    buyer: 'volga',
    lines: [
      ['kama', 'REBAR-A500C-20', 6],
      ['siberian', 'VVGNG-2X4', 400],
    ],
    fates: { kama: 'PLACED', siberian: 'SHIPPED' },
  },
  { buyer: 'volga', lines: [['kama', 'REBAR-A500C-25', 5]], fates: { kama: 'REFUSED_BY_SELLER' } },
  // Delivered with no return window: the orders sweeper completes them within a sweep.
  {
    buyer: 'volga',
    lines: [
      ['tatmet', 'REBAR-A240-10', 5],
      ['siberian', 'KVVG-10X1.5', 1_000],
    ],
    fates: { tatmet: 'DELIVERED', siberian: 'CONFIRMED' },
  },
  { buyer: 'volga', lines: [['tatmet', 'REBAR-A240-10', 10]], fates: { tatmet: 'DELIVERED' } },
];

const ORDER = `id status sellerCompanyId lines { id sellerSku quantity }`;

interface PlacedOrder {
  id: string;
  status: string;
  sellerCompanyId: string;
  lines: Array<{ id: string; sellerSku: string; quantity: number }>;
}

/** A few purchases in every status, made and moved on by the demo users (only into a database without any). */
async function seedPurchases(): Promise<void> {
  const volgaToken = await signIn(BUYERS.volga.email);
  const { myPurchases } = await mustSoon<{ myPurchases: unknown[] }>('{ myPurchases(first: 1) { id } }', {}, volgaToken);
  if (myPurchases.length > 0) return; // seeded on an earlier start

  const sellerIds = {} as Record<Seller, string>;
  const listings = new Map<string, string>(); // seller SKU → listing id
  for (const seller of Object.keys(SELLER_EMAIL) as Seller[]) {
    sellerIds[seller] = (await companyOf(SELLER_EMAIL[seller])).id;
    for (const hit of await listingsOf({ sellerCompanyId: sellerIds[seller], currency: 'RUB' }, volgaToken)) {
      listings.set(`${SKU_PREFIX[seller]}-${hit.productCode}`, hit.listing.id);
    }
  }
  const sellerOf = Object.fromEntries(Object.entries(sellerIds).map(([seller, id]) => [id, seller as Seller]));

  const counts = new Map<string, number>();
  const completing: string[] = []; // delivered orders of a seller that takes no returns
  for (const [index, purchase] of PURCHASES.entries()) {
    const buyer = BUYERS[purchase.buyer];
    const token = await signIn(buyer.email);
    const legalEntityId = (await companyOf(buyer.email)).legalEntities[0]?.id;
    if (!legalEntityId) throw new Error(`seed: ${buyer.email}'s company has no legal entity`);
    await mustSoon('mutation ($key: String) { clearCart(idempotencyKey: $key) { companyId } }', { key: randomUUID() }, token);
    for (const [seller, productCode, quantity] of purchase.lines) {
      const listingId = listings.get(`${SKU_PREFIX[seller]}-${productCode}`);
      if (!listingId) throw new Error(`seed: ${seller} has no listing of ${productCode}`);
      await mustSoon(
        'mutation ($listingId: ID!, $quantity: Int!, $key: String) { addToCart(listingId: $listingId, quantity: $quantity, idempotencyKey: $key) { companyId } }',
        { listingId, quantity, key: randomUUID() },
        token,
      );
    }
    const { checkout } = await mustSoon<{ checkout: { orders: PlacedOrder[] } }>(
      `mutation ($input: CheckoutInput!) { checkout(input: $input) { orders { ${ORDER} } } }`,
      { input: { legalEntityId, deliveryRegion: buyer.region, deliveryAddress: buyer.address, idempotencyKey: randomUUID() } },
      token,
    );
    for (const order of checkout.orders) {
      const seller = sellerOf[order.sellerCompanyId];
      const fate = purchase.fates[seller] ?? 'PLACED';
      const status = await moveOn(order, fate, token, await signIn(SELLER_EMAIL[seller]), index);
      if (status === 'DELIVERED' && seller === 'tatmet') completing.push(order.id);
      else counts.set(status, (counts.get(status) ?? 0) + 1);
    }
  }
  // The orders sweeper completes a delivered order whose return window is closed (here: none) at its next sweep.
  const volga = await signIn(BUYERS.volga.email);
  for (const id of completing) {
    const status = await completed(id, volga);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const order = ['PENDING_APPROVAL', 'AWAITING_PAYMENT', 'PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED'];
  const summary = order.map((status) => `${counts.get(status) ?? 0} ${status}`).join(', ');
  console.log(
    `Demo purchases: ${PURCHASES.length} purchases, ${[...counts.values()].reduce((a, b) => a + b, 0)} seller orders (${summary}).`,
  );
}

/** The order's status once it is COMPLETED, or as it stands after a minute and a half (the sweeper runs every 30 s by default). */
async function completed(orderId: string, token: string): Promise<string> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { sellerOrder } = await mustSoon<{ sellerOrder: { status: string } }>(
      'query ($id: ID!) { sellerOrder(id: $id) { status } }',
      { id: orderId },
      token,
    );
    if (sellerOrder.status === 'COMPLETED' || Date.now() > deadline) return sellerOrder.status;
    await sleep(1_000);
  }
}

/** Takes a seller order from where checkout left it to its fate; returns the status it ends in. */
async function moveOn(order: PlacedOrder, fate: Fate, buyerToken: string, sellerToken: string, index: number): Promise<string> {
  const call = async (mutation: string, variables: Record<string, unknown>, token: string) =>
    Object.values(await mustSoon<Record<string, { status: string }>>(mutation, { ...variables, id: order.id, key: randomUUID() }, token))[0]
      .status;
  // A purchase waiting for an approver or for payment goes no further here.
  if (order.status !== 'PLACED' || fate === 'PLACED') return order.status;
  if (fate === 'CANCELLED_BY_BUYER') {
    return call(
      'mutation ($id: ID!, $key: String) { cancelSellerOrder(orderId: $id, reason: "Ordered twice: the site office placed the same order", idempotencyKey: $key) { status } }',
      {},
      buyerToken,
    );
  }
  const confirm =
    'mutation ($id: ID!, $refusals: [OrderLineQuantityInput!], $reason: String, $key: String) { confirmSellerOrder(orderId: $id, refusals: $refusals, reason: $reason, idempotencyKey: $key) { status } }';
  if (fate === 'REFUSED_BY_SELLER') {
    const refusals = order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity }));
    return call(confirm, { refusals, reason: 'This diameter is out of production until next month' }, sellerToken);
  }
  if (fate === 'CONFIRMED_REFUSING_PART') {
    // The last line loses one unit: what the seller cannot deliver.
    const line = order.lines[order.lines.length - 1];
    return call(
      confirm,
      { refusals: [{ lineId: line.id, quantity: 1 }], reason: `Only ${line.quantity - 1} on the shelf of ${line.sellerSku}` },
      sellerToken,
    );
  }
  let status = await call(confirm, { refusals: [], reason: null }, sellerToken);
  if (fate === 'CONFIRMED') return status;
  const carrier = index % 2 === 0 ? 'Delovye Linii' : 'PEK';
  status = await call(
    'mutation ($id: ID!, $carrier: String!, $tracking: String!, $key: String) { shipSellerOrder(orderId: $id, carrier: $carrier, trackingNumber: $tracking, idempotencyKey: $key) { status } }',
    { carrier, tracking: `${carrier === 'PEK' ? 'PEK' : 'DL'}-2026-${String(481_200 + index * 37).padStart(7, '0')}` },
    sellerToken,
  );
  if (fate === 'SHIPPED') return status;
  return call('mutation ($id: ID!, $key: String) { confirmDelivery(orderId: $id, idempotencyKey: $key) { status } }', {}, buyerToken);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
