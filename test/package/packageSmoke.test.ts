/**
 * The package as a user gets it: `npm pack`, install the tarball into an empty project, then use it the four ways a
 * consumer can (ESM import, CJS require, a TypeScript program, the CLI from node_modules/.bin) and lint the tarball
 * with publint and @arethetypeswrong/cli. Runs against dist/ (CI builds before testing).
 */
import { accessSync, constants, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as source from '../../src';
import { directorySize } from './directorySize';
import { REPO_ROOT, ensureDist } from './ensureDist';
import { npmEnv, packAndInstall, run, type PackedInstall } from './packAndInstall';
import { spawnSync } from 'node:child_process';

/** Installing takes a few seconds with a warm npm cache; a cold cache downloads about 10 MB. */
jest.setTimeout(240_000);

/** Subpath entries of the exports map, loaded in both module systems. */
const SUBPATHS = ['stance-shift/io', 'stance-shift/report', 'stance-shift/eval'] as const;

/** Value exports the main entry must have whatever else is added (errors, constants, the NLP adapter). */
const CORE_EXPORTS = [
  'DIMENSIONS',
  'StanceShiftError',
  'InvalidOptionError',
  'DataValidationError',
  'InsufficientDataError',
  'InputError',
  'createNlp',
  'defaultNlp',
];

/**
 * Size budgets in bytes. Measured on 2026-11-27 at commit 06794f9 (scripts/pack-size.ts, docs/package.md): the
 * unpacked package was 2.9 MB, 1.7 MB of it source maps, and the installed production tree 29 MB of files, nearly
 * all of it vega, vega-lite, chrono-node and the wink model. The budgets leave room for growth but catch a new
 * heavy dependency or data shipped by mistake.
 */
const UNPACKED_PACKAGE_BUDGET = 5_000_000;
const INSTALLED_TREE_BUDGET = 40_000_000;

/** What each consumer script prints: the export names it saw and the result of one real call. */
interface ConsumerReport {
  readonly main: string[];
  readonly subpaths: Record<string, string[]>;
  readonly tokens: string[];
  readonly errorIsTyped: boolean;
}

/** The same program written as ESM and as CJS; it exercises the NLP adapter, which loads its model lazily. */
const CONSUMER_BODY = `
const subpaths = {};
for (const [name, mod] of Object.entries(loaded)) subpaths[name] = Object.keys(mod).sort();
const error = new main.InvalidOptionError('window', 'must be positive');
process.stdout.write(JSON.stringify({
  main: Object.keys(main).filter((k) => k !== 'default' && k !== '__esModule').sort(),
  subpaths,
  tokens: main.createNlp().read('Russia hosted talks in Kabul.').tokens.map((t) => t.text),
  errorIsTyped: error instanceof main.StanceShiftError && error.code === 'invalid-option',
}));
`;

const ESM_CONSUMER = `import * as main from 'stance-shift';
${SUBPATHS.map((p, i) => `import * as sub${i} from '${p}';`).join('\n')}
const loaded = { ${SUBPATHS.map((p, i) => `'${p}': sub${i}`).join(', ')} };
${CONSUMER_BODY}`;

const CJS_CONSUMER = `'use strict';
const main = require('stance-shift');
const loaded = { ${SUBPATHS.map((p) => `'${p}': require('${p}')`).join(', ')} };
${CONSUMER_BODY}`;

/** A typed consumer: compiles only if the declarations resolve and describe the real API. */
const TS_CONSUMER = `import { createNlp, DIMENSIONS, InvalidOptionError, StanceShiftError, type Dimension, type Label, type Nlp, type Statement } from 'stance-shift';
const nlp: Nlp = createNlp();
export const count: number = nlp.read('Talks began.').tokens.length;
export const error: StanceShiftError = new InvalidOptionError('window', 'must be positive');
export const first: Dimension | undefined = DIMENSIONS[0];
export const label: Label = 0;
export type Speaker = Statement['speaker'];
`;

/** Negative control: if the types silently resolved to `any`, this would compile. */
const TS_WRONG = `import { createNlp } from 'stance-shift';
export const wrong: number = createNlp();
`;

let install: PackedInstall;

function node(file: string): ConsumerReport {
  const result = run(process.execPath, [file], install.project);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as ConsumerReport;
}

function tsc(args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--target', 'es2022', '--types', 'node', '--typeRoots', join(REPO_ROOT, 'node_modules/@types'), ...args],
    { cwd: install.project, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  ensureDist();
  install = packAndInstall();
  writeFileSync(join(install.project, 'consumer.mjs'), ESM_CONSUMER);
  writeFileSync(join(install.project, 'consumer.cjs'), CJS_CONSUMER);
  writeFileSync(join(install.project, 'consumer.mts'), TS_CONSUMER);
  writeFileSync(join(install.project, 'consumer.cts'), TS_CONSUMER);
  writeFileSync(join(install.project, 'consumer.ts'), TS_CONSUMER);
  writeFileSync(join(install.project, 'wrong.mts'), TS_WRONG);
});

afterAll(() => {
  if (install !== undefined && process.env.KEEP_PACK_SMOKE === undefined) rmSync(install.root, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the build and the docs, and no sources or tests', () => {
    const paths = install.pack.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js']));
    // Rationale: only the "files" list ships; a stray src/, test/ or examples/ would bloat every install.
    expect(paths.filter((p) => /^(src|test|examples|scripts|bench|node_modules)\//.test(p))).toEqual([]);
  });
});

describe('install size', () => {
  it(`keeps the unpacked package under ${UNPACKED_PACKAGE_BUDGET / 1e6} MB`, () => {
    expect(install.pack.unpackedSize).toBeLessThan(UNPACKED_PACKAGE_BUDGET);
  });

  it(`keeps the installed production tree under ${INSTALLED_TREE_BUDGET / 1e6} MB of files`, () => {
    expect(directorySize(join(install.project, 'node_modules'))).toBeLessThan(INSTALLED_TREE_BUDGET);
  });
});

let esmReport: ConsumerReport | undefined;
const esm = (): ConsumerReport => (esmReport ??= node('consumer.mjs'));

describe('an ESM consumer', () => {
  let report: ConsumerReport;
  beforeAll(() => {
    report = esm();
  });

  it('imports the main entry with the core exports', () => {
    expect(report.main).toEqual(expect.arrayContaining(CORE_EXPORTS));
  });

  it('sees exactly the value exports of src/index.ts (a mismatch locally means dist/ is stale: npm run build)', () => {
    const expected = Object.keys(source).filter((k) => k !== '__esModule').sort();
    expect(report.main).toEqual(expected);
  });

  it('imports every subpath entry', () => {
    expect(Object.keys(report.subpaths).sort()).toEqual([...SUBPATHS].sort());
  });

  it('runs the NLP adapter, whose model resolves from the installed dependencies', () => {
    expect(report.tokens).toEqual(['Russia', 'hosted', 'talks', 'in', 'Kabul', '.']);
    expect(report.errorIsTyped).toBe(true);
  });
});

describe('a CJS consumer', () => {
  it('requires the main entry and every subpath with the same exports as ESM', () => {
    const cjs = node('consumer.cjs');
    expect(cjs.main).toEqual(esm().main);
    expect(cjs.subpaths).toEqual(esm().subpaths);
    expect(cjs.tokens).toEqual(esm().tokens);
    expect(cjs.errorIsTyped).toBe(true);
  });
});

describe('a TypeScript consumer', () => {
  // One compiler run covers ESM, CJS and the negative control (compiler start-up dominates on a busy machine).
  let node16: { status: number | null; output: string };
  beforeAll(() => {
    node16 = tsc(['--module', 'node16', '--moduleResolution', 'node16', 'consumer.mts', 'consumer.cts', 'wrong.mts']);
  });

  it('compiles as ESM and as CJS with moduleResolution node16', () => {
    const errors = node16.output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('wrong.mts'));
    expect(errors).toEqual([]);
  });

  it('rejects a wrong use, so the types are real and not any', () => {
    expect(node16.status).not.toBe(0);
    expect(node16.output).toContain("wrong.mts(2,14): error TS2322: Type 'Nlp' is not assignable to type 'number'");
  });

  it('compiles with moduleResolution bundler', () => {
    const result = tsc(['--module', 'esnext', '--moduleResolution', 'bundler', 'consumer.ts']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the CLI from node_modules/.bin', () => {
  const bin = (): string => join(install.project, 'node_modules', '.bin', 'stance-shift');

  it('is installed as an executable', () => {
    expect(() => accessSync(bin(), constants.X_OK)).not.toThrow();
  });

  it('prints its usage for --help and exits 0', () => {
    const result = spawnSync(bin(), ['--help'], { cwd: install.project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: stance-shift <command>');
  });

  // Outside `npm run`, npm_package_version is not set: the version must come from the package itself.
  it('prints the package version for --version, outside npm scripts too', () => {
    const result = spawnSync(bin(), ['--version'], { cwd: install.project, encoding: 'utf8', env: npmEnv() });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });

  it('exits 2 (usage) on an unknown command and says so on stderr', () => {
    const result = spawnSync(bin(), ['no-such-command'], { cwd: install.project, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown command "no-such-command"');
  });
});

describe('package linters on the tarball', () => {
  it('publint --strict finds nothing', () => {
    const result = run(join(REPO_ROOT, 'node_modules/.bin/publint'), ['run', install.tarball, '--strict'], install.root);
    expect(result.stdout).toContain('All good!');
  });

  it('@arethetypeswrong/cli finds no problem for node10, node16 (ESM and CJS) and bundler resolution', () => {
    // The default (strict) profile: node10, TypeScript's legacy "moduleResolution": "node", finds the subpaths'
    // types through typesVersions; node16, nodenext and bundler through the exports map.
    const result = run(join(REPO_ROOT, 'node_modules/.bin/attw'), [install.tarball, '--format', 'json'], install.root);
    const analysis = JSON.parse(result.stdout) as { problems: Record<string, unknown[]> };
    expect(Object.values(analysis.problems).flat()).toEqual([]);
  });
});
