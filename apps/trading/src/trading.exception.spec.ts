import { orderCommands, TradingErrorCode } from '@lotbook/contracts';
import { OrderRejectionReason } from '@lotbook/trading-domain';
import { ENGINE_REFUSALS, engineRefusal } from './trading.exception';

describe('the engine’s refusals as trading codes', () => {
  it('keeps the engine’s own checks of the service under their own names, never INVALID_INPUT', () => {
    for (const reason of ['INVALID_SIDE', 'INVALID_SEQUENCE', 'SEQUENCE_NOT_INCREASING'] as const) {
      expect(engineRefusal({ kind: 'REJECTED', reason, orderId: 'o', message: 'm' }).code).toBe(TradingErrorCode[reason]);
    }
  });

  it('maps every placement refusal to a code both placements declare, so the reply validates', () => {
    const placementReasons = Object.values(OrderRejectionReason).filter(
      (reason) => reason !== 'UNKNOWN_ORDER' && reason !== 'INVALID_REDUCTION',
    );
    for (const reason of placementReasons) {
      expect(orderCommands.placeBid.errors).toContain(ENGINE_REFUSALS[reason]);
      expect(orderCommands.placeAsk.errors).toContain(ENGINE_REFUSALS[reason]);
    }
  });

  it('maps a reduction’s refusals to codes reduceOrder declares', () => {
    expect(orderCommands.reduceOrder.errors).toEqual(
      expect.arrayContaining([ENGINE_REFUSALS.UNKNOWN_ORDER, ENGINE_REFUSALS.INVALID_REDUCTION]),
    );
  });
});
