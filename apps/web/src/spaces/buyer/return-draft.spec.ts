import { draftItems, emptyDraft, fieldOfItem, itemsKey, quoteIsCurrent, returnDraftReducer, type ReturnDraft } from './return-draft';

const lines = [
  { lineId: 'bolts', returnableQuantity: 100 },
  { lineId: 'nuts', returnableQuantity: 1 },
  { lineId: 'cable', returnableQuantity: 0 },
];
const apply = (...actions: Parameters<typeof returnDraftReducer>[1][]): ReturnDraft => actions.reduce(returnDraftReducer, emptyDraft());

describe('a return being put together', () => {
  it('returns only the lines given a quantity, in the order of the purchase, with their reasons and comments', () => {
    const draft = apply(
      { type: 'quantity', lineId: 'nuts', value: '1' },
      { type: 'reason', lineId: 'nuts', value: 'DEFECTIVE' },
      { type: 'comment', lineId: 'nuts', value: '  thread stripped ' },
      { type: 'quantity', lineId: 'bolts', value: '40' },
      { type: 'reason', lineId: 'bolts', value: 'CHANGED_MIND' },
    );
    expect(draftItems(draft, lines)).toEqual({
      items: [
        { lineId: 'bolts', quantity: 40, reason: 'CHANGED_MIND' },
        { lineId: 'nuts', quantity: 1, reason: 'DEFECTIVE', comment: 'thread stripped' },
      ],
      problems: {},
    });
  });

  it('says at the line what is wrong before asking: not a whole number, more than returnable, no reason, nothing at all', () => {
    const draft = apply(
      { type: 'quantity', lineId: 'bolts', value: '2.5' },
      { type: 'quantity', lineId: 'nuts', value: '2' },
      { type: 'reason', lineId: 'nuts', value: 'WRONG_ITEM' },
      { type: 'quantity', lineId: 'cable', value: '0' },
      { type: 'reason', lineId: 'cable', value: 'DEFECTIVE' },
    );
    expect(draftItems(draft, lines).problems).toEqual({
      'bolts.quantity': 'NON_POSITIVE_QUANTITY',
      'bolts.reason': 'UNKNOWN_REASON',
      'nuts.quantity': 'QUANTITY_NOT_RETURNABLE',
      'cable.quantity': 'NON_POSITIVE_QUANTITY',
    });
    expect(draftItems(emptyDraft(), lines)).toEqual({ items: [], problems: { items: 'EMPTY_RETURN' } });
  });

  it('lets a quote be filed only while the items on screen are the items quoted; a comment changes no figure', () => {
    let draft = apply({ type: 'quantity', lineId: 'bolts', value: '40' }, { type: 'reason', lineId: 'bolts', value: 'DEFECTIVE' });
    const { items } = draftItems(draft, lines);
    expect(quoteIsCurrent(draft, items)).toBe(false);
    draft = returnDraftReducer(draft, { type: 'quoted', key: itemsKey(items) });
    expect(quoteIsCurrent(draft, items)).toBe(true);
    draft = returnDraftReducer(draft, { type: 'comment', lineId: 'bolts', value: 'rusted' });
    expect(quoteIsCurrent(draft, draftItems(draft, lines).items)).toBe(true);
    draft = returnDraftReducer(draft, { type: 'quantity', lineId: 'bolts', value: '41' });
    expect(quoteIsCurrent(draft, draftItems(draft, lines).items)).toBe(false);
    expect(quoteIsCurrent(returnDraftReducer(draft, { type: 'quoted', key: itemsKey([]) }), [])).toBe(false);
  });

  it('fills every returnable unit with one reason, and starts afresh once filed', () => {
    const draft = apply({ type: 'comment', lineId: 'bolts', value: 'kept' }, { type: 'all', lines, reason: 'WRONG_ITEM' });
    expect(draftItems(draft, lines).items).toEqual([
      { lineId: 'bolts', quantity: 100, reason: 'WRONG_ITEM', comment: 'kept' },
      { lineId: 'nuts', quantity: 1, reason: 'WRONG_ITEM' },
    ]);
    expect(returnDraftReducer(draft, { type: 'filed', requestId: 'r1' })).toEqual({ items: {}, filedRequestId: 'r1' });
  });
});

describe('the line an API refusal is shown at', () => {
  const items = [
    { lineId: 'bolts', quantity: 40, reason: 'DEFECTIVE' as const },
    { lineId: 'nuts', quantity: 2, reason: 'WRONG_ITEM' as const },
  ];
  it('is the item named by its place in the request', () => {
    expect(fieldOfItem('items[1].quantity', items)).toBe('nuts.quantity');
    expect(fieldOfItem('input.items[0].reason', items)).toBe('bolts.reason');
    expect(fieldOfItem('items[0].lineId', items)).toBe('bolts.quantity');
    expect(fieldOfItem('items[7].quantity', items)).toBe('items');
    expect(fieldOfItem('input.items', items)).toBe('items');
    expect(fieldOfItem('purchaseId', items)).toBe('purchaseId');
  });
});
