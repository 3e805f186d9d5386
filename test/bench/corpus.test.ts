import { generateCorpus } from '../../bench/corpus';

describe('generateCorpus', () => {
  it('is the same corpus for the same seed and another one for another seed', () => {
    const a = [...generateCorpus({ seed: 3, bytes: 20_000 })];
    const b = [...generateCorpus({ seed: 3, bytes: 20_000 })];
    const c = [...generateCorpus({ seed: 4, bytes: 20_000 })];
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it.each([1_000, 50_000, 200_000])('stops once it has at least %i bytes, within one document', (bytes) => {
    const docs = [...generateCorpus({ seed: 1, bytes })];
    const sizes = docs.map((d) => Buffer.byteLength(d.text));
    const total = sizes.reduce((s, n) => s + n, 0);
    expect(total).toBeGreaterThanOrEqual(bytes);
    expect(total - sizes[sizes.length - 1]!).toBeLessThan(bytes);
  });

  it('makes news-like documents: dated, unique ids, a minority of target sentences, varied vocabulary', () => {
    const docs = [...generateCorpus({ seed: 9, bytes: 300_000 })];
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(docs.every((d) => /^20(21|22|23|24)-\d\d-\d\d$/.test(d.published ?? ''))).toBe(true);
    const sentences = docs.flatMap((d) => d.text.split('\n\n').slice(1).flatMap((p) => p.split(/(?<=[.!?]"?)\s+(?=["A-Z])/)));
    const share = sentences.filter((s) => /Taliban|Islamic Emirate|the movement/.test(s)).length / sentences.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.3);
    const vocabulary = new Set(docs.flatMap((d) => d.text.toLowerCase().match(/[a-z]+/g) ?? []));
    expect(vocabulary.size).toBeGreaterThan(150);
  });

  it('honours targetShare', () => {
    const none = [...generateCorpus({ seed: 2, bytes: 30_000, targetShare: 0 })];
    expect(none.some((d) => d.text.includes('Taliban'))).toBe(false);
  });
});
