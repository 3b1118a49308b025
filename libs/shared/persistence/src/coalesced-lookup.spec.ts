import { CoalescedLookup } from './coalesced-lookup';

describe('CoalescedLookup', () => {
  it('answers the lookups of one turn with one fetch, each with its own value, in the order asked', async () => {
    const fetches: string[][] = [];
    const lookup = new CoalescedLookup<string, number>(async (keys) => {
      fetches.push(keys);
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, key.length]));
    });
    const answered: string[] = [];
    const results = await Promise.all(
      ['a', 'bbb', 'missing', 'a'].map((key) => lookup.find(key).then((value) => (answered.push(key), value))),
    );
    expect(results).toEqual([1, 3, undefined, 1]);
    expect(fetches).toEqual([['a', 'bbb', 'missing']]);
    expect(answered).toEqual(['a', 'bbb', 'missing', 'a']);
  });

  it('fetches again for lookups made after the first batch went, and splits a batch over maxKeys', async () => {
    const fetches: number[][] = [];
    const lookup = new CoalescedLookup<number, number>(async (keys) => {
      fetches.push(keys);
      return new Map(keys.map((key) => [key, key * 2]));
    }, 2);
    expect(await Promise.all([1, 2, 3].map((key) => lookup.find(key)))).toEqual([2, 4, 6]);
    expect(await lookup.find(4)).toBe(8);
    expect(fetches).toEqual([[1, 2], [3], [4]]);
  });

  it('rejects every lookup of a batch whose fetch failed, and the next batch fetches afresh', async () => {
    let fail = true;
    const lookup = new CoalescedLookup<string, string>(async (keys) => {
      if (fail) throw new Error('connection lost');
      return new Map(keys.map((key) => [key, key.toUpperCase()]));
    });
    const failed = await Promise.allSettled([lookup.find('x'), lookup.find('y')]);
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await lookup.find('x')).toBe('X');
  });
});
