/** How long a category's name may be, in characters (the API trims it first). */
export const CATEGORY_NAME_LENGTH = { min: 2, max: 120 } as const;

export type CategoryProblem = 'NAME_LENGTH' | 'DUPLICATE_NAME';

interface CategoryLike {
  id: string;
  name: string;
  parentId?: string | null;
  path: readonly string[];
}

/** The tree as an outline: each category under its parent, siblings by name, with its depth. */
export function categoryOutline<C extends CategoryLike>(categories: readonly C[]): (C & { depth: number })[] {
  const byPath = (a: CategoryLike, b: CategoryLike) => {
    for (let index = 0; index < Math.min(a.path.length, b.path.length); index++) {
      const order = (a.path[index] ?? '').localeCompare(b.path[index] ?? '');
      if (order !== 0) return order;
    }
    return a.path.length - b.path.length;
  };
  return [...categories].sort(byPath).map((category) => ({ ...category, depth: category.path.length - 1 }));
}

/**
 * createCategory's arguments from the form: the name trimmed, 2 to 120 characters, not the name
 * of a sibling already there (the API refuses it as DUPLICATE_CATEGORY); at the root without a parent.
 */
export function newCategory(
  form: { name: string; parentId: string },
  categories: readonly CategoryLike[],
): { ok: true; name: string; parentId: string | null } | { ok: false; problem: CategoryProblem } {
  const name = form.name.trim();
  if (name.length < CATEGORY_NAME_LENGTH.min || name.length > CATEGORY_NAME_LENGTH.max) return { ok: false, problem: 'NAME_LENGTH' };
  const parentId = form.parentId || null;
  if (categories.some((category) => (category.parentId ?? null) === parentId && category.name === name))
    return { ok: false, problem: 'DUPLICATE_NAME' };
  return { ok: true, name, parentId };
}
