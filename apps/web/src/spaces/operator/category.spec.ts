import { categoryOutline, newCategory } from './category';

const steel = { id: 's', name: 'Steel', parentId: null, path: ['Steel'] };
const sheet = { id: 'sh', name: 'Sheet', parentId: 's', path: ['Steel', 'Sheet'] };
const beams = { id: 'b', name: 'Beams', parentId: 's', path: ['Steel', 'Beams'] };
const aluminium = { id: 'a', name: 'Aluminium', parentId: null, path: ['Aluminium'] };
const categories = [steel, aluminium, sheet, beams];

describe('the category tree', () => {
  it('is shown as an outline: each category under its parent, siblings by name', () => {
    expect(categoryOutline(categories).map((category) => [category.id, category.depth])).toEqual([
      ['a', 0],
      ['s', 0],
      ['b', 1],
      ['sh', 1],
    ]);
  });
});

describe('a new category', () => {
  it('goes under its parent with its name trimmed, or at the root without one', () => {
    expect(newCategory({ name: '  Pipes ', parentId: 's' }, categories)).toEqual({ ok: true, name: 'Pipes', parentId: 's' });
    expect(newCategory({ name: 'Copper', parentId: '' }, categories)).toEqual({ ok: true, name: 'Copper', parentId: null });
  });

  it.each(['', ' x ', 'x'.repeat(121)])('is refused with a name of the wrong length: %p', (name) => {
    expect(newCategory({ name, parentId: '' }, categories)).toEqual({ ok: false, problem: 'NAME_LENGTH' });
  });

  it('is refused with the name of a sibling, not of a category elsewhere', () => {
    expect(newCategory({ name: 'Sheet', parentId: 's' }, categories)).toEqual({ ok: false, problem: 'DUPLICATE_NAME' });
    expect(newCategory({ name: 'Steel', parentId: '' }, categories)).toEqual({ ok: false, problem: 'DUPLICATE_NAME' });
    expect(newCategory({ name: 'Sheet', parentId: 'a' }, categories)).toEqual({ ok: true, name: 'Sheet', parentId: 'a' });
  });
});
