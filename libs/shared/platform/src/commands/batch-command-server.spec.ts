import { chunksOfBytes } from './batch-command-server';

describe('chunksOfBytes (replies sent in pieces under the broker’s message limit)', () => {
  const message = (bytes: number) => ({ value: 'x'.repeat(bytes) });

  it('keeps every message, in order, each piece at most the limit', () => {
    const messages = Array.from({ length: 50 }, (_, index) => message(100 + index));
    const chunks = chunksOfBytes(messages, 1_000);
    expect(chunks.flat()).toEqual(messages);
    for (const chunk of chunks) expect(chunk.reduce((sum, item) => sum + item.value.length, 0)).toBeLessThanOrEqual(1_000);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('counts bytes, not characters, and gives a message bigger than the limit a piece of its own', () => {
    const wide = { value: 'ж'.repeat(300) }; // 600 bytes in UTF-8
    const huge = message(5_000);
    expect(chunksOfBytes([wide, wide, huge, message(10)], 1_000)).toEqual([[wide], [wide], [huge], [message(10)]]);
    expect(chunksOfBytes([], 1_000)).toEqual([]);
  });
});
