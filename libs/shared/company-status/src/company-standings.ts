import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CompanyStatusProjection, type CompanyStanding, type RecordedStanding } from './company-status.projection';

/**
 * The projection's standings in memory, for code that must decide without a query (the
 * matching engine asks for every resting order it walks past). Read from the projection's table
 * before the event consumer starts (`onModuleInit`), then kept up to date by the projection's
 * changes as they commit; a change older than the one held is ignored.
 *
 * A service lists it among its own providers, next to `CompanyStatusModule`.
 */
@Injectable()
export class CompanyStandings implements OnModuleInit {
  private readonly companies = new Map<string, RecordedStanding>();
  private readonly listeners: Array<(change: RecordedStanding) => void> = [];

  constructor(private readonly projection: CompanyStatusProjection) {
    projection.onChange((change) => {
      if (this.record(change)) for (const listener of this.listeners) listener(change);
    });
  }

  async onModuleInit(): Promise<void> {
    for (const standing of await this.projection.all()) this.record(standing);
  }

  mayTrade(companyId: string): boolean {
    return this.companies.get(companyId)?.standing === 'APPROVED';
  }

  standing(companyId: string): CompanyStanding {
    return this.companies.get(companyId)?.standing ?? 'UNKNOWN';
  }

  /** BUYER, SELLER or BOTH, as last announced; undefined for a company not heard of. */
  kindOf(companyId: string): string | undefined {
    return this.companies.get(companyId)?.kind;
  }

  /** Every company held, with its standing. */
  known(): RecordedStanding[] {
    return [...this.companies.values()];
  }

  /** Calls `listener` after this copy has taken a committed change (once per change). */
  onChange(listener: (change: RecordedStanding) => void): void {
    this.listeners.push(listener);
  }

  /** Takes a standing unless an older one; returns whether it was taken. */
  private record(standing: RecordedStanding): boolean {
    const held = this.companies.get(standing.companyId);
    if (held && held.changedAt.getTime() > standing.changedAt.getTime()) return false;
    this.companies.set(standing.companyId, standing);
    return true;
  }
}
