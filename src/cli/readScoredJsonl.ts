import { readdir, stat } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { DatedScore, InputProblem, QuoteKind } from '../types';
import { InputError } from '../errors';
import { toIsoDay } from '../series/isoDay';
import { readDocuments } from '../io/readDocuments';
import { readJsonl } from '../io/readJsonl';
import { analyzeDocument, type AnalyzeOptions } from '../stance/analyzeDocument';
import type { Document } from '../types';

/** Options of {@link readScoredJsonl}. */
export interface ReadScoredJsonlOptions {
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Read for the input `-`. */
  readonly stdin?: Readable;
  /** Throw an {@link InputError} at the first bad line instead of skipping it. */
  readonly strict?: boolean;
  /** Called with each problem as it is found (the CLI prints it on stderr). */
  readonly onProblem?: (problem: InputProblem) => void;
  /**
   * Analyse articles found in the inputs (`.txt` files, and JSONL records with a `text` but no scores) with these
   * options; without it such inputs are reported as problems.
   */
  readonly documents?: AnalyzeOptions;
}

/** The statements read and the problems met. */
export interface ReadScoredJsonlResult {
  readonly statements: DatedScore[];
  readonly problems: InputProblem[];
}

const QUOTES: readonly QuoteKind[] = ['direct', 'reported', 'none'];

function checkRecord(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const r = value as Record<string, unknown>;
  if (typeof r.date !== 'string' || toIsoDay(r.date) === null) return `"date" must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(r.date)}`;
  for (const k of ['actor', 'target']) {
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string') return `"${k}" must be a string or null`;
  }
  for (const d of ['engagement', 'recognition', 'threat']) {
    const s = r[d] as Record<string, unknown> | undefined;
    if (typeof s !== 'object' || s === null) return `"${d}" must be an object { score, label }`;
    if (typeof s.score !== 'number' || !(s.score >= -1 && s.score <= 1)) return `"${d}.score" must be a number in [-1, 1]`;
    if (s.label !== -1 && s.label !== 0 && s.label !== 1) return `"${d}.label" must be -1, 0 or 1`;
  }
  if (r.text !== undefined && typeof r.text !== 'string') return '"text" must be a string';
  if (r.doc !== undefined && typeof r.doc !== 'string') return '"doc" must be a string';
  if (r.quote !== undefined && !QUOTES.includes(r.quote as QuoteKind)) return `"quote" must be one of ${QUOTES.join(', ')}`;
  if (r.start !== undefined && typeof r.start !== 'number') return '"start" must be a number';
  return null;
}

/** A JSONL record that is an article to analyse: text and no scores. */
function isArticle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return typeof r.text === 'string' && r.engagement === undefined && r.recognition === undefined && r.threat === undefined;
}

async function expand(inputs: readonly string[], cwd: string, problems: InputProblem[], report: (p: InputProblem) => void): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    const path = resolve(cwd, input);
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const names = (await readdir(path)).filter((n) => n.endsWith('.jsonl') || n.endsWith('.txt')).sort();
        files.push(...names.map((n) => join(input, n)));
      } else {
        files.push(input);
      }
    } catch (error) {
      const problem = { source: input, kind: 'unreadable', message: (error as Error).message };
      problems.push(problem);
      report(problem);
    }
  }
  return files;
}

/**
 * Reads scored statements (one {@link DatedScore} JSON object per line) from files, directories (their `*.jsonl`
 * and `*.txt` files, in name order) or `-` (stdin). With `documents`, articles (`.txt` files and JSONL records with
 * a text and no scores) are analysed on the way, so the timeline commands take the same inputs as `analyze`. Blank lines are ignored; a malformed or invalid line is reported with its
 * file and line number and skipped, or, with `strict`, fails the read. This is the one place the timeline commands
 * get their statements from.
 *
 * @throws InputError with `strict`, at the first problem.
 * @example
 * const { statements, problems } = await readScoredJsonl(['scored.jsonl'], { cwd: process.cwd() });
 */
export async function readScoredJsonl(inputs: readonly string[], options: ReadScoredJsonlOptions): Promise<ReadScoredJsonlResult> {
  const problems: InputProblem[] = [];
  const statements: DatedScore[] = [];
  const report = (problem: InputProblem): void => {
    if (options.strict === true) throw new InputError(problem.source, problem.line, problem.message);
    problems.push(problem);
    options.onProblem?.(problem);
  };
  const files = await expand(inputs, options.cwd, problems, report);
  const fromDocument = (doc: Document, source: string, line?: number): void => {
    if (options.documents === undefined) {
      report({ source, ...(line === undefined ? {} : { line }), kind: 'invalid-statement', message: 'an article, not a scored statement: give --target to analyse it' });
      return;
    }
    const result = analyzeDocument(doc, options.documents);
    for (const p of result.problems) report(p);
    for (const st of result.statements) if (st.date !== null) statements.push({ ...st, date: st.date });
  };
  for (const file of files) {
    if (file.endsWith('.txt')) {
      const reader = readDocuments([resolve(options.cwd, file)], { onReport: report });
      for await (const doc of reader) fromDocument({ ...doc, id: file }, file);
      continue;
    }
    const source = file === '-' ? '<stdin>' : file;
    if (file === '-' && options.stdin === undefined) {
      report({ source, kind: 'unreadable', message: 'no standard input available' });
      continue;
    }
    // The shared JSONL reader: line numbers, malformed JSON, invalid UTF-8 and unreadable files, all reported.
    const reader = readJsonl(file === '-' ? (options.stdin as Readable & AsyncIterable<Uint8Array>) : resolve(options.cwd, file), { name: source, onReport: report });
    for await (const { line, value } of reader) {
      if (isArticle(value)) {
        const r = value as Record<string, unknown>;
        fromDocument({ ...(r as unknown as Document), id: typeof r.id === 'string' ? r.id : `${source}:${line}` }, source, line);
        continue;
      }
      const problem = checkRecord(value);
      if (problem !== null) {
        report({ source, line, kind: 'invalid-statement', message: problem });
        continue;
      }
      const r = value as DatedScore;
      statements.push({ ...r, actor: r.actor ?? null, target: r.target ?? null });
    }
  }
  return { statements, problems };
}
