import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MarketplaceStack } from '@lotbook/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  accessibilityProblems,
  ensureChromium,
  ensureWebBuild,
  launchChromium,
  measureFirstLoad,
  organisationInn,
  type PageLoad,
} from './browser';

// The whole system as `npm start` runs it (the services this walk needs, the gateway serving
// the production build), on ports of its own and a throw-away database, driven in Debian's
// Chromium as people would use it. WEB_SCREENSHOTS=1 refreshes the README's pictures.
const PORT = 4470;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'marketplace-tests-2026';
const SCREENSHOTS = process.env.WEB_SCREENSHOTS === '1' ? path.resolve(__dirname, '../docs') : undefined;
const TOKEN_SECONDS = 20;

let stack: MarketplaceStack;
let browser: Browser;
const contexts: BrowserContext[] = [];
const loads: PageLoad[] = [];
let productName: string;
let rebarName: string;
let volgaId: string;
const suffix = String(Date.now()).slice(-6);
const newBuyer = {
  legalName: `OOO Kama Builders ${suffix}`,
  tradingName: `Kama Builders ${suffix}`,
  inn: organisationInn(`16${suffix}9`),
  email: `admin-${suffix}@kama.example`,
};

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Moscow' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => process.stdout.write(`[web e2e] page error: ${error.message}\n`));
  return page;
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

async function signIn(page: Page, email: string, { operator = false, password = PASSWORD } = {}): Promise<void> {
  if (!page.url().endsWith('/sign-in')) await page.goto(`${BASE}/sign-in`);
  if (operator) await page.getByText('Operator', { exact: true }).click();
  await page.getByRole('textbox', { name: /^E-mail/ }).fill(email);
  await page
    .getByLabel(/^Password/)
    .first()
    .fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

beforeAll(async () => {
  ensureChromium();
  ensureWebBuild();
  // Chromium starts while the stack boots; kept apart so afterAll closes it even if the stack fails.
  const launching = launchChromium().then((launched) => (browser = launched));
  stack = await MarketplaceStack.start({
    label: 'web',
    services: ['catalog', 'trading', 'orders', 'returns', 'settlements'],
    gatewayPort: PORT,
    password: PASSWORD,
    env: {
      // Short tokens, so the walk sees the app refresh its session; a lock reached in three tries.
      counterparties: {
        ACCESS_TOKEN_TTL_SECONDS: String(TOKEN_SECONDS),
        SIGN_IN_SLOW_AFTER: '2',
        SIGN_IN_LOCK_AFTER: '3',
        SIGN_IN_BASE_DELAY_MS: '5000',
      },
      // A person waits longer than a script: on a busy 2-core machine argon2 alone can take seconds.
      gateway: { RPC_TIMEOUT_MS: '30000' },
    },
  }).finally(() => launching.catch(() => undefined));
  await launching;
  stack.operator = stack.anonymous.as(await stack.signIn('ops@lotbook.example', true));
  const { client: seller } = await stack.approvedCompany(
    'Ural Steel',
    organisationInn(`66${suffix}3`),
    'SELLER',
    `sales-${suffix}@ural.example`,
  );
  await stack.approvedCompany('Kazan Fasteners', organisationInn(`77${suffix}1`), 'BUYER', `locked-${suffix}@kazan.example`);
  const { createCategory } = await stack.operator.data<{ createCategory: { id: string } }>(
    `mutation ($name: String!) { createCategory(name: $name) { id } }`,
    { name: `Hot-rolled sheet ${suffix}` },
  );
  productName = `Hot-rolled sheet S355 10 mm (${suffix})`;
  const { createProduct } = await stack.operator.data<{ createProduct: { id: string } }>(
    `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
    {
      input: {
        code: `HRS-S355-10-${suffix}`,
        name: productName,
        categoryId: createCategory.id,
        baseUnit: 'KG',
        attributes: { grade: 'S355' },
      },
    },
  );
  await seller.data(`mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`, {
    input: {
      sellerSku: 'EKB-S355-10',
      productId: createProduct.id,
      region: 'Yekaterinburg',
      currency: 'RUB',
      unitPriceMinor: 8_450,
      minimumOrderQuantity: 1_000,
      lotMultiple: 500,
      onHand: 50_000,
    },
  });

  // For the checkout: rebar sold by three sellers, and a buyer whose purchases above 100,000.00 RUB wait for an approver.
  rebarName = `Rebar A500C 12 mm (${suffix})`;
  const rebar = await stack.operator.data<{ createProduct: { id: string } }>(
    `mutation ($input: ProductInput!) { createProduct(input: $input) { id } }`,
    {
      input: { code: `RB-A500C-12-${suffix}`, name: rebarName, categoryId: createCategory.id, baseUnit: 'KG' },
    },
  );
  const { client: siberian } = await stack.approvedCompany(
    'Siberian Cable',
    organisationInn(`54${suffix}4`),
    'SELLER',
    `sales-${suffix}@siberian.example`,
  );
  const { client: kama } = await stack.approvedCompany(
    'Kama Metals',
    organisationInn(`18${suffix}2`),
    'SELLER',
    `sales-${suffix}@kama-metals.example`,
  );
  for (const [client, sku, region, price] of [
    [seller, 'EKB-RB12', 'Yekaterinburg', 6_100],
    [siberian, 'NSK-RB12', 'Novosibirsk', 6_250],
    [kama, 'KZN-RB12', 'Kazan', 6_400],
  ] as const) {
    await client.data(`mutation ($input: ListingInput!) { saveListing(input: $input) { id } }`, {
      input: {
        sellerSku: sku,
        productId: rebar.createProduct.id,
        region,
        currency: 'RUB',
        unitPriceMinor: price,
        minimumOrderQuantity: 1_000,
        lotMultiple: 500,
        onHand: 40_000,
      },
    });
  }
  const volgaInn = organisationInn(`77${suffix}5`);
  const volga = await stack.approvedCompany('Volga Construction', volgaInn, 'BUYER', `admin-${suffix}@volga.example`);
  volgaId = volga.companyId;
  await volga.client.data(
    `mutation ($taxId: String!) { addLegalEntity(name: "OOO Volga Construction", taxId: $taxId, address: "1 Volzhskaya St, Samara") { id } }`,
    { taxId: volgaInn },
  );
  await stack.operator.data(
    `mutation ($id: ID!, $terms: CommercialTermsInput!) { setCommercialTerms(companyId: $id, terms: $terms) { id } }`,
    {
      id: volga.companyId,
      terms: { currency: 'RUB', creditLimitMinor: 1_000_000_000, approvalThresholdMinor: 10_000_000, paymentTermDays: 30 },
    },
  );
  for (const [role, email] of [
    ['PURCHASER', `purchaser-${suffix}@volga.example`],
    ['APPROVER', `approver-${suffix}@volga.example`],
  ]) {
    const { inviteUser } = await volga.client.data<{ inviteUser: { invitationToken: string } }>(
      `mutation ($email: String!, $roles: [CompanyRole!]!) { inviteUser(email: $email, roles: $roles) { invitationToken } }`,
      { email, roles: [role] },
    );
    await stack.anonymous.data(
      `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(invitationToken: $token, fullName: $name, password: $password) { userId } }`,
      { token: inviteUser.invitationToken, name: `Volga ${role.toLowerCase()}`, password: PASSWORD },
    );
  }
}, 600_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await stack?.stop();
  if (loads.length > 0) process.stdout.write(`[web e2e] first loads: ${JSON.stringify(loads)}\n`);
});

// A person's pace on a busy 2-core machine: each step may wait on several services.
jest.setTimeout(120_000);

describe('the web app in a real browser', () => {
  let buyerPage: Page;
  let operatorPage: Page;
  let sellerPage: Page;
  let purchaserPage: Page;
  let returnUrl = '';
  let sellerRefreshes = 0;
  let sellerSignedInAt = 0;

  it('tells a person at sign-in, in words, a wrong password, too many tries and a locked account', async () => {
    const page = await newPage();
    loads.push(await measureFirstLoad(page, `${BASE}/`, page.getByRole('button', { name: 'Sign in' }), 'sign-in'));
    expect(await accessibilityProblems(page, 'sign-in')).toEqual([]);

    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter an e-mail address')).toBeVisibleSoon();

    const email = `locked-${suffix}@kazan.example`;
    await signIn(page, email, { password: 'not-the-password-1' });
    await expect(page.getByTestId('problem-alert')).toHaveTextSoon('The e-mail or the password is wrong');
    await signIn(page, email, { password: 'not-the-password-2' });
    await signIn(page, email, { password: 'not-the-password-3' });
    await expect(page.getByTestId('problem-alert')).toHaveTextSoon(/Too many failed attempts: wait \d+ s before trying again/);
    const wait = Number(/wait (\d+) s/.exec((await page.getByTestId('problem-alert').textContent()) ?? '')?.[1] ?? 5);
    await page.waitForTimeout(wait * 1000 + 500);
    await signIn(page, email, { password: 'not-the-password-4' });
    await signIn(page, email);
    await expect(page.getByTestId('problem-alert')).toHaveTextSoon(/Locked after too many failed attempts, until \d/);
    await screenshot(page, 'sign-in-locked');
    expect(page.url()).toBe(`${BASE}/sign-in`);
  });

  it('lets a new company register itself and tells its admin it waits for review', async () => {
    buyerPage = await newPage();
    await buyerPage.goto(`${BASE}/register`);
    await buyerPage.getByLabel(/^Legal name/).fill(newBuyer.legalName);
    await buyerPage.getByLabel(/^Trading name/).fill(newBuyer.tradingName);
    await buyerPage.getByLabel(/^Tax id/).fill(newBuyer.inn);
    await buyerPage.getByLabel(/^Full name/).fill('Kama Admin');
    await buyerPage.getByRole('textbox', { name: /^E-mail/ }).fill(newBuyer.email);
    await buyerPage
      .getByLabel(/^Password/)
      .first()
      .fill('short');
    await buyerPage.getByRole('button', { name: 'Register' }).click();
    // The API's WEAK_PASSWORD, shown at the password field.
    await expect(buyerPage.getByText(/Too weak: 12 to 128 characters/)).toBeVisibleSoon();
    await buyerPage
      .getByLabel(/^Password/)
      .first()
      .fill(PASSWORD);
    await buyerPage.getByRole('button', { name: 'Register' }).click();
    await expect(buyerPage.getByTestId('registered')).toBeVisibleSoon();

    await signIn(buyerPage, newBuyer.email);
    await expect(buyerPage.getByTestId('company-standing')).toHaveTextSoon(/Your company is waiting for review/);
  });

  it('shows the operator the new company with its INN verdict, and records the approval and its reason', async () => {
    operatorPage = await newPage();
    await signIn(operatorPage, 'ops@lotbook.example', { operator: true });
    await operatorPage.waitForURL(`${BASE}/operate`);
    loads.push(
      await measureFirstLoad(
        operatorPage,
        `${BASE}/operate`,
        operatorPage.getByRole('link', { name: newBuyer.legalName }),
        'operator: moderation queue',
      ),
    );
    expect(await accessibilityProblems(operatorPage, 'operator space')).toEqual([]);
    const row = operatorPage.getByRole('row').filter({ hasText: newBuyer.legalName });
    await expect(row.getByText(/INN of an organisation · check digits correct/i)).toBeVisibleSoon();
    await screenshot(operatorPage, 'operator-moderation-queue');

    await row.getByRole('link', { name: newBuyer.legalName }).click();
    await operatorPage.getByRole('button', { name: 'Approve', exact: true }).click();
    await operatorPage.getByRole('button', { name: 'Approve the company' }).click();
    await expect(operatorPage.getByText('Write down the reason')).toBeVisibleSoon();
    await operatorPage.getByLabel(/^Reason to Approve/).fill('INN and registration documents checked against the register');
    await operatorPage.getByRole('button', { name: 'Approve the company' }).click();
    await expect(operatorPage.getByTestId('company-status')).toHaveTextSoon('Approved');

    await operatorPage.getByRole('link', { name: 'Audit log' }).click();
    await expect(
      operatorPage.getByRole('row').filter({ hasText: suffix }).filter({ hasText: 'INN and registration documents checked' }),
    ).toBeVisibleSoon();
    await screenshot(operatorPage, 'operator-audit-log');
  });

  it('trades the new buyer’s bid with a seller’s ask while the seller watches the book, live', async () => {
    sellerPage = await newPage();
    sellerPage.on('request', (request) => {
      if (request.method() === 'POST' && (request.postData() ?? '').includes('RefreshSession')) sellerRefreshes += 1;
    });
    await signIn(sellerPage, `sales-${suffix}@ural.example`);
    await sellerPage.waitForURL(`${BASE}/sell`);
    sellerSignedInAt = Date.now();
    loads.push(
      await measureFirstLoad(sellerPage, `${BASE}/sell`, sellerPage.getByRole('cell', { name: 'EKB-S355-10' }), 'seller: listings'),
    );
    expect(await accessibilityProblems(sellerPage, 'seller space')).toEqual([]);
    await screenshot(sellerPage, 'seller-listings');

    await sellerPage.getByRole('link', { name: 'Asks and the book' }).click();
    await sellerPage.getByRole('combobox', { name: 'From listing' }).click();
    await sellerPage.getByRole('option', { name: /^EKB-S355-10 ·/ }).click();
    await sellerPage.getByLabel(/^Quantity, kg/).fill('2000');
    await sellerPage.getByLabel(/^Least you take per unit, RUB/).fill('83,90');
    await sellerPage.getByRole('button', { name: 'Place the ask' }).click();
    await expect(sellerPage.getByTestId('ask-placed')).toHaveTextSoon(/Open/);
    const asks = sellerPage.getByTestId('book-asks');
    await expect(asks.getByRole('row').filter({ hasText: 'RUB 83.90' }).filter({ hasText: '2,000 kg' })).toBeVisibleSoon();
    await sellerPage.evaluate(() => ((globalThis as unknown as { stillThisPage: boolean }).stillThisPage = true));
    await screenshot(sellerPage, 'seller-asks-and-book');

    // The buyer, approved meanwhile, finds the product and bids above the ask.
    await buyerPage.goto(`${BASE}/`);
    await buyerPage.waitForURL(`${BASE}/buy`);
    loads.push(await measureFirstLoad(buyerPage, `${BASE}/buy`, buyerPage.getByRole('link', { name: productName }), 'buyer: catalogue'));
    expect(await accessibilityProblems(buyerPage, 'buyer space')).toEqual([]);
    expect(await buyerPage.getByTestId('company-standing').count()).toBe(0);
    await buyerPage.getByLabel('Words').fill(suffix);
    await buyerPage.getByRole('button', { name: 'Search' }).click();
    await buyerPage.getByRole('link', { name: productName }).click();
    const offer = buyerPage.getByRole('row').filter({ hasText: 'Ural Steel' });
    await expect(offer.getByText('List price', { exact: true })).toBeVisibleSoon();
    await expect(offer.getByText('RUB 84.50').first()).toBeVisibleSoon();
    await expect(buyerPage.getByTestId('book-asks').getByRole('row').filter({ hasText: 'RUB 83.90' })).toBeVisibleSoon();
    await screenshot(buyerPage, 'buyer-product-offers-and-book');

    await buyerPage.getByLabel(/^Quantity, kg/).fill('2000');
    await buyerPage.getByLabel(/^Most you pay per unit, RUB/).fill('84.00');
    await buyerPage.getByRole('button', { name: 'Place the bid' }).click();
    await expect(buyerPage.getByTestId('bid-placed')).toHaveTextSoon(/Filled.*Traded 2,000 kg at RUB 83.90: RUB 167,800.00/s);

    // The seller's page, never reloaded, shows the ask gone from the book and the fill.
    await expect(asks.getByText('No orders')).toBeVisibleSoon();
    await expect(sellerPage.getByRole('row').filter({ hasText: 'Kama Builders' }).filter({ hasText: 'RUB 167,800.00' })).toBeVisibleSoon();
    expect(await sellerPage.evaluate(() => (globalThis as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
  });

  it('takes a purchaser’s cart from three sellers through the preview and an approver, and the seller confirms its order', async () => {
    const purchaser = (purchaserPage = await newPage());
    await signIn(purchaser, `purchaser-${suffix}@volga.example`);
    await purchaser.waitForURL(`${BASE}/buy`);
    await purchaser.getByLabel('Words').fill(`A500C ${suffix}`);
    await purchaser.getByRole('button', { name: 'Search' }).click();
    await purchaser.getByRole('link', { name: rebarName }).first().click();
    for (const seller of ['Ural Steel', 'Siberian Cable', 'Kama Metals']) {
      await purchaser.getByRole('button', { name: `Add ${seller}’s offer to the cart` }).click();
      await expect(purchaser.getByText(`Added to the cart: ${seller}`)).toBeVisibleSoon();
    }
    await purchaser.getByRole('link', { name: 'Cart', exact: true }).click();
    await purchaser.getByLabel('Delivery region').fill('Samara');
    const preview = purchaser.getByTestId('checkout-preview');
    await expect(preview.getByTestId('preview-order').nth(2)).toBeVisibleSoon();
    expect(await preview.getByTestId('preview-order').count()).toBe(3);
    await expect(preview.getByText(/Above your company’s approval threshold/)).toBeVisibleSoon();
    // 1,000 kg from each seller: 61,000.00 + 62,500.00 + 64,000.00, less the 3 % loyalty discount Lotbook funds; no shipping tables, so free.
    await expect(purchaser.getByTestId('checkout-total')).toHaveTextSoon('Total: RUB 181,875.00');
    expect(await accessibilityProblems(purchaser, 'cart and checkout preview')).toEqual([]);
    await screenshot(purchaser, 'buyer-checkout-preview', true);
    await purchaser.getByLabel(/^Delivery address/).fill('5 Lenina St, Samara');
    await purchaser.getByRole('button', { name: 'Place the order' }).click();
    await expect(purchaser.getByTestId('checkout-placed')).toHaveTextSoon('it waits for an approver');
    await purchaser.getByRole('link', { name: 'Purchases', exact: true }).click();
    await expect(purchaser.getByTestId('approval-status').first()).toHaveTextSoon('Waiting for approval');

    const approver = await newPage();
    await signIn(approver, `approver-${suffix}@volga.example`);
    await approver.getByRole('link', { name: 'Purchases', exact: true }).click();
    const waiting = approver.getByTestId('purchase').first();
    await waiting.getByLabel(/^Reason/).fill('Within the quarter’s rebar budget');
    await waiting.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(approver.getByText('Purchase approved')).toBeVisibleSoon();

    // The purchaser's page, never reloaded, shows the approval and every seller order placed.
    const purchase = purchaser.getByTestId('purchase').first();
    await expect(purchase.getByTestId('approval-status')).toHaveTextSoon('Approved', 30_000);
    await expect(purchase.getByTestId('order-status').nth(2)).toHaveTextSoon('Placed');
    expect(await purchase.getByTestId('order-status').allTextContents()).toEqual(['Placed', 'Placed', 'Placed']);

    await sellerPage.getByRole('link', { name: 'Orders', exact: true }).click();
    const order = sellerPage.getByTestId('seller-order').filter({ hasText: 'Volga Construction' }).first();
    await order.getByRole('button', { name: 'Confirm', exact: true }).click();
    await order.getByRole('button', { name: 'Confirm the order' }).click();
    await expect(sellerPage.getByText('Order confirmed')).toBeVisibleSoon();
    expect(await accessibilityProblems(sellerPage, 'seller orders')).toEqual([]);
    await expect(purchase.getByTestId('order-status').filter({ hasText: 'Confirmed' })).toBeVisibleSoon(30_000);
    await screenshot(purchaser, 'buyer-purchases');
  });

  it('lets the purchaser return part of a delivered order, quoted before filing, and the seller accept and receive it', async () => {
    // The seller ships the order it confirmed; the purchaser, on the page left open, confirms it arrived.
    await sellerPage.getByRole('link', { name: 'Orders', exact: true }).click();
    const order = sellerPage.getByTestId('seller-order').filter({ hasText: 'Volga Construction' }).first();
    await order.getByRole('button', { name: 'Ship', exact: true }).click();
    await order.getByLabel(/^Carrier/).fill('PEK');
    await order.getByLabel(/^Tracking number/).fill(`PEK-${suffix}`);
    await order.getByRole('button', { name: 'Mark as shipped' }).click();
    await expect(sellerPage.getByText('Order shipped')).toBeVisibleSoon();

    const purchase = purchaserPage.getByTestId('purchase').first();
    const uralRow = purchase.getByRole('row').filter({ hasText: 'Ural Steel' });
    await expect(uralRow.getByTestId('order-status')).toHaveTextSoon('Shipped', 30_000);
    await uralRow.getByRole('button', { name: 'Confirm delivery' }).click();
    await expect(purchaserPage.getByText('Delivery confirmed: the return window is open')).toBeVisibleSoon();
    await expect(uralRow.getByTestId('order-status')).toHaveTextSoon('Delivered');
    await purchase.getByRole('link', { name: 'Return items of this purchase' }).click();
    await purchaserPage.waitForURL(/\/buy\/purchases\/[^/]+\/return$/);
    returnUrl = purchaserPage.url();

    // Returns learns of the delivery from orders' events: until then the line has nothing returnable.
    const line = purchaserPage.getByTestId('return-line').filter({ hasText: 'EKB-RB12' });
    const quantity = line.getByRole('textbox', { name: `Quantity of ${rebarName} to return, kg` });
    await expect(line.getByText(/^1,000\skg$/).first()).toBeVisibleSoon();
    for (let tries = 0; tries < 30 && !(await quantity.isEnabled()); tries += 1) {
      await purchaserPage.waitForTimeout(1_000);
      await purchaserPage.reload();
    }
    expect(await purchaserPage.getByTestId('return-line').count()).toBe(3);

    // Asking for more than was delivered is refused at the line, in words, before any quote.
    await quantity.fill('1500');
    await purchaserPage.getByRole('button', { name: 'Quote the return' }).click();
    await expect(line.getByText('More than was delivered less what was returned already')).toBeVisibleSoon();
    await expect(line.getByText('Say why this line goes back')).toBeVisibleSoon();

    // 300 kg of the 1,000 delivered, defective: the quote says per item what comes back and who pays it.
    await quantity.fill('300');
    await line.getByRole('combobox', { name: `Reason to return ${rebarName}` }).click();
    await purchaserPage.getByRole('option', { name: 'Defective' }).click();
    await line.getByLabel(`Comment on ${rebarName}`).fill('Cracks along the ribs');
    expect(await purchaserPage.getByRole('button', { name: 'File the return' }).count()).toBe(0);
    await purchaserPage.getByRole('button', { name: 'Quote the return' }).click();
    const quote = purchaserPage.getByTestId('return-quote');
    const item = quote.getByTestId('quote-item').filter({ hasText: rebarName });
    await expect(item.getByText(/^300\skg$/)).toBeVisibleSoon();
    await expect(item.getByText('Seller', { exact: true })).toBeVisibleSoon();
    await expect(quote.getByTestId('quote-refund')).toHaveTextSoon(/^RUB [\d,]+\.\d\d$/);
    const refund = ((await quote.getByTestId('quote-refund').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    process.stdout.write(`[web e2e] return quote: 300 kg of rebar back, refund ${refund}\n`);
    expect(await accessibilityProblems(purchaserPage, 'buyer: return quote')).toEqual([]);
    await screenshot(purchaserPage, 'buyer-return-quote', true);

    // Changing a quantity makes the quote stale: filing waits for a new one.
    await quantity.fill('250');
    await expect(purchaserPage.getByText(/The items changed since this quote/)).toBeVisibleSoon();
    expect(await purchaserPage.getByRole('button', { name: 'File the return' }).isDisabled()).toBe(true);
    await quantity.fill('300');
    await purchaserPage.getByRole('button', { name: 'Quote the return' }).click();
    await expect(quote.getByTestId('quote-refund')).toHaveTextSoon(refund);
    await purchaserPage.getByRole('button', { name: 'File the return' }).click();
    await expect(purchaserPage.getByTestId('return-filed')).toBeVisibleSoon();
    await expect(purchaserPage.getByTestId('purchase-return').getByTestId('return-status')).toHaveTextSoon('Requested');
    await expect(line.getByTestId('returnable')).toHaveTextSoon('700 kg');

    // The seller accepts its part and confirms the parcel arrived: Lotbook refunds the buyer at once.
    await sellerPage.getByRole('link', { name: 'Returns', exact: true }).click();
    const sellerReturn = sellerPage.getByTestId('seller-return').filter({ hasText: 'Volga Construction' }).first();
    await expect(sellerReturn.getByText('Cracks along the ribs')).toBeVisibleSoon();
    await expect(sellerReturn.getByTestId('seller-return-figures')).toHaveTextSoon(`The buyer gets back ${refund}`);
    expect(await accessibilityProblems(sellerPage, 'seller: returns')).toEqual([]);
    await sellerReturn.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(sellerPage.getByText('Return accepted: the buyer sends the parcel')).toBeVisibleSoon();
    await expect(sellerReturn.getByTestId('return-status')).toHaveTextSoon('Accepted');
    await screenshot(sellerPage, 'seller-returns');
    await sellerReturn.getByRole('button', { name: 'Confirm the parcel arrived' }).click();
    await expect(sellerPage.getByText('Receipt confirmed: the buyer is refunded')).toBeVisibleSoon();
    await sellerPage.getByRole('combobox', { name: 'Show' }).click();
    await sellerPage.getByRole('option', { name: 'All', exact: true }).click();
    await expect(
      sellerPage.getByTestId('seller-return').filter({ hasText: 'Volga Construction' }).first().getByTestId('return-status'),
    ).toHaveTextSoon('Refunded');

    // The purchaser follows it to the refund, every step listed.
    await purchaserPage.getByRole('link', { name: 'Returns', exact: true }).click();
    await purchaserPage.locator('main label').filter({ hasText: /^All$/ }).click();
    const followed = purchaserPage.getByTestId('buyer-return').first();
    await expect(followed.getByTestId('return-status')).toHaveTextSoon('Refunded');
    await expect(followed.getByTestId('return-refund')).toHaveTextSoon(`Refunded ${refund}`);
    await expect(followed.getByTestId('return-history')).toHaveTextSoon(/Filed.*Accepted.*Receipt confirmed/s);
    expect(await accessibilityProblems(purchaserPage, 'buyer: returns')).toEqual([]);
    await screenshot(purchaserPage, 'buyer-returns');
  });

  it('shows the buyer’s invoices and the seller’s statement and payouts, each page passing axe', async () => {
    await purchaserPage.getByRole('link', { name: 'Invoices', exact: true }).click();
    await expect(purchaserPage.getByRole('heading', { name: 'Invoices' })).toBeVisibleSoon();
    await purchaserPage.getByRole('combobox', { name: 'Show' }).click();
    await purchaserPage.getByRole('option', { name: 'All', exact: true }).click();
    await expect(purchaserPage.getByRole('table', { name: 'Invoices' })).toBeVisibleSoon();
    expect(await accessibilityProblems(purchaserPage, 'buyer: invoices')).toEqual([]);
    await screenshot(purchaserPage, 'buyer-invoices');

    await sellerPage.getByRole('link', { name: 'Statements', exact: true }).click();
    await expect(sellerPage.getByTestId('statement-figures').locator('[data-figure=closing]')).toHaveTextSoon(/RUB/);
    // axe once the lines are in (mantine-datatable's faded empty state is not what a person reads).
    await expect(
      sellerPage.getByRole('table', { name: 'Lines of the statement' }).getByRole('cell', { name: 'Sale', exact: true }),
    ).toBeVisibleSoon();
    expect(await accessibilityProblems(sellerPage, 'seller: statement')).toEqual([]);
    await screenshot(sellerPage, 'seller-statement');
    await sellerPage.getByRole('link', { name: 'Payouts', exact: true }).click();
    await expect(sellerPage.getByText(/You are paid out every \d+ days/)).toBeVisibleSoon();
    expect(await accessibilityProblems(sellerPage, 'seller: payouts')).toEqual([]);
  });

  it('gives the operator the trial balance, any account’s entries, return disputes, a company’s commercial terms and a statement import', async () => {
    await operatorPage.getByRole('link', { name: 'Ledger', exact: true }).click();
    const rub = operatorPage.getByTestId('trial-balance').filter({ hasText: 'RUB' });
    await expect(rub.getByTestId('trial-balance-net')).toHaveTextSoon('Balanced: debits equal credits');
    await operatorPage
      .getByRole('button', { name: /^BUYER_RECEIVABLE\/RUB\// })
      .first()
      .click();
    await expect(operatorPage.getByTestId('account-entries').getByText('Order delivered').first()).toBeVisibleSoon();
    expect(await accessibilityProblems(operatorPage, 'operator: ledger')).toEqual([]);
    await screenshot(operatorPage, 'operator-ledger');

    // A second return, of a wrong item: the seller disputes it, the operator decides it was a change of mind.
    await purchaserPage.goto(returnUrl);
    const line = purchaserPage.getByTestId('return-line').filter({ hasText: 'EKB-RB12' });
    await line.getByRole('textbox', { name: `Quantity of ${rebarName} to return, kg` }).fill('100');
    await line.getByRole('combobox', { name: `Reason to return ${rebarName}` }).click();
    await purchaserPage.getByRole('option', { name: 'Wrong item sent' }).click();
    await purchaserPage.getByRole('button', { name: 'Quote the return' }).click();
    await expect(purchaserPage.getByTestId('quote-item').getByText(/^100\skg$/)).toBeVisibleSoon();
    await purchaserPage.getByRole('button', { name: 'File the return' }).click();
    await expect(purchaserPage.getByTestId('return-filed')).toBeVisibleSoon();

    await sellerPage.getByRole('link', { name: 'Returns', exact: true }).click();
    const wrongItem = sellerPage.getByTestId('seller-return').filter({ hasText: 'Wrong item sent' }).first();
    await wrongItem.getByRole('button', { name: 'Dispute', exact: true }).click();
    await wrongItem.getByRole('button', { name: 'Send the dispute' }).click();
    await expect(wrongItem.getByText('Write a note of 10 to 2,000 characters')).toBeVisibleSoon();
    await wrongItem.getByLabel(/^Why you dispute it/).fill('The heat number on the bars matches our shipping note');
    await wrongItem.getByRole('button', { name: 'Send the dispute' }).click();
    await expect(sellerPage.getByText('Return disputed: an operator decides')).toBeVisibleSoon();

    await operatorPage.getByRole('link', { name: 'Return disputes', exact: true }).click();
    const dispute = operatorPage.getByTestId('operator-return').filter({ hasText: 'The heat number on the bars' }).first();
    await expect(dispute.getByTestId('return-status')).toHaveTextSoon('Disputed');
    expect(await accessibilityProblems(operatorPage, 'operator: return disputes')).toEqual([]);
    await dispute.getByRole('combobox', { name: /^Reason of / }).click();
    await operatorPage.getByRole('option', { name: 'Changed my mind' }).click();
    await dispute.getByLabel(/^The decision and why/).fill('Photos show the ordered grade; the buyer changed its mind');
    await screenshot(operatorPage, 'operator-return-dispute', true);
    await dispute.getByRole('button', { name: 'Decide: accept the return' }).click();
    await expect(operatorPage.getByText('Dispute decided: the return is accepted')).toBeVisibleSoon();
    await operatorPage.getByRole('combobox', { name: 'Show' }).click();
    await operatorPage.getByRole('option', { name: 'Decided and later' }).click();
    const decided = operatorPage.getByTestId('operator-return').filter({ hasText: 'Photos show the ordered grade' }).first();
    await expect(decided.getByText('The figures as filed')).toBeVisibleSoon();
    await expect(decided.getByText(/Changed my mind.*filed as: Wrong item sent/)).toBeVisibleSoon();

    await operatorPage.goto(`${BASE}/operate/companies/${volgaId}`);
    await expect(operatorPage.getByText('RUB 10,000,000.00')).toBeVisibleSoon();
    await operatorPage.getByLabel(/^Credit limit, RUB/).fill('1 500 000,005');
    await operatorPage.getByLabel(/^Payment term, days/).fill('30');
    await operatorPage.getByRole('button', { name: 'Assign me' }).click();
    await operatorPage.getByRole('button', { name: 'Save the terms' }).click();
    await expect(operatorPage.getByText('More decimals than the currency has')).toBeVisibleSoon();
    await operatorPage.getByLabel(/^Credit limit, RUB/).fill('1 500 000,00');
    await operatorPage.getByRole('button', { name: 'Save the terms' }).click();
    await expect(operatorPage.getByText('Terms saved')).toBeVisibleSoon();
    await expect(operatorPage.getByText('RUB 1,500,000.00')).toBeVisibleSoon();
    await expect(operatorPage.getByText('Oleg Operator')).toBeVisibleSoon();
    expect(await accessibilityProblems(operatorPage, 'operator: company terms')).toEqual([]);

    // A bank statement whose rows match nothing: the import records nothing and says why, row by row.
    await operatorPage.getByRole('link', { name: 'Bank statements', exact: true }).click();
    await operatorPage
      .getByLabel(/^Paste the statement/)
      .fill(
        'date,amount,currency,invoice_number,payer_tax_id,reference\n' +
          `2026-12-01,100.00,RUB,NO-SUCH-${suffix},7707083893,E2E-${suffix}-1\n` +
          `1 December,100.00,RUB,NO-SUCH-${suffix},7707083893,E2E-${suffix}-2`,
      );
    await operatorPage.getByRole('button', { name: 'Import the statement' }).click();
    await expect(operatorPage.getByTestId('bank-statement-counts')).toHaveTextSoon(
      'Rows matched: 0 (payments recorded now: 0); refused: 2.',
    );
    const report = operatorPage.getByRole('table', { name: 'What became of each row of the statement' });
    await expect(report.locator('[data-outcome=UNKNOWN_INVOICE]').getByText('No such invoice')).toBeVisibleSoon();
    await expect(report.locator('[data-outcome=INVALID_DATE]').getByText('Not a date written YYYY-MM-DD')).toBeVisibleSoon();
    expect(await accessibilityProblems(operatorPage, 'operator: bank statement')).toEqual([]);
  });

  it('adds a pasted list to the cart with a report per row, and an approver approves a purchaser’s waiting bid', async () => {
    await purchaserPage.getByRole('link', { name: 'Quick order', exact: true }).click();
    await purchaserPage.getByRole('button', { name: 'Add to the cart' }).click();
    await expect(purchaserPage.getByText('Paste a list or choose a file first')).toBeVisibleSoon();
    await purchaserPage
      .getByLabel('Paste a list')
      .fill(['sku,quantity', 'EKB-RB12, 1000', 'NO-SUCH-SKU-1, 5', 'KZN-RB12; 700', 'EKB-RB12, lots'].join('\n'));
    await purchaserPage.getByRole('button', { name: 'Add to the cart' }).click();
    const report = purchaserPage.getByTestId('quick-order-report');
    await expect(report.getByTestId('quick-order-counts')).toHaveTextSoon('Lines added to the cart: 1; refused: 3.');
    await expect(report.getByRole('row').filter({ hasText: 'NO-SUCH-SKU-1' }).getByText('No such listing')).toBeVisibleSoon();
    await expect(report.getByRole('row').filter({ hasText: 'KZN-RB12' }).getByText('Below the minimum order quantity')).toBeVisibleSoon();
    await expect(
      report
        .getByRole('row')
        .filter({ hasText: 'Refused' })
        .getByText(/^Not a row of a SKU/),
    ).toBeVisibleSoon();
    expect(await accessibilityProblems(purchaserPage, 'buyer: quick order')).toEqual([]);

    // 2,000 kg at up to RUB 84.00 is worth more than the company's approval threshold: the bid waits.
    await purchaserPage.getByRole('link', { name: 'Catalogue', exact: true }).click();
    await purchaserPage.getByLabel('Words').fill(suffix);
    await purchaserPage.getByRole('button', { name: 'Search' }).click();
    await purchaserPage.getByRole('link', { name: productName }).first().click();
    await purchaserPage.getByLabel(/^Quantity, kg/).fill('2000');
    await purchaserPage.getByLabel(/^Most you pay per unit, RUB/).fill('84.00');
    await purchaserPage.getByRole('button', { name: 'Place the bid' }).click();
    await expect(purchaserPage.getByText(/waits for an approver of your company/)).toBeVisibleSoon();

    const approver = await newPage();
    await signIn(approver, `approver-${suffix}@volga.example`);
    await approver.getByRole('link', { name: 'Bids and trades', exact: true }).click();
    const waiting = approver.getByTestId('bid-request').filter({ hasText: productName }).first();
    await expect(waiting.getByTestId('bid-request-status')).toHaveTextSoon('Waiting for approval');
    await expect(waiting.getByText(/at most RUB\s84\.00 per unit, up to RUB\s168,000\.00/)).toBeVisibleSoon();
    expect(await accessibilityProblems(approver, 'buyer: bids waiting for approval')).toEqual([]);
    await waiting.getByRole('button', { name: 'Reject the bid' }).click();
    await expect(waiting.getByText('Write down the reason')).toBeVisibleSoon();
    await waiting.getByLabel(/^Reason/).fill('Within the month’s steel budget');
    await waiting.getByRole('button', { name: 'Approve the bid' }).click();
    await expect(approver.getByText('Bid approved: it is in the book')).toBeVisibleSoon();
    await approver.locator('main label').filter({ hasText: /^All$/ }).first().click();
    await expect(
      approver.getByTestId('bid-request').filter({ hasText: productName }).first().getByTestId('bid-request-status'),
    ).toHaveTextSoon('Placed');
  });

  it('reports a seller’s CSV upload row by row, with the rejected rows’ problems in words', async () => {
    await sellerPage.getByRole('link', { name: 'CSV uploads' }).click();
    const csv = [
      'sku,product_code,region,currency,unit_price,minimum_order_quantity,lot_multiple,price_breaks',
      `EKB-S355-10-B,HRS-S355-10-${suffix},Yekaterinburg,RUB,84.10,1000,500,5000:83.00`,
      `EKB-S355-10-C,HRS-S355-10-${suffix},Chelyabinsk,RUB,85.00,500,250,`,
      `EKB-NOPE,NO-SUCH-CODE,Yekaterinburg,RUB,10.00,1,1,`,
      `EKB-S355-10-D,HRS-S355-10-${suffix},Yekaterinburg,RUB,84.105,1000,500,`,
      `EKB-S355-10-E,HRS-S355-10-${suffix},Yekaterinburg,RUB,84.00,1000,300,`,
    ].join('\n');
    await sellerPage.locator('input[type=file]').setInputFiles({ name: 'listings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await sellerPage.getByRole('button', { name: 'Upload' }).click();
    await expect(sellerPage.getByTestId('upload-stage')).toHaveTextSoon('Applied', 60_000);
    const counts = sellerPage.getByTestId('upload-counts');
    await expect(counts.locator('[data-count=rowCount]')).toHaveTextSoon('5');
    await expect(counts.locator('[data-count=created]')).toHaveTextSoon('2');
    await expect(counts.locator('[data-count=rejected]')).toHaveTextSoon('3');
    const report = sellerPage.getByRole('table', { name: /What happened to each row of listings.csv/ });
    await expect(report.getByRole('row').filter({ hasText: 'EKB-NOPE' }).getByText('No such product')).toBeVisibleSoon();
    await expect(
      report.getByRole('row').filter({ hasText: 'EKB-S355-10-D' }).getByText('More decimals than the currency has'),
    ).toBeVisibleSoon();
    await expect(
      report.getByRole('row').filter({ hasText: 'EKB-S355-10-E' }).getByText('The minimum order must be a whole number of lots'),
    ).toBeVisibleSoon();
    await screenshot(sellerPage, 'seller-csv-upload-report');
  });

  it('keeps the session alive by refreshing it before the access token ends', async () => {
    // Past the first access token's end (20 s here), the seller still works without signing in again.
    const firstTokenEnds = sellerSignedInAt + TOKEN_SECONDS * 1000;
    if (Date.now() < firstTokenEnds + 2_000) await sellerPage.waitForTimeout(firstTokenEnds + 2_000 - Date.now());
    expect(sellerRefreshes).toBeGreaterThanOrEqual(1);
    await sellerPage.getByRole('link', { name: 'Listings', exact: true }).click();
    await expect(sellerPage.getByRole('cell', { name: 'EKB-S355-10-B' })).toBeVisibleSoon();
    expect(sellerPage.url()).toBe(`${BASE}/sell`);
  });

  it('speaks Russian when asked, with amounts and quantities written the Russian way', async () => {
    // The buyer's tab has sat in the background for minutes (Chromium throttles its timers): bring
    // it forward and move within the app, as a person would, rather than reload it mid-refresh.
    await buyerPage.bringToFront();
    await buyerPage.getByRole('link', { name: 'Catalogue', exact: true }).click();
    await buyerPage.getByLabel('Words').fill(suffix);
    await buyerPage.getByRole('button', { name: 'Search' }).click();
    await buyerPage.getByRole('link', { name: productName }).first().click();
    await expect(buyerPage.getByRole('heading', { name: 'Offers at your price' })).toBeVisibleSoon();
    await buyerPage.locator('header label').filter({ hasText: /^RU$/ }).click();
    await expect(buyerPage.getByRole('heading', { name: 'Предложения по вашей цене' })).toBeVisibleSoon();
    await expect(buyerPage.getByText(/84,50\s₽/).first()).toBeVisibleSoon();
    expect(
      await buyerPage.evaluate(
        () => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang,
      ),
    ).toBe('ru');
    await screenshot(buyerPage, 'buyer-product-ru');
  });
});

// Playwright's own expect lives in @playwright/test; these two waits are all the walk needs.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeVisibleSoon(timeoutMs?: number): Promise<R>;
      toHaveTextSoon(text: string | RegExp, timeoutMs?: number): Promise<R>;
    }
  }
}

expect.extend({
  async toBeVisibleSoon(locator: import('playwright-core').Locator, timeoutMs = 20_000) {
    try {
      await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
      return { pass: true, message: () => `${locator} is visible` };
    } catch {
      return { pass: false, message: () => `${locator} did not become visible within ${timeoutMs} ms` };
    }
  },
  async toHaveTextSoon(locator: import('playwright-core').Locator, text: string | RegExp, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      // Intl writes non-breaking spaces between amounts and units; the expectations use plain ones.
      last = (
        (await locator
          .first()
          .textContent({ timeout: Math.max(1, deadline - Date.now()) })
          .catch(() => null)) ?? ''
      ).replace(/[\u00a0\u202f]/g, ' ');
      if (typeof text === 'string' ? last.includes(text) : text.test(last))
        return { pass: true, message: () => `${locator} has "${String(text)}"` };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const alerts = await locator
      .page()
      .getByRole('alert')
      .allTextContents()
      .catch(() => []);
    return {
      pass: false,
      message: () =>
        `${locator} did not show "${String(text)}" within ${timeoutMs} ms; last text: "${last}"; alerts on the page: ${JSON.stringify(alerts)}`,
    };
  },
});
