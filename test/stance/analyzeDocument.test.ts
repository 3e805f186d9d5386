import { createActorRegistry } from '../../src/attribution/createActorRegistry';
import { InputError, InvalidOptionError } from '../../src/errors';
import { defaultNlp } from '../../src/nlp';
import { analyzeDocument, type AnalyzeOptions } from '../../src/stance/analyzeDocument';
import type { Document, Statement } from '../../src/types';

const nlp = defaultNlp();
const TALIBAN: AnalyzeOptions = { target: 'Taliban', nlp };

const find = (statements: readonly Statement[], start: string): Statement => {
  const s = statements.find((x) => x.text.startsWith(start));
  if (s === undefined) throw new Error(`no statement starts with "${start}"; got ${JSON.stringify(statements.map((x) => x.text))}`);
  return s;
};

describe('analyzeDocument: publication date', () => {
  it.each<{ why: string; doc: Document; date: string; source: string }>([
    { why: 'a "date" header line', doc: { id: 'h', text: 'date 2022-03-04 Norway will talk to the Taliban.' }, date: '2022-03-04', source: 'header' },
    { why: 'a "Published" header with IST time', doc: { id: 'p', text: 'Published 09:15 IST, June 3rd 2022\nThe Kremlin said it would keep its embassy open.' }, date: '2022-06-03', source: 'header' },
    { why: 'metadata, which wins over the header', doc: { id: 'm', text: 'date 2022-01-01 Russia will talk to the Taliban.', published: '2021-09-09' }, date: '2021-09-09', source: 'metadata' },
  ])('comes from $why', ({ doc, date, source }) => {
    const r = analyzeDocument(doc, TALIBAN);
    expect(r.published).toMatchObject({ date, source });
    expect(r.problems).toEqual([]);
    expect(r.statements.length).toBeGreaterThan(0);
    for (const s of r.statements) expect([s.date, s.dateSource]).toEqual([date, 'published']);
  });

  it('keeps the header line out of the statements', () => {
    const r = analyzeDocument({ id: 'h', text: 'Published 09:15 IST, June 3rd 2022\nRussia will talk to the Taliban.' }, TALIBAN);
    expect(r.statements.map((s) => s.text)).toEqual(['Russia will talk to the Taliban.']);
  });

  it('reports an undatable document (onProblem skip, the default) and leaves its statements undated, never today', () => {
    const r = analyzeDocument({ id: 'undated', text: 'Russia will hold talks with the Taliban, Lavrov said.' }, TALIBAN);
    expect(r.published.date).toBeNull();
    expect(r.problems).toEqual([{ source: 'undated', kind: 'undatable', message: expect.stringContaining('no publication date') }]);
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ date: null, dateSource: null, speaker: 'Sergey Lavrov', engagement: { label: 1 } });
  });

  it('throws InputError naming the document for an undatable one with onProblem fail', () => {
    const run = (): unknown => analyzeDocument({ id: 'undated', text: 'Talks with the Taliban.' }, { ...TALIBAN, onProblem: 'fail' });
    expect(run).toThrow(InputError);
    expect(run).toThrow(/^undated: no publication date/);
  });

  it('dates a statement by its own words: "on Monday" is the Monday before publication, "in 2003" is background', () => {
    const text = 'date 2022-03-09 The Kremlin said on Monday it would not negotiate with the Taliban. In 2003 Russia designated the Taliban a terrorist organisation.';
    const r = analyzeDocument({ id: 'd', text }, TALIBAN);
    expect(find(r.statements, 'The Kremlin')).toMatchObject({ date: '2022-03-07', dateSource: 'relative' });
    const background = find(r.statements, 'In 2003');
    expect(background).toMatchObject({ dateSource: 'background', dateRange: { start: '2003-01-01', end: '2003-12-31' }, recognition: { label: -1 } });
    expect(background.dateEvidence?.text).toBe('In 2003');
  });

  it('dates every sentence of a direct quote by its frame, before or after the quote', () => {
    const text = [
      'date 2022-03-09 "We see no reason to hurry with recognising the Taliban. But we will keep talking to them," Sergei Lavrov told reporters on Monday.',
      '',
      'Zamir Kabulov said on Tuesday: "Our embassy stays open. The work continues."',
    ].join('\n');
    const r = analyzeDocument({ id: 'q', text }, TALIBAN);
    expect(find(r.statements, '"We see no reason')).toMatchObject({ speaker: 'Sergey Lavrov', date: '2022-03-07', dateSource: 'relative', recognition: { label: -1 } });
    expect(find(r.statements, 'The work continues')).toMatchObject({ speaker: 'Zamir Kabulov', date: '2022-03-08', dateSource: 'relative' });
  });

  it('scores a section heading of a word or two ("Recognition") as a topic, with its cue kept in the evidence', () => {
    const text = 'date 2022-11-15\nOslo hosts the group\n\nOslo kept talking to the Taliban on Monday.\n\nRecognition\n\nOslo has not recognised the Taliban.';
    const { statements } = analyzeDocument({ id: 'h', text }, { target: 'Taliban' });
    const heading = statements.find((s) => s.text === 'Recognition');
    expect(heading?.kind).toBe('subhead');
    expect(heading?.recognition.label).toBe(0);
    expect(heading?.evidence.some((e) => e.applied.some((a) => a.ruleId === 'heading'))).toBe(true);
    expect(statements.find((s) => s.text.startsWith('Oslo has not'))?.recognition.label).toBe(-1);
  });

  it('does not take a name joined to a lower-case word by a hyphen for the target ("pro-Taliban")', () => {
    const r = analyzeDocument({ id: 'hyphen', text: 'date 2025-10-30 Moscow banned pro-Taliban websites last year.' }, TALIBAN);
    expect(find(r.statements, 'Moscow banned').recognition.label).toBe(0);
  });

  it('takes "the Afghan side" of a diplomatic readout for the Taliban (a catalogue alias)', () => {
    const text = 'date 2025-03-12 Envoys met in Astana. The Afghan side invited the Kazakh delegation to visit Kabul.';
    const r = analyzeDocument({ id: 'readout', text }, TALIBAN);
    expect(find(r.statements, 'The Afghan side')).toMatchObject({ actor: 'Taliban' });
  });

  it("takes the target's officials named by the registry for the target ('talks with Amir Khan Muttaqi')", () => {
    const text = 'date 2024-05-20 The minister met Amir Khan Muttaqi in Astana.';
    const r = analyzeDocument({ id: 'official', text }, TALIBAN);
    expect(find(r.statements, 'The minister met').engagement.label).toBe(1);
  });

  it('gives "last week" a range ending before the publication week', () => {
    const r = analyzeDocument({ id: 'w', text: 'date 2022-01-10 Russia hosted talks with the Taliban last week.' }, TALIBAN);
    expect(r.statements[0]).toMatchObject({ dateSource: 'relative', dateRange: { start: '2022-01-03', end: '2022-01-09' } });
  });
});

describe('analyzeDocument: statements', () => {
  const TEXT = `date 2022-05-02 Oslo keeps a channel open

Norway will hold talks with the Taliban in Oslo, the foreign ministry said.
"We are not in a rush to recognise them," Lavrov said.
The weather in Oslo was mild.
Follow us on`;

  const r = analyzeDocument({ id: 'oslo', text: TEXT }, TALIBAN);

  it('gives statement offsets that slice back to their text, in document order, boilerplate left out', () => {
    expect(r.statements.map((s) => s.text)).toEqual([
      'Oslo keeps a channel open',
      'Norway will hold talks with the Taliban in Oslo, the foreign ministry said.',
      '"We are not in a rush to recognise them," Lavrov said.',
      'The weather in Oslo was mild.',
    ]);
    let last = -1;
    for (const s of r.statements) {
      expect(TEXT.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThan(last);
      last = s.start;
      expect(s.doc).toBe('oslo');
    }
  });

  it('marks the headline as a headline of the narrator', () => {
    expect(r.statements[0]).toMatchObject({ kind: 'headline', speaker: null, actor: 'Norway', quote: 'none' });
  });

  it('attributes reported speech to the speaker and the actor it speaks for', () => {
    expect(find(r.statements, 'Norway will')).toMatchObject({ speaker: 'Norwegian Foreign Ministry', actor: 'Norway', target: 'Taliban', quote: 'reported', engagement: { label: 1 } });
  });

  it('keeps a group whose name holds the target’s apart from the target', () => {
    const doc = { id: 'ttp', published: '2023-03-05', text: 'The Pakistani Taliban said they had ended their ceasefire. Islamabad ruled out talks with Tehrik-e-Taliban Pakistan.' };
    const { statements } = analyzeDocument(doc, TALIBAN);
    expect(find(statements, 'The Pakistani')).toMatchObject({ actor: 'TTP', engagement: { label: 0 } });
    expect(find(statements, 'Islamabad')).toMatchObject({ actor: 'Pakistan', engagement: { label: 0 } });
  });

  it('attributes a direct quote to the "X said" after it, and resolves "them" to the target', () => {
    const quote = find(r.statements, '"We are');
    expect(quote).toMatchObject({ speaker: 'Sergey Lavrov', actor: 'Russia', quote: 'direct', recognition: { label: -1 } });
    expect(quote.attribution).toContain('Lavrov said');
  });

  it('attributes a direct quote to the "said X" after it', () => {
    const d = analyzeDocument({ id: 'k', text: 'date 2022-01-10 "We will keep talking to the Taliban," said Zamir Kabulov.' }, TALIBAN);
    expect(d.statements[0]).toMatchObject({ speaker: 'Zamir Kabulov', actor: 'Russia', quote: 'direct', engagement: { label: 1 } });
  });

  it('keeps the speaker for a follow-up sentence that names him by surname', () => {
    const d = analyzeDocument(
      { id: 'k2', text: 'date 2022-01-10 "We will keep talking to the Taliban," said Zamir Kabulov. Kabulov added that recognition would come only if the Taliban formed an inclusive government.' },
      TALIBAN,
    );
    expect(find(d.statements, 'Kabulov added')).toMatchObject({ speaker: 'Zamir Kabulov', actor: 'Russia', quote: 'reported', recognition: { label: -1 } });
  });

  it('does not take a turn to other news ("Separately, ...") for the target, up to a sentence that names it again', () => {
    const text = [
      'date 2024-05-20 Moscow held talks with the Taliban on Monday. The sides agreed to continue the dialogue.',
      '',
      'Separately, Putin met the Emir of Qatar. The leaders agreed to deepen cooperation. They also discussed trade.',
      '',
      'Recognition is not on the agenda, Lavrov said.',
      '',
      'Separately, Lavrov said Russia would keep talking to the Taliban.',
    ].join('\n');
    const r = analyzeDocument({ id: 'separately', text }, TALIBAN);
    expect(find(r.statements, 'The sides agreed').engagement.label).toBe(1);
    expect(find(r.statements, 'Separately, Putin').engagement.label).toBe(0);
    expect(find(r.statements, 'The leaders agreed').engagement.label).toBe(0);
    expect(find(r.statements, 'They also discussed').engagement.label).toBe(0);
    expect(find(r.statements, 'Recognition is not').recognition.label).toBe(-1);
    expect(find(r.statements, 'Separately, Lavrov').engagement.label).toBe(1);
  });

  it('scores aid only where the statement refers to the target: aid to the people is no contact with it', () => {
    const text = [
      'date 2023-03-22 Japan held talks with the Taliban in Kabul on Monday.',
      '',
      'Japan also announced new humanitarian aid for the Afghan people through UNICEF. The assistance will provide food and medicine.',
      '',
      'Tokyo will keep funding clinics run by the Taliban ministry of health.',
    ].join('\n');
    const r = analyzeDocument({ id: 'aid', text }, TALIBAN);
    expect(find(r.statements, 'Japan also announced').engagement.label).toBe(0);
    expect(find(r.statements, 'The assistance will provide').engagement.label).toBe(0);
    expect(find(r.statements, 'Tokyo will keep funding').engagement.label).toBe(1);
  });

  it("reads a title and a registry's name in capitals as that person's label", () => {
    const r = analyzeDocument({ id: 'caps', text: 'date 2025-03-18\n\nWeekly briefing\n\nDR. AL-ANSARI: We continue to coordinate with the Taliban on aid.' }, TALIBAN);
    expect(find(r.statements, 'DR. AL-ANSARI')).toMatchObject({ speaker: 'Majed al-Ansari', actor: 'Qatar' });
  });

  it("does not take a fact sheet's lead-ins in capitals for a transcript's labels", () => {
    const text = [
      'date 2025-06-30 Fact Sheet: Providing for the revocation of sanctions',
      '',
      'PROMOTING STABILITY AND PEACE: Today, the President signed an order to lift sanctions on the Taliban.',
      '',
      'DELIVERING ON PROMISES: The following day, the President met the Taliban envoy in Riyadh.',
      '',
      'HOLDING BAD ACTORS ACCOUNTABLE: The order keeps sanctions on terrorists.',
    ].join('\n');
    const r = analyzeDocument({ id: 'fact-sheet', text }, TALIBAN);
    expect(find(r.statements, 'PROMOTING STABILITY').engagement.label).toBe(1);
    expect(find(r.statements, 'DELIVERING ON PROMISES').engagement.label).toBe(1);
    expect(r.statements.flatMap((s) => s.evidence.flatMap((e) => e.applied.map((a) => a.ruleId)))).not.toContain('question');
  });

  it('takes a bare denial right after a statement that weighs recognition to go on withholding it, weakly', () => {
    const text = [
      'date 2024-05-20 Recognition of the Taliban is not on the agenda, Lavrov said on Monday. "We are not in a hurry," he added.',
      '',
      'Lavrov said the talks with the Taliban had been useful. "We are not in a hurry."',
    ].join('\n');
    const r = analyzeDocument({ id: 'continued', text }, TALIBAN);
    const hurry = find(r.statements, '"We are not in a hurry," he added.');
    expect(hurry.recognition).toMatchObject({ label: -1 });
    expect(Math.abs(hurry.recognition.score)).toBeLessThan(0.9);
    expect(hurry.evidence.map((e) => e.entryId)).toContain('continued');
    const named = analyzeDocument({ id: 'named', text: 'date 2024-05-20 There is no talk of recognising the Taliban. "Moscow is not in a hurry," Peskov said.' }, TALIBAN);
    expect(find(named.statements, '"Moscow is not').recognition.label).toBe(-1);
    // After talks, not recognition, the same words withhold nothing.
    expect(r.statements.filter((s) => s.text === '"We are not in a hurry."').map((s) => s.recognition.label)).toEqual([0]);
  });

  it('scores engagement and threat with no object of their own only near a reference to the target; recognition anywhere', () => {
    const text = [
      'date 2024-05-20 Moscow held talks with the Taliban on Monday. The sides agreed to continue the dialogue.',
      '',
      'Officials in Kabul said the talks had gone well.',
      '',
      'Russia has also stepped up its diplomacy elsewhere. The ministry hosted a conference on energy. The delegations signed several trade deals. Officials praised the cooperation.',
      '',
      'Recognition, the ministry said, is not on the agenda for now.',
      '',
      'Engagement does not mean legitimisation, the ministry added.',
    ].join('\n');
    const r = analyzeDocument({ id: 'near', text }, TALIBAN);
    expect(find(r.statements, 'The sides agreed').engagement.label).toBe(1);
    // A headline tells of what the lead after it names.
    const h = analyzeDocument({ id: 'headline', text: 'Envoys hold talks\n\nWeather was mild.\n\nRussian envoys met the Taliban in Doha on Monday.\n\ndate 2024-05-20' }, TALIBAN);
    expect(find(h.statements, 'Envoys hold talks').engagement.label).toBe(1);
    // "Kabul", the capital of what the target governs, refers to it.
    expect(find(r.statements, 'Officials in Kabul').engagement.label).toBe(1);
    expect(find(r.statements, 'Russia has also stepped up').engagement.label).toBe(0);
    expect(find(r.statements, 'Officials praised the cooperation').engagement.label).toBe(0);
    const far = find(r.statements, 'Officials praised the cooperation');
    expect(far.evidence.some((e) => e.applied.some((a) => a.ruleId === 'target' && a.reason.includes('few before it')))).toBe(true);
    expect(find(r.statements, 'Recognition, the ministry said').recognition.label).toBe(-1);
    // A statement that weighs recognition is about the target, near a mention or not.
    expect(find(r.statements, 'Engagement does not mean')).toMatchObject({ engagement: { label: 1 }, recognition: { label: -1 } });
  });

  it('reads "the two ministers" after a meeting with another party as that pair, not the target', () => {
    const text = 'date 2024-05-20 Lavrov received a call from the Foreign Minister of Qatar. The two ministers agreed to remain in touch. Lavrov later met Amir Khan Muttaqi. The two ministers agreed to stay in touch.';
    const r = analyzeDocument({ id: 'pair', text }, TALIBAN);
    expect(find(r.statements, 'The two ministers agreed to remain').engagement.label).toBe(0);
    expect(find(r.statements, 'The two ministers agreed to stay').engagement.label).toBe(1);
  });

  it('scores a sentence with no stance 0 on every dimension, with phase "no signal"', () => {
    expect(find(r.statements, 'The weather')).toMatchObject({ engagement: { label: 0 }, recognition: { label: 0 }, threat: { label: 0 }, phase: 'no signal' });
  });

  it('carries the scorer evidence with spans relative to the statement text', () => {
    const s = find(r.statements, 'Norway will');
    expect(s.evidence.length).toBeGreaterThan(0);
    for (const e of s.evidence) expect(s.text.slice(e.span.start, e.span.end)).toBe(e.cue);
  });

  it('signalOnly keeps exactly the statements with a non-zero label', () => {
    const signal = analyzeDocument({ id: 'oslo', text: TEXT }, { ...TALIBAN, signalOnly: true });
    const expected = r.statements.filter((s) => s.engagement.label !== 0 || s.recognition.label !== 0 || s.threat.label !== 0);
    expect(signal.statements).toEqual(expected);
    expect(signal.statements.some((s) => s.text.startsWith('The weather'))).toBe(false);
  });

  it('gives the same statements on a second call (determinism)', () => {
    expect(JSON.stringify(analyzeDocument({ id: 'oslo', text: TEXT }, TALIBAN))).toBe(JSON.stringify(r));
  });
});

describe('analyzeDocument: actors and targets', () => {
  it('takes the nested stance: the Taliban welcoming Russia is the Taliban towards Russia', () => {
    const d = analyzeDocument({ id: 'n', text: "date 2022-06-03 Mujahid said the Taliban welcomed Russia's decision." }, TALIBAN);
    expect(d.statements[0]).toMatchObject({ speaker: 'Zabihullah Mujahid', actor: 'Taliban', target: 'Russia', engagement: { label: 1 } });
  });

  it('knows the target catalogue aliases: "Islamic Emirate" is the Taliban', () => {
    const d = analyzeDocument({ id: 'a', text: 'date 2022-05-02 Russia is ready to hold talks with the Islamic Emirate.' }, TALIBAN);
    expect(d.statements[0]).toMatchObject({ target: 'Taliban', engagement: { label: 1 } });
  });

  it('adds the caller aliases: a known party named as an alias counts as the target', () => {
    const text = 'date 2022-05-02 Moscow will hold talks with Beijing next week.';
    expect(analyzeDocument({ id: 'b', text }, TALIBAN).statements[0]?.engagement.label).toBe(0);
    expect(analyzeDocument({ id: 'b', text }, { ...TALIBAN, targetAliases: ['Beijing'] }).statements[0]?.engagement.label).toBe(1);
  });

  it('scores talks with another named party 0 for the target', () => {
    const d = analyzeDocument({ id: 'c', text: 'date 2022-05-02 Russia held talks with India on regional security.' }, TALIBAN);
    expect(d.statements[0]).toMatchObject({ actor: 'Russia', engagement: { label: 0 } });
  });

  it("lets a document's own target and actor override the options", () => {
    const d = analyzeDocument({ id: 't', target: 'HTS', text: 'date 2025-01-10 Ankara will hold talks with the new Syrian authorities.' }, { ...TALIBAN, actor: 'Norway' });
    expect(d.statements[0]).toMatchObject({ target: 'HTS', actor: 'Turkey', engagement: { label: 1 } });
    const narrator = 'date 2023-01-01 Talks with the Taliban will continue.';
    expect(analyzeDocument({ id: 'x', text: narrator }, TALIBAN).statements[0]?.actor).toBeNull();
    expect(analyzeDocument({ id: 'x', text: narrator }, { ...TALIBAN, actor: 'Norway' }).statements[0]?.actor).toBe('Norway');
    expect(analyzeDocument({ id: 'x', text: narrator, actor: 'Qatar' }, { ...TALIBAN, actor: 'Norway' }).statements[0]?.actor).toBe('Qatar');
  });

  it('without any target scores nothing for a target and leaves target null', () => {
    const d = analyzeDocument({ id: 'nt', text: 'date 2025-01-10 Ankara will hold talks with the Taliban.' }, { nlp });
    expect(d.statements[0]).toMatchObject({ target: null, engagement: { label: 0 } });
  });

  it('uses a caller registry for attribution', () => {
    const registry = createActorRegistry({
      actors: [{ id: 'Ruritania', kind: 'state', names: ['Ruritania'], demonyms: ['Ruritanian'], metonyms: ['Strelsau'] }],
      officials: [{ id: 'Rudolf Rassendyll', aliases: ['Rassendyll'], actor: 'Ruritania', roles: ['king'] }],
    });
    const d = analyzeDocument({ id: 'r', text: 'date 2022-05-02 Rassendyll said Strelsau would hold talks with the Taliban.' }, { ...TALIBAN, registry });
    expect(d.statements[0]).toMatchObject({ speaker: 'Rudolf Rassendyll', actor: 'Ruritania', engagement: { label: 1 } });
  });
});

describe('analyzeDocument: input checks', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'Russia will talk.'],
    ['a document without text', { id: 'x' }],
    ['text that is not a string', { id: 'x', text: 42 }],
  ])('rejects %s with InvalidOptionError naming "doc"', (_why, doc) => {
    expect(() => analyzeDocument(doc as Document, TALIBAN)).toThrow(InvalidOptionError);
    expect(() => analyzeDocument(doc as Document, TALIBAN)).toThrow('Invalid option "doc"');
  });

  it('names a document without an id "<document>"', () => {
    const d = analyzeDocument({ id: '', text: 'date 2022-01-10 Talks with the Taliban go on.' }, TALIBAN);
    expect(d.doc).toBe('<document>');
    expect(d.statements[0]?.doc).toBe('<document>');
  });

  it('returns no statement (and no crash) for an empty or blank text', () => {
    for (const text of ['', '   \n\n ']) {
      const d = analyzeDocument({ id: 'e', text, published: '2022-01-01' }, TALIBAN);
      expect(d.statements).toEqual([]);
      expect(d.problems).toEqual([]);
    }
  });
});
