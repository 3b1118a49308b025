import { CompanyRole, type Actor, type PricingTablesRecord, type SellerTermsRecord } from '@lotbook/contracts';
import { isCurrencyCode } from '@lotbook/money';
import { assertValidLoyaltyTiers, DEFAULT_LOYALTY_TIERS, loyaltyRateFor, type LoyaltyTier } from '@lotbook/orders-domain';
import { SERVICE_CONFIG } from '@lotbook/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrdersConfig } from '../orders.config';
import { OrdersError, OrdersErrorCode as Code } from '../orders.exception';
import { fromDomain } from './domain-errors';

/** The default commission when an operator has set none for a category: 5 %. */
export const DEFAULT_COMMISSION_RATE_BP = 500;
/**
 * A seller that has set no terms: no volume discount, free shipping everywhere, no return window of its own (the return
 * policy's default applies: returns keeps it), no restocking fee. The days stored on a trade order of a seller with no
 * window of its own; nothing reads them: the order reads and completes with the policy's default in force.
 */
export const DEFAULT_RETURN_WINDOW_DAYS = 30;

interface SellerTermsRow {
  seller_company_id: string;
  currency: string;
  volume_discount: { rateBp: number; thresholdMinor: number } | null;
  shipping_fee_by_region: Record<string, number>;
  free_shipping_from_net_minor: string | null;
  return_window_days: number | null;
  restocking_rate_bp: number;
}

/** Sellers' pricing terms and the operator's commission and loyalty tables. */
@Injectable()
export class PricingTablesService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: OrdersConfig,
  ) {}

  async sellerTerms(
    sellerCompanyId: string,
    currency: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SellerTermsRecord> {
    const rows: SellerTermsRow[] = await manager.query(`SELECT * FROM seller_terms WHERE seller_company_id = $1 AND currency = $2`, [
      sellerCompanyId,
      currency,
    ]);
    const row = rows[0];
    if (!row) {
      return {
        sellerCompanyId,
        currency,
        volumeDiscount: null,
        shippingFeeByRegionMinor: {},
        freeShippingFromNetMinor: null,
        returnWindowDays: null,
        restockingRateBp: 0,
      };
    }
    return {
      sellerCompanyId,
      currency,
      volumeDiscount: row.volume_discount,
      shippingFeeByRegionMinor: row.shipping_fee_by_region,
      freeShippingFromNetMinor: row.free_shipping_from_net_minor === null ? null : Number(row.free_shipping_from_net_minor),
      returnWindowDays: row.return_window_days,
      restockingRateBp: row.restocking_rate_bp,
    };
  }

  /** Whether the seller has a shipping table at all; one that has none ships free everywhere. */
  async hasShippingTable(sellerCompanyId: string, currency: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM seller_terms WHERE seller_company_id = $1 AND currency = $2`, [
      sellerCompanyId,
      currency,
    ]);
    return rows.length > 0;
  }

  async setSellerTerms(actor: Actor, terms: Omit<SellerTermsRecord, 'sellerCompanyId'>): Promise<SellerTermsRecord> {
    if (
      actor.kind !== 'USER' ||
      !actor.companyId ||
      !actor.roles.some((role) => role === CompanyRole.ADMIN || role === CompanyRole.SALES_MANAGER)
    ) {
      throw new OrdersError(Code.FORBIDDEN, "only a seller's admin or sales manager sets its terms");
    }
    if (!isCurrencyCode(terms.currency))
      throw new OrdersError(Code.UNKNOWN_CURRENCY, `"${terms.currency}" is not an ISO 4217 currency`, 'currency');
    for (const [region, fee] of Object.entries(terms.shippingFeeByRegionMinor)) {
      if (region.trim().length < 2 || !Number.isSafeInteger(fee) || fee < 0) {
        throw new OrdersError(
          Code.INVALID_INPUT,
          `the shipping fee for "${region}" must be a whole number of minor units, zero or more`,
          'shippingFeeByRegionMinor',
        );
      }
    }
    await this.dataSource.query(
      `INSERT INTO seller_terms (seller_company_id, currency, volume_discount, shipping_fee_by_region, free_shipping_from_net_minor,
                                 return_window_days, restocking_rate_bp)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (seller_company_id, currency) DO UPDATE SET volume_discount = $3, shipping_fee_by_region = $4,
         free_shipping_from_net_minor = $5, return_window_days = $6, restocking_rate_bp = $7, updated_at = now()`,
      [
        actor.companyId,
        terms.currency,
        terms.volumeDiscount ? JSON.stringify(terms.volumeDiscount) : null,
        JSON.stringify(terms.shippingFeeByRegionMinor),
        terms.freeShippingFromNetMinor,
        terms.returnWindowDays,
        terms.restockingRateBp,
      ],
    );
    return this.sellerTerms(actor.companyId, terms.currency);
  }

  async tables(manager: EntityManager = this.dataSource.manager): Promise<PricingTablesRecord> {
    const rows: Array<{ name: string; value: unknown }> = await manager.query(`SELECT name, value FROM pricing_table`);
    const value = <T>(name: string, fallback: T): T => (rows.find((row) => row.name === name)?.value as T | undefined) ?? fallback;
    return {
      defaultCommissionRateBp: value('default-commission', DEFAULT_COMMISSION_RATE_BP),
      commissionRateBpByCategory: value('commission-by-category', {}),
      loyaltyTiers: value('loyalty-tiers', {}),
      approvalExpirySeconds: value('approval-expiry-seconds', this.config.ORDERS_APPROVAL_EXPIRY_SECONDS),
      approvalExpirySetByOperator: rows.some((row) => row.name === 'approval-expiry-seconds'),
    };
  }

  /** When what starts waiting for an approver now lapses: the operator's expiry, else the deployment's. */
  async approvalExpiresAt(manager: EntityManager = this.dataSource.manager): Promise<Date> {
    return new Date(Date.now() + (await this.tables(manager)).approvalExpirySeconds * 1000);
  }

  /** An operator sets how long a purchase or bid waits for an approver: from an hour to 90 days. */
  async setApprovalExpiry(actor: Actor, hours: number): Promise<PricingTablesRecord> {
    this.requireOperator(actor);
    if (!Number.isSafeInteger(hours) || hours < 1 || hours > 90 * 24) {
      throw new OrdersError(Code.INVALID_INPUT, 'an approval waits a whole number of hours, from 1 to 2,160 (90 days)', 'hours');
    }
    return this.dataSource.transaction(async (transaction) => {
      await transaction.query(`SELECT pg_advisory_xact_lock(hashtext('orders.pricing_table'))`);
      await this.put(transaction, 'approval-expiry-seconds', hours * 3600);
      return this.tables(transaction);
    });
  }

  commissionRateBp(tables: PricingTablesRecord, categoryId: string): number {
    return tables.commissionRateBpByCategory[categoryId] ?? tables.defaultCommissionRateBp;
  }

  loyaltyTiers(tables: PricingTablesRecord, currency: string): readonly LoyaltyTier[] {
    return tables.loyaltyTiers[currency] ?? DEFAULT_LOYALTY_TIERS;
  }

  /**
   * The loyalty rate of a buyer in a currency: its tier by the last 365 days' purchases (net −
   * loyalty of seller orders delivered, less refunds).
   */
  async buyerLoyaltyRateBp(buyerCompanyId: string, currency: string, tables: PricingTablesRecord): Promise<number> {
    const [row]: Array<{ purchases: string }> = await this.dataSource.query(
      `SELECT coalesce((SELECT sum(net_minor - loyalty_discount_minor) FROM seller_order
                         WHERE buyer_company_id = $1 AND currency = $2 AND delivered_at > now() - interval '365 days'
                           AND status IN ('DELIVERED', 'COMPLETED')), 0)
            - coalesce((SELECT sum(amount_minor) FROM buyer_refund
                         WHERE buyer_company_id = $1 AND currency = $2 AND refunded_at > now() - interval '365 days'), 0) AS purchases`,
      [buyerCompanyId, currency],
    );
    return loyaltyRateFor(Math.max(0, Number(row.purchases)), currency, this.loyaltyTiers(tables, currency));
  }

  async setCommissionRate(actor: Actor, categoryId: string | undefined, rateBp: number): Promise<PricingTablesRecord> {
    this.requireOperator(actor);
    return this.dataSource.transaction(async (transaction) => {
      await transaction.query(`SELECT pg_advisory_xact_lock(hashtext('orders.pricing_table'))`);
      const tables = await this.tables(transaction);
      if (categoryId) await this.put(transaction, 'commission-by-category', { ...tables.commissionRateBpByCategory, [categoryId]: rateBp });
      else await this.put(transaction, 'default-commission', rateBp);
      return this.tables(transaction);
    });
  }

  async setLoyaltyTiers(actor: Actor, currency: string, tiers: LoyaltyTier[]): Promise<PricingTablesRecord> {
    this.requireOperator(actor);
    try {
      assertValidLoyaltyTiers(tiers, currency);
    } catch (error) {
      fromDomain(error);
    }
    return this.dataSource.transaction(async (transaction) => {
      await transaction.query(`SELECT pg_advisory_xact_lock(hashtext('orders.pricing_table'))`);
      const tables = await this.tables(transaction);
      await this.put(transaction, 'loyalty-tiers', { ...tables.loyaltyTiers, [currency]: tiers });
      return this.tables(transaction);
    });
  }

  private async put(transaction: EntityManager, name: string, value: unknown): Promise<void> {
    await transaction.query(
      `INSERT INTO pricing_table (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = $2, updated_at = now()`,
      [name, JSON.stringify(value)],
    );
  }

  private requireOperator(actor: Actor): void {
    if (actor.kind !== 'OPERATOR')
      throw new OrdersError(Code.FORBIDDEN, 'only marketplace operators change the commission, loyalty and approval tables');
  }
}
