// Demo data for `npm start`, created the way users create it: an operator through the
// operator:create path, companies through the GraphQL gateway, moderation by that operator.
// Safe to run again: what already exists is left as it is.
// Usage: node tools/run-ts.mjs tools/start/seed-demo.ts <graphql-url>   (DATABASE_URL as for the services)
import { spawnSync } from 'node:child_process';
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

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
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
    [path.join(root, 'tools/run-ts.mjs'), 'apps/counterparties/src/cli/create-operator.ts', '--email', OPERATOR_EMAIL, '--name', 'Olga Operator'],
    { cwd: root, env: { ...process.env, LOTBOOK_OPERATOR_PASSWORD: PASSWORD }, encoding: 'utf8' },
  );
  if (result.status !== 0 && !result.stderr.includes('already exists')) throw new Error(`seed: operator:create failed: ${result.stderr}`);
}

async function signIn(email: string, operator = false): Promise<string> {
  const field = operator ? 'operatorSignIn' : 'signIn';
  const data = await must<Record<string, { accessToken: string }>>(
    `mutation ($email: String!, $password: String!) { ${field}(email: $email, password: $password) { accessToken } }`,
    { email, password: PASSWORD },
  );
  return data[field].accessToken;
}

async function main(): Promise<void> {
  ensureOperator();
  const operatorToken = await signIn(OPERATOR_EMAIL, true);
  const rows: Array<[string, string, string]> = [['operator', OPERATOR_EMAIL, '(marketplace staff)']];

  for (const company of COMPANIES) {
    const registered = await graphql<{ registerCompany: { companyId: string } }>(
      `mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { companyId } }`,
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
    const alreadyThere = registered.errors?.some((error) => ['DUPLICATE_TAX_ID', 'EMAIL_TAKEN'].includes(error.extensions?.code ?? ''));
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
    const status = company.moderation.length === 0 ? 'PENDING_REVIEW' : company.moderation.at(-1)?.action === 'SUSPEND' ? 'SUSPENDED' : 'APPROVED';
    rows.push([`${company.tradingName} (${company.kind}, ${status})`, company.admin, 'ADMIN']);
    for (const member of company.staff) rows.push(['', member.email, member.roles.join(', ')]);
  }

  await seedCatalog(operatorToken);

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
      categoryIds[child] = (await must<{ createCategory: { id: string } }>(CREATE, { name: child, parentId: categoryIds[root] }, operatorToken)).createCategory.id;
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
    { email: 'sales@siberian-cable.example', categories: ['Power cable', 'Control cable', 'Hot-rolled sheet'], region: 'Novosibirsk', markup: 4, stock: 3 },
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
  console.log(`Demo catalogue: ${Object.keys(categoryIds).length} categories, ${products.length} products, ${listings} listings, 1 contract price.`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
