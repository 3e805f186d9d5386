import fc from 'fast-check';
import { escapeHtml } from '../../src/report/escapeHtml';
import { formatSigned } from '../../src/report/formatSigned';
import { highlightText } from '../../src/report/highlightText';
import { phaseRuns } from '../../src/report/phaseRuns';
import { REPORT_CSP, reportHtml } from '../../src/report/reportHtml';
import type { Evidence } from '../../src/types';
import { secondTimeline, seedTimeline } from './fixtures/seedTimeline';
import { statements, TEXTS } from './fixtures/statements';

/** Undoes escapeHtml and drops tags: what a reader sees of the marked-up text. */
const visible = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const cueAt = (start: number, end: number, extra: Partial<Evidence> = {}): Evidence => ({
  entryId: 'e', dimension: 'engagement', cue: 'x', span: { start, end }, base: 0.5, applied: [], weight: 0.5, ...extra,
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('never leaves a tag opener or quote, and reads back to the input (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = escapeHtml(s);
      expect(out).not.toMatch(/[<>"']/);
      expect(visible(out)).toBe(s);
    }));
  });
});

describe('formatSigned', () => {
  it.each([
    [0.5, '+0.50', 'positive gets a plus'],
    [-0.25, '−0.25', 'negative gets a typographic minus'],
    [-0.001, '0.00', 'a value that rounds to zero has no sign'],
    [null, '–', 'missing is an en dash'],
    [Number.NaN, '–', 'NaN is never printed'],
  ] as const)('%p -> %p (%s)', (value, expected, _why) => {
    expect(formatSigned(value)).toBe(expected);
  });
});

describe('highlightText', () => {
  it.each([
    ['a cue', 'We will talk.', [cueAt(8, 12)], 'We will <mark class="cue cue-engagement"', 0],
    ['a rule trigger beside its cue', 'We will not talk.', [cueAt(12, 16, { applied: [{ ruleId: 'negation', factor: -1, span: { start: 8, end: 11 }, reason: 'negated' }], weight: -0.5 })], '<mark class="rule" title="negation: negated">not</mark>', 0],
    ['a cue zeroed by a rule (struck through, still shown)', 'They talked.', [cueAt(5, 11, { weight: 0 })], 'class="cue cue-engagement cue-zero"', 0],
    ['a span past the end (skipped, counted)', 'Short.', [cueAt(2, 40)], 'Short.', 1],
    ['a reversed span (skipped, counted)', 'Short.', [cueAt(4, 2)], 'Short.', 1],
    ['a fractional span (skipped, counted)', 'Short.', [cueAt(0.5, 2)], 'Short.', 1],
    ['markup in the text', '<b>talks</b>', [cueAt(3, 8)], '&lt;b&gt;<mark class="cue cue-engagement"', 0],
  ])('marks %s', (_why, text, evidence, contains, skipped) => {
    const out = highlightText(text, evidence);
    expect(out.html).toContain(contains);
    expect(out.skipped).toBe(skipped);
    expect(visible(out.html)).toBe(text);
  });

  it('lets a cue win over an overlapping rule trigger', () => {
    const out = highlightText('no talks', [cueAt(3, 8, { applied: [{ ruleId: 'negation', factor: -1, span: { start: 0, end: 5 }, reason: 'r' }] })]);
    expect(out.html).toMatch(/<mark class="rule"[^>]*>no <\/mark><mark class="cue cue-engagement"[^>]*>talks<\/mark>/);
  });

  it('keeps the visible text intact and escaped for any text and any spans (property)', () => {
    const arb = fc.string({ maxLength: 60 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.integer({ min: -3, max: 70 }), fc.integer({ min: -3, max: 70 })), { maxLength: 6 })),
    );
    fc.assert(fc.property(arb, ([text, spans]) => {
      const out = highlightText(text, spans.map(([s, e]) => cueAt(s, e)));
      expect(visible(out.html)).toBe(text);
      expect(out.html.replace(/<\/?mark[^>]*>/g, '')).not.toMatch(/[<>]/);
      const fits = spans.filter(([s, e]) => s >= 0 && e <= text.length && s < e).length;
      expect(out.skipped).toBe(spans.length - fits);
    }));
  });
});

describe('phaseRuns', () => {
  it('merges consecutive periods of one phase and lets empty periods neither start nor break a run', () => {
    const runs = phaseRuns(seedTimeline);
    // 2022-Q1 and 2023-Q1 are empty in the fixture; recognition turns positive in 2023-Q4.
    expect(runs.map((r) => [r.from, r.to, r.phase, r.periods])).toEqual([
      ['2021-Q3', '2023-Q3', 'engagement without recognition', 7],
      ['2023-Q4', '2024-Q2', 'toward recognition', 3],
    ]);
    expect(runs.reduce((s, r) => s + r.n, 0)).toBe(seedTimeline.points.reduce((s, p) => s + p.n, 0));
  });
  it('gives no run for a timeline without statements', () => {
    expect(phaseRuns({ points: seedTimeline.points.map((p) => ({ ...p, n: 0, phase: 'no signal' as const })) })).toEqual([]);
  });
});

describe('reportHtml', () => {
  const content = {
    title: 'Russia & the Taliban <draft>',
    timelines: [seedTimeline, secondTimeline],
    statements,
    charts: [{ title: 'A chart', caption: 'What it shows <b>.', svg: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>' }],
    problems: [{ source: 'in.jsonl', line: 4, kind: 'malformed-json', message: 'Unexpected token <' }],
  };
  const html = reportHtml(content);

  it('is deterministic', () => {
    expect(reportHtml(content)).toBe(html);
  });

  it('escapes every text from the input: the only script element is its own', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('alert("x")</script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<title>Russia &amp; the Taliban &lt;draft&gt;</title>');
    expect(html).toContain('doc-&lt;x&gt;.txt');
    expect(html).toContain('data-actor="Russia &lt;script&gt;"');
    expect(html).toContain('What it shows &lt;b&gt;.');
    // A driver's text with markup (fixture engagement shift).
    expect(html).toContain('host &lt;b&gt;talks&lt;/b&gt; with');
  });

  it('loads nothing from anywhere: a strict CSP and no external references', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toContain("default-src 'none'");
    const withoutNamespaces = html.replace(/xmlns(:\w+)?="http:\/\/www\.w3\.org\/[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/(src|href)\s*=\s*"(https?:)?\/\//i);
    expect(withoutNamespaces).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });

  it('summarises each pair with its phases and latest phase', () => {
    expect(html).toContain('Latest phase: <span class="phase phase-toward-recognition">toward recognition</span> in 2024-Q2.');
    expect(html).toContain('2021-Q3 – 2023-Q3: <span class="phase phase-engagement-without-recognition">');
    expect(html).toContain('2 periods have no statement');
  });

  it('lists each shift with its summary and ranked drivers, in date order', () => {
    const eng = html.indexOf('Russia&#39;s engagement rose');
    const rec = html.indexOf('Russia&#39;s recognition rose');
    expect(eng).toBeGreaterThan(0);
    expect(rec).toBeGreaterThan(eng);
    expect(html).toContain('“Moscow said it could take the movement off its list of banned groups.”');
    expect(html).toContain('No shift found.');
  });

  it('has one table row per statement, sorted by date with undated ones last, and the rules that fired', () => {
    const rows = html.match(/<tr data-actor=[^>]*>.*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(statements.length);
    expect(rows[0]).toContain('not</mark>');
    expect(rows[0]).toContain('data-rules="negation"');
    expect(rows[rows.length - 1]).toContain('undated');
    expect(html).toContain('data-rules="hedge conditional"');
    expect(html).toContain('<option value="negation">negation</option>');
  });

  it('reports input problems and evidence it could not mark', () => {
    expect(html).toContain('in.jsonl:4: malformed-json: Unexpected token &lt;');
    expect(html).toContain('1 evidence span did not fit the statement text');
  });

  it('renders an empty report without crashing', () => {
    const empty = reportHtml({ title: 'Nothing', timelines: [], statements: [], charts: [] });
    expect(empty).toContain('No timeline was given.');
    expect(empty).toContain('0 statements from 0 documents.');
    expect(empty).not.toContain('id="problems"');
  });

  it('keeps the text of every statement readable in its row', () => {
    for (const text of Object.values(TEXTS)) expect(visible(html)).toContain(text);
  });
});
