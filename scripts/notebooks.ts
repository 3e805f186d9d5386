/**
 * Executes the notebooks in examples/notebooks headless with Jupyter and the tslab TypeScript kernel, and fails when
 * a cell fails: `npm run notebooks` (after `npm run build`). With `--write` the executed notebooks replace the
 * committed ones, outputs included; otherwise they are written to a temporary directory and discarded. With
 * `--keep-link` the package link described below stays in place, for opening the notebooks in Jupyter afterwards.
 *
 * Needs Debian's jupyter-notebook, jupyter-nbconvert, python3-ipykernel and jupyter-client, and tslab
 * (`npm install --no-save tslab && npx tslab install --python=/usr/bin/python3`), see docs/notebooks in
 * docs/getting-started.md. The notebooks import the package by its name, as a user would: this script links the
 * built package into examples/notebooks/node_modules/stance-shift (git-ignored) first. tslab's TypeScript resolves
 * modules the Node 10 way, which ignores `exports`, so that copy of package.json gains `typesVersions` for the
 * subpaths.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const notebooksDir = join(root, 'examples/notebooks');
const args = process.argv.slice(2);
const write = args.includes('--write');
const keepLink = args.includes('--keep-link');
const distArg = args.indexOf('--dist');
const dist = resolve(distArg >= 0 ? (args[distArg + 1] ?? 'dist') : join(root, 'dist'));
const only = args.filter((a, i) => a.endsWith('.ipynb') && args[i - 1] !== '--dist');

function fail(message: string): never {
  process.stderr.write(`notebooks: ${message}\n`);
  process.exit(1);
}

function run(command: string, argv: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error !== undefined) return { status: null, stdout: '', stderr: r.error.message };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// 1. Tools.
if (run('jupyter', ['nbconvert', '--version']).status !== 0) {
  fail('jupyter nbconvert is missing: apt-get install -y jupyter-notebook jupyter-nbconvert python3-ipykernel jupyter-client');
}
const kernels = run('jupyter', ['kernelspec', 'list', '--json']);
if (kernels.status !== 0 || !('tslab' in ((JSON.parse(kernels.stdout) as { kernelspecs?: Record<string, unknown> }).kernelspecs ?? {}))) {
  fail('the tslab kernel is not installed: npm install --no-save tslab && npx tslab install --python=/usr/bin/python3');
}
if (run('tslab', ['--version']).status !== 0) fail('tslab is not on the PATH: run this through "npm run notebooks", or add node_modules/.bin to PATH');
if (!existsSync(join(dist, 'index.cjs')) || !existsSync(join(dist, 'report.cjs'))) fail(`no build in ${relative(root, dist) || dist}: run "npm run build" first`);

// 2. The package, linked where the notebooks' imports look for it.
const linked = join(notebooksDir, 'node_modules/stance-shift');
rmSync(linked, { recursive: true, force: true });
mkdirSync(linked, { recursive: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown> & { exports?: Record<string, unknown> };
const subpaths = Object.keys(pkg.exports ?? {}).filter((k) => k.startsWith('./') && k !== './package.json').map((k) => k.slice(2));
pkg.typesVersions = { '*': Object.fromEntries(subpaths.map((s) => [s, [`./dist/${s}.d.cts`]])) };
writeFileSync(join(linked, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
symlinkSync(dist, join(linked, 'dist'), 'dir');

// 3. Execute.
const notebooks = (only.length > 0 ? only.map((n) => resolve(n)) : readdirSync(notebooksDir).filter((f) => f.endsWith('.ipynb')).sort().map((f) => join(notebooksDir, f)));
if (notebooks.length === 0) fail('no notebook in examples/notebooks');
const outDir = mkdtempSync(join(tmpdir(), 'stance-shift-notebooks-'));
let failed = 0;
try {
  for (const notebook of notebooks) {
    const name = relative(root, notebook);
    const started = Date.now();
    const r = run(
      'jupyter',
      ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=600', '--ExecutePreprocessor.kernel_name=tslab', ...(write ? ['--inplace'] : ['--output-dir', outDir]), notebook],
      notebooksDir,
    );
    const executed = write ? notebook : join(outDir, notebook.split('/').pop() as string);
    const cells = existsSync(executed)
      ? ((JSON.parse(readFileSync(executed, 'utf8')) as { cells: { cell_type: string; outputs?: { output_type: string }[] }[] }).cells)
      : [];
    const errors = cells.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error').length;
    if (r.status !== 0 || errors > 0) {
      failed += 1;
      process.stderr.write(`FAIL ${name}\n${r.stderr.split('\n').filter((l) => !/Debugger|frozen_modules|PYDEVD|debugger miss/.test(l)).slice(-40).join('\n')}\n`);
    } else {
      const code = cells.filter((c) => c.cell_type === 'code').length;
      process.stdout.write(`ok   ${name}: ${code} code cells in ${((Date.now() - started) / 1000).toFixed(1)} s${write ? ' (outputs written)' : ''}\n`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
  if (!keepLink) rmSync(join(notebooksDir, 'node_modules'), { recursive: true, force: true });
}
if (failed > 0) fail(`${failed} of ${notebooks.length} notebook(s) failed`);
