import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './ensureDist';

/** What `npm pack --json` says about the tarball. */
export interface PackInfo {
  readonly filename: string;
  /** Size of the .tgz in bytes. */
  readonly size: number;
  /** Sum of the packed files' sizes in bytes. */
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string; readonly size: number }[];
}

/** A temporary consumer project with the packed package installed from its tarball. */
export interface PackedInstall {
  /** Temporary directory holding the tarball and the project; remove it when done. */
  readonly root: string;
  /** Absolute path of the .tgz. */
  readonly tarball: string;
  /** The consumer project (has node_modules/stance-shift). */
  readonly project: string;
  readonly pack: PackInfo;
}

/**
 * Environment for nested npm calls: the outer `npm test` exports npm_package_* and npm_lifecycle_* variables that
 * describe the repository, not the consumer project, so they are dropped; audit, fund and update checks are off.
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_(package|lifecycle)_/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

/** Runs a command and throws with its output when it fails. */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${String(result.status)}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
  }
  return result;
}

/**
 * Packs the repository with `npm pack` and installs the tarball into a new, empty project, the way a user would
 * (`npm install ./stance-shift-x.y.z.tgz`): production dependencies come from the registry, through the npm cache
 * when it has them (`--prefer-offline`); lifecycle scripts are not run (none of the dependencies needs one).
 *
 * @example
 * const install = packAndInstall();
 * existsSync(join(install.project, 'node_modules/.bin/stance-shift')); // true
 */
export function packAndInstall(): PackedInstall {
  const root = mkdtempSync(join(tmpdir(), 'stance-shift-pack-'));
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', root], REPO_ROOT);
  const infos = JSON.parse(packed.stdout) as PackInfo[];
  const pack = infos[0];
  if (pack === undefined) throw new Error(`npm pack printed no package: ${packed.stdout}`);
  const tarball = join(root, pack.filename);

  const project = join(root, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--no-package-lock', '--omit=dev', tarball], project);
  return { root, tarball, project, pack };
}
