import type { ReturnReason } from './allocation.types';
import { DEFAULT_RETURN_POLICY } from './return-policy';
import {
  decideReturnStep,
  RETURN_ACTION_SIDE,
  RETURN_ACTIONS,
  RETURN_STATUSES,
  RETURN_TRANSITIONS,
  returnWindowOpen,
  type ReturnAction,
  type ReturnActor,
  type ReturnStatus,
  type SellerReturnState,
} from './return-status';

const seller: ReturnActor = { side: 'SELLER', companyId: 'uralstal' };
const otherSeller: ReturnActor = { side: 'SELLER', companyId: 'metal-depot' };
const operator: ReturnActor = { side: 'OPERATOR', companyId: null };
const settlements: ReturnActor = { side: 'SETTLEMENTS', companyId: null };
const buyer: ReturnActor = { side: 'BUYER', companyId: 'builder' };
const actorFor = (action: ReturnAction): ReturnActor =>
  ({ SELLER: seller, OPERATOR: operator, SETTLEMENTS: settlements, BUYER: buyer })[RETURN_ACTION_SIDE[action]];
const note = 'Photos show the sheet was bent before shipping';

function state(
  status: ReturnStatus,
  reasons: ReturnReason[] = ['DEFECTIVE', 'CHANGED_MIND'],
  carrierClaimAccepted = false,
): SellerReturnState {
  return {
    status,
    sellerCompanyId: 'uralstal',
    items: reasons.map((reason, index) => ({ lineId: `L${index + 1}`, reason })),
    carrierClaimAccepted,
    faultByReason: DEFAULT_RETURN_POLICY.faultByReason,
  };
}

describe('seller return state machine', () => {
  it.each([
    ['REQUESTED', 'ACCEPT', 'ACCEPTED', ['DEFECTIVE', 'CHANGED_MIND']],
    ['REQUESTED', 'ACCEPT_CARRIER_CLAIM', 'REQUESTED', ['DAMAGED_IN_TRANSIT']],
    ['REQUESTED', 'DISPUTE', 'DISPUTED', ['DEFECTIVE']],
    ['DISPUTED', 'DECIDE_DISPUTE', 'ACCEPTED', ['DEFECTIVE']],
    ['ACCEPTED', 'CONFIRM_RECEIPT', 'RECEIVED', ['DEFECTIVE']],
    ['RECEIVED', 'CONFIRM_REFUND', 'REFUNDED', ['DEFECTIVE']],
  ] as [ReturnStatus, ReturnAction, ReturnStatus, ReturnReason[]][])('%s --%s--> %s', (from, action, to, reasons) => {
    expect(decideReturnStep(state(from, reasons), { action, actor: actorFor(action), note })).toMatchObject({
      ok: true,
      from,
      to,
      reasonsChanged: false,
    });
  });

  const allowed = new Set(RETURN_STATUSES.flatMap((from) => Object.keys(RETURN_TRANSITIONS[from]).map((action) => `${from}:${action}`)));
  const refused = RETURN_STATUSES.flatMap((from) =>
    RETURN_ACTIONS.filter((action) => !allowed.has(`${from}:${action}`)).map((action) => [from, action] as const),
  );

  it('has exactly six allowed transitions and refuses the other twenty-four', () => {
    expect(allowed.size).toBe(6);
    expect(refused).toHaveLength(24);
  });

  it.each(refused)('refuses %s --%s--> as TRANSITION_NOT_ALLOWED', (from, action) => {
    expect(decideReturnStep(state(from, ['DAMAGED_IN_TRANSIT', 'DEFECTIVE']), { action, actor: actorFor(action), note })).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('treats REFUNDED as final', () => {
    expect(decideReturnStep(state('REFUNDED'), { action: 'CONFIRM_REFUND', actor: settlements })).toMatchObject({
      ok: false,
      message: expect.stringContaining('none (final)'),
    });
  });

  it.each(RETURN_ACTIONS)('refuses %s to every side but its own, as FORBIDDEN, whatever the state', (action) => {
    for (const actor of [seller, operator, settlements, buyer].filter((candidate) => candidate.side !== RETURN_ACTION_SIDE[action])) {
      for (const status of RETURN_STATUSES) {
        expect(decideReturnStep(state(status), { action, actor, note })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
    }
  });

  it("refuses a seller acting on another seller's return", () => {
    for (const action of ['ACCEPT', 'DISPUTE', 'CONFIRM_RECEIPT'] as const) {
      expect(decideReturnStep(state('REQUESTED'), { action, actor: otherSeller, note })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  describe('a carrier-fault item needs an operator first', () => {
    it('refuses the seller’s acceptance until an operator accepted the carrier claim', () => {
      expect(decideReturnStep(state('REQUESTED', ['DAMAGED_IN_TRANSIT', 'DEFECTIVE']), { action: 'ACCEPT', actor: seller })).toMatchObject({
        ok: false,
        code: 'OPERATOR_ACCEPTANCE_REQUIRED',
      });
    });

    it('lets the seller accept once the operator has, and keeps the return REQUESTED in between', () => {
      const claim = decideReturnStep(state('REQUESTED', ['DAMAGED_IN_TRANSIT']), { action: 'ACCEPT_CARRIER_CLAIM', actor: operator });
      expect(claim).toMatchObject({ ok: true, from: 'REQUESTED', to: 'REQUESTED', carrierClaimAccepted: true });
      expect(decideReturnStep(state('REQUESTED', ['DAMAGED_IN_TRANSIT'], true), { action: 'ACCEPT', actor: seller })).toMatchObject({
        ok: true,
        to: 'ACCEPTED',
      });
    });

    it('lets the operator change a carrier-fault reason, asking for the figures to be recomputed', () => {
      const decision = decideReturnStep(state('REQUESTED', ['DAMAGED_IN_TRANSIT', 'CHANGED_MIND']), {
        action: 'ACCEPT_CARRIER_CLAIM',
        actor: operator,
        reasonChanges: [{ lineId: 'L1', reason: 'WRONG_ITEM' }],
      });
      expect(decision).toMatchObject({
        ok: true,
        reasonsChanged: true,
        items: [
          { lineId: 'L1', reason: 'WRONG_ITEM' },
          { lineId: 'L2', reason: 'CHANGED_MIND' },
        ],
      });
    });

    it('refuses to accept a carrier claim twice, or on a return without one', () => {
      expect(
        decideReturnStep(state('REQUESTED', ['DAMAGED_IN_TRANSIT'], true), { action: 'ACCEPT_CARRIER_CLAIM', actor: operator }),
      ).toMatchObject({
        ok: false,
        code: 'TRANSITION_NOT_ALLOWED',
      });
      expect(decideReturnStep(state('REQUESTED', ['DEFECTIVE']), { action: 'ACCEPT_CARRIER_CLAIM', actor: operator })).toMatchObject({
        ok: false,
        code: 'TRANSITION_NOT_ALLOWED',
      });
    });
  });

  describe('disputes', () => {
    it('lets a seller dispute only a seller-fault reason', () => {
      expect(
        decideReturnStep(state('REQUESTED', ['CHANGED_MIND', 'DAMAGED_IN_TRANSIT']), { action: 'DISPUTE', actor: seller, note }),
      ).toMatchObject({
        ok: false,
        code: 'NOTHING_TO_DISPUTE',
      });
    });

    it('needs a written note to dispute and to decide', () => {
      expect(decideReturnStep(state('REQUESTED'), { action: 'DISPUTE', actor: seller, note: '  no ' })).toMatchObject({
        ok: false,
        code: 'NOTE_REQUIRED',
      });
      expect(decideReturnStep(state('DISPUTED'), { action: 'DECIDE_DISPUTE', actor: operator })).toMatchObject({
        ok: false,
        code: 'NOTE_REQUIRED',
      });
    });

    it('accepts the return on the operator’s decision, with changed reasons to recompute, and counts it as accepting a carrier claim', () => {
      const decision = decideReturnStep(state('DISPUTED', ['DEFECTIVE', 'CHANGED_MIND']), {
        action: 'DECIDE_DISPUTE',
        actor: operator,
        note: '  The seller shows the goods left the warehouse intact  ',
        reasonChanges: [{ lineId: 'L1', reason: 'DAMAGED_IN_TRANSIT' }],
      });
      expect(decision).toEqual({
        ok: true,
        from: 'DISPUTED',
        to: 'ACCEPTED',
        items: [
          { lineId: 'L1', reason: 'DAMAGED_IN_TRANSIT' },
          { lineId: 'L2', reason: 'CHANGED_MIND' },
        ],
        carrierClaimAccepted: true,
        reasonsChanged: true,
        note: 'The seller shows the goods left the warehouse intact',
      });
    });

    it('reports no change when the operator keeps every reason', () => {
      const decision = decideReturnStep(state('DISPUTED'), {
        action: 'DECIDE_DISPUTE',
        actor: operator,
        note,
        reasonChanges: [{ lineId: 'L1', reason: 'DEFECTIVE' }],
      });
      expect(decision).toMatchObject({ ok: true, reasonsChanged: false });
    });

    it('refuses reason changes naming an unknown line or reason, a line twice, or made by the seller', () => {
      const decide = (reasonChanges: { lineId: string; reason: ReturnReason }[]) =>
        decideReturnStep(state('DISPUTED'), { action: 'DECIDE_DISPUTE', actor: operator, note, reasonChanges });
      expect(decide([{ lineId: 'L9', reason: 'DEFECTIVE' }])).toMatchObject({ ok: false, code: 'UNKNOWN_LINE' });
      expect(decide([{ lineId: 'L1', reason: 'LOST' as never }])).toMatchObject({ ok: false, code: 'UNKNOWN_REASON' });
      expect(
        decide([
          { lineId: 'L1', reason: 'WRONG_ITEM' },
          { lineId: 'L1', reason: 'DEFECTIVE' },
        ]),
      ).toMatchObject({ ok: false, code: 'DUPLICATE_LINE' });
      expect(
        decideReturnStep(state('REQUESTED'), {
          action: 'ACCEPT',
          actor: seller,
          reasonChanges: [{ lineId: 'L1', reason: 'CHANGED_MIND' }],
        }),
      ).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    });
  });
});

describe('return window', () => {
  const deliveredAt = new Date('2025-03-01T10:00:00Z');

  it('is open for 30 days after delivery by default, the closing instant included', () => {
    expect(returnWindowOpen(deliveredAt, new Date('2025-03-31T10:00:00Z'))).toEqual({
      open: true,
      closesAt: new Date('2025-03-31T10:00:00Z'),
    });
  });

  it('closes after that, as RETURN_WINDOW_CLOSED', () => {
    expect(returnWindowOpen(deliveredAt, new Date('2025-03-31T10:00:00.001Z'))).toMatchObject({
      open: false,
      code: 'RETURN_WINDOW_CLOSED',
    });
  });

  it('follows a seller’s own window', () => {
    expect(returnWindowOpen(deliveredAt, new Date('2025-03-20T10:00:00Z'), 14)).toMatchObject({
      open: false,
      closesAt: new Date('2025-03-15T10:00:00Z'),
    });
    expect(returnWindowOpen(deliveredAt, new Date('2025-04-20T10:00:00Z'), 60).open).toBe(true);
  });

  it('refuses a window that is not a whole number of days, and invalid dates', () => {
    expect(() => returnWindowOpen(deliveredAt, deliveredAt, 1.5)).toThrow(RangeError);
    expect(() => returnWindowOpen(new Date('nonsense'), deliveredAt)).toThrow(RangeError);
  });
});
