import { createActorRegistry } from '../../src/attribution/createActorRegistry';
import { defaultActorRegistry } from '../../src/attribution/defaultActorRegistry';
import { defaultNlp } from '../../src/nlp';
import { analysisParts } from '../../src/stance/analysisParts';
import { streamAnalyzeOptions } from '../../src/stance/analyzeStream';
import { createStanceScorer } from '../../src/stance/createStanceScorer';

const ruritania = () =>
  createActorRegistry({ actors: [{ id: 'Ruritania', kind: 'state', names: ['Ruritania'], demonyms: ['Ruritanian'], metonyms: ['Strelsau'] }] });

describe('analysisParts', () => {
  it('builds the default scorer once, whatever the options object', () => {
    const first = analysisParts({});
    const second = analysisParts({ registry: defaultActorRegistry(), nlp: defaultNlp() });
    expect(second.scorer).toBe(first.scorer);
    expect(first.registry).toBe(defaultActorRegistry());
  });

  it('builds one scorer per registry, with that registry as its parties', () => {
    const registry = ruritania();
    const own = analysisParts({ registry });
    expect(own.scorer).not.toBe(analysisParts({}).scorer);
    expect(analysisParts({ registry }).scorer).toBe(own.scorer);
    expect(analysisParts({ registry: ruritania() }).scorer).not.toBe(own.scorer);
    const parties = own.scorer.config.parties?.map((p) => p.id) ?? [];
    expect(parties).toContain('Ruritania');
    expect(parties).not.toContain('Russia');
  });

  it("uses the caller's scorer as it is", () => {
    const scorer = createStanceScorer();
    expect(analysisParts({ scorer }).scorer).toBe(scorer);
  });
});

describe('streamAnalyzeOptions', () => {
  it('wraps a scorer in one cascade, shared by every stream of that scorer', () => {
    const a = streamAnalyzeOptions({ target: 'Taliban' });
    const b = streamAnalyzeOptions({ target: 'HTS' });
    expect(b.scorer).toBe(a.scorer);
    expect(a.scorer).not.toBe(analysisParts({}).scorer);
    expect('prefilter' in (a.scorer ?? {})).toBe(true);
  });

  it('gives the plain scorer without the cascade', () => {
    expect(streamAnalyzeOptions({ cascade: false }).scorer).toBe(analysisParts({}).scorer);
  });
});
