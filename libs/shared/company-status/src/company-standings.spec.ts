import { CompanyStandings } from './company-standings';
import type { CompanyStatusProjection, RecordedStanding } from './company-status.projection';

/** A projection with a table in memory: `commit` is a change the real one tells after its commit. */
function fakeProjection(rows: RecordedStanding[]) {
  const listeners: Array<(change: RecordedStanding) => void> = [];
  const projection = {
    onChange: (listener: (change: RecordedStanding) => void) => listeners.push(listener),
    all: async () => rows,
  } as unknown as CompanyStatusProjection;
  return { projection, commit: (change: RecordedStanding) => listeners.forEach((listener) => listener(change)) };
}

const standing = (companyId: string, status: RecordedStanding['standing'], at: string, kind = 'BUYER'): RecordedStanding => ({
  companyId,
  standing: status,
  kind,
  changedAt: new Date(at),
});

describe('CompanyStandings, the projection in memory', () => {
  it('starts from what the projection recorded: only an APPROVED company may trade; one never heard of may not', async () => {
    const { projection } = fakeProjection([
      standing('volga', 'APPROVED', '2026-11-23T10:00:00Z'),
      standing('kama', 'SUSPENDED', '2026-11-23T10:00:00Z', 'SELLER'),
    ]);
    const standings = new CompanyStandings(projection);
    await standings.onModuleInit();
    expect(standings.mayTrade('volga')).toBe(true);
    expect(standings.mayTrade('kama')).toBe(false);
    expect(standings.kindOf('kama')).toBe('SELLER');
    expect(standings.mayTrade('nobody')).toBe(false);
    expect(standings.standing('nobody')).toBe('UNKNOWN');
    expect(standings.kindOf('nobody')).toBeUndefined();
  });

  it('follows committed changes and tells its own listeners of each it takes', async () => {
    const { projection, commit } = fakeProjection([standing('volga', 'APPROVED', '2026-11-23T10:00:00Z')]);
    const standings = new CompanyStandings(projection);
    await standings.onModuleInit();
    const told: string[] = [];
    standings.onChange((change) => told.push(`${change.companyId} ${change.standing}`));
    commit(standing('volga', 'SUSPENDED', '2026-11-23T11:00:00Z'));
    expect(standings.mayTrade('volga')).toBe(false);
    commit(standing('volga', 'APPROVED', '2026-11-23T12:00:00Z'));
    expect(standings.mayTrade('volga')).toBe(true);
    expect(told).toEqual(['volga SUSPENDED', 'volga APPROVED']);
  });

  it('ignores a change older than the one it holds, and tells nobody of it', async () => {
    const { projection, commit } = fakeProjection([]);
    const standings = new CompanyStandings(projection);
    const told: string[] = [];
    standings.onChange((change) => told.push(change.standing));
    commit(standing('volga', 'SUSPENDED', '2026-11-23T11:00:00Z'));
    commit(standing('volga', 'APPROVED', '2026-11-23T10:00:00Z'));
    expect(standings.standing('volga')).toBe('SUSPENDED');
    expect(told).toEqual(['SUSPENDED']);
  });

  it('keeps a change taken while it read the table at start, if it is newer than the row it read', async () => {
    const { projection, commit } = fakeProjection([standing('volga', 'APPROVED', '2026-11-23T10:00:00Z')]);
    const standings = new CompanyStandings(projection);
    commit(standing('volga', 'SUSPENDED', '2026-11-23T11:00:00Z'));
    await standings.onModuleInit();
    expect(standings.standing('volga')).toBe('SUSPENDED');
  });
});
