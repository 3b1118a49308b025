import { productProposalInput, type ProductProposalForm } from './product-proposal';

const form: ProductProposalForm = {
  code: 'hrs-s355-10',
  name: '  Hot-rolled sheet S355, 10 mm ',
  categoryId: 'sheet',
  baseUnit: 'T',
  description: ' EN 10025-2 ',
  attributes: 'grade: S355\n\nthickness = 10 mm\n',
};

describe('a product a seller proposes', () => {
  it('goes with its code upper case, its words trimmed and its attributes as a map', () => {
    expect(productProposalInput(form)).toEqual({
      ok: true,
      input: {
        code: 'HRS-S355-10',
        name: 'Hot-rolled sheet S355, 10 mm',
        categoryId: 'sheet',
        baseUnit: 'T',
        description: 'EN 10025-2',
        attributes: { grade: 'S355', thickness: '10 mm' },
      },
    });
  });

  it('goes with no attributes when none are typed', () => {
    const read = productProposalInput({ ...form, attributes: '  \n' });
    expect(read.ok && read.input.attributes).toEqual({});
  });

  it.each(['H', 'HRS S355', 'HRS/355', 'X'.repeat(65)])('is refused with the code %p', (code) => {
    expect(productProposalInput({ ...form, code })).toEqual({ ok: false, problems: { code: 'NOT_A_CODE' } });
  });

  it('is refused without a name of 2 to 200 characters or a category, each at its field', () => {
    expect(productProposalInput({ ...form, name: ' x ', categoryId: '' })).toEqual({
      ok: false,
      problems: { name: 'NAME_LENGTH', categoryId: 'CATEGORY_REQUIRED' },
    });
  });

  it('is refused with an attribute line that is not "key: value", or a key given twice', () => {
    expect(productProposalInput({ ...form, attributes: 'grade S355' })).toEqual({
      ok: false,
      problems: { attributes: 'NOT_AN_ATTRIBUTE' },
    });
    expect(productProposalInput({ ...form, attributes: 'grade:' })).toEqual({ ok: false, problems: { attributes: 'NOT_AN_ATTRIBUTE' } });
    expect(productProposalInput({ ...form, attributes: 'grade: S355\ngrade: S235' })).toEqual({
      ok: false,
      problems: { attributes: 'DUPLICATE_ATTRIBUTE' },
    });
  });
});
