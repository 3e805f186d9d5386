/**
 * Importing the main entry must be cheap and silent: no heavy or unrelated dependency (natural, vega, database
 * clients), no language model until the first NLP call, no output, no file, network or process I/O, no timers left
 * behind. Each entry is loaded by test/package/importProbe.mjs in a fresh process; deliberately noisy fixture modules
 * show that the probe detects every kind of violation.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, ensureDist } from './ensureDist';

/** Packages the main entry must never load: NLP toolkits that drag in database clients, charting, the clients. */
const FORBIDDEN_AT_IMPORT =
  /[\\/]node_modules[\\/](natural|vega|vega-[^\\/]+|d3-[^\\/]+|pg|pg-[^\\/]+|mongoose|mongodb|redis|@redis[\\/][^\\/]+|ioredis|memjs|mysql2?|sqlite3|better-sqlite3|wink-eng-lite-web-model)[\\/]/;

/** The language model: several megabytes, loaded by the first NLP call and not before. */
const MODEL = /[\\/]node_modules[\\/]wink-eng-lite-web-model[\\/]/;

interface ProbeReport {
  readonly exports: string[];
  readonly modulesAtImport: string[];
  readonly modulesAfterFirstCall: string[] | null;
  readonly ioAtImport: { kind: string; name: string; target: string }[];
  readonly newHandles: string[];
}

interface Probe {
  readonly stdout: string;
  readonly stderr: string;
  readonly report: ProbeReport;
}

let work: string;

function probe(mode: 'esm' | 'cjs', file: string): Probe {
  const reportPath = join(work, `${mode}-${file.replace(/[\\/.]/g, '_')}.json`);
  const result = spawnSync(process.execPath, [join(__dirname, 'importProbe.mjs'), mode, join(REPO_ROOT, file), reportPath], {
    cwd: work,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`probe of ${file} exited ${String(result.status)}:\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr, report: JSON.parse(readFileSync(reportPath, 'utf8')) as ProbeReport };
}

/** Every rule the probe report breaks, as readable strings (empty when the import is clean). */
function violations(p: Probe): string[] {
  const found: string[] = [];
  if (p.stdout !== '') found.push(`printed to stdout: ${JSON.stringify(p.stdout)}`);
  if (p.stderr !== '') found.push(`printed to stderr: ${JSON.stringify(p.stderr)}`);
  for (const file of p.report.modulesAtImport) if (FORBIDDEN_AT_IMPORT.test(file)) found.push(`loaded ${file}`);
  for (const call of p.report.ioAtImport) found.push(`${call.kind} I/O: ${call.name}(${call.target})`);
  for (const handle of p.report.newHandles) found.push(`left an active ${handle}`);
  return found;
}

beforeAll(() => {
  ensureDist();
  work = mkdtempSync(join(tmpdir(), 'stance-shift-import-'));
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe.each([
  ['ESM', 'esm', 'dist/index.js'],
  ['CJS', 'cjs', 'dist/index.cjs'],
] as const)('importing the %s main entry (%s, %s)', (_label, mode, file) => {
  let result: Probe;
  beforeAll(() => {
    result = probe(mode, file);
  });

  it('loads the entry itself (the module list is really observed)', () => {
    expect(result.report.modulesAtImport).toContain(join(REPO_ROOT, file));
  });

  it('prints nothing, loads no forbidden package, does no I/O and leaves no handle', () => {
    expect(violations(result)).toEqual([]);
  });

  it('loads the language model at the first NLP call, not before', () => {
    expect(result.report.modulesAtImport.filter((m) => MODEL.test(m))).toEqual([]);
    expect(result.report.modulesAfterFirstCall?.some((m) => MODEL.test(m))).toBe(true);
  });
});

describe.each([
  // Rationale: the subpaths may load more than the main entry, but vega and vega-lite only when a chart is rendered
  // (a report built as a Vega-Lite spec needs neither), and never natural, a database client, output or I/O.
  ['io', 'dist/io.js', 'dist/io.cjs'],
  ['report', 'dist/report.js', 'dist/report.cjs'],
  ['eval', 'dist/eval.js', 'dist/eval.cjs'],
] as const)('importing the stance-shift/%s subpath', (_name, esmFile, cjsFile) => {
  it.each([
    ['esm', esmFile],
    ['cjs', cjsFile],
  ] as const)('as %s (%s) prints nothing, loads no forbidden package and does no I/O', (mode, file) => {
    const result = probe(mode, file);
    expect(result.report.modulesAtImport).toContain(join(REPO_ROOT, file));
    expect(violations(result)).toEqual([]);
  });
});

describe('the probe on modules that break the rules on purpose', () => {
  it.each([
    // Rationale: the ESM fixture imports vega (a forbidden package only reachable through ES module loading),
    // logs, reads a data file and leaves a timer; each must surface as a violation.
    ['esm', 'test/package/fixtures/noisyModule.mjs', ['printed to stdout', 'loaded', 'node_modules/vega/', 'fs I/O: readFileSync', 'someData.txt', 'active Timeout']],
    // Rationale: the CJS fixture requires the language model (forbidden at import), writes to stderr, reads a file
    // and leaves a timer.
    ['cjs', 'test/package/fixtures/noisyModule.cjs', ['printed to stderr', 'wink-eng-lite-web-model', 'fs I/O: readFileSync', 'someData.txt', 'active Timeout']],
  ] as const)('reports every violation of %s fixture %s', (mode, file, expected) => {
    const text = violations(probe(mode, file)).join('\n');
    for (const fragment of expected) expect(text).toContain(fragment);
  });
});
