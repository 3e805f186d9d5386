import { weakMemo } from '../../src/stance/weakMemo';

describe('weakMemo', () => {
  it('builds once per key object and keeps keys apart', () => {
    const built: object[] = [];
    const memo = weakMemo((key: { n: number }) => {
      built.push(key);
      return { twice: key.n * 2 };
    });
    const a = { n: 1 };
    const b = { n: 1 };
    expect(memo(a)).toBe(memo(a));
    expect(memo(b)).not.toBe(memo(a));
    expect(memo(b)).toEqual({ twice: 2 });
    expect(built).toEqual([a, b]);
  });
});
