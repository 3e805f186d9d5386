// Loads one module in a fresh process and reports what loading it did:
//   node importProbe.mjs <esm|cjs> <module path> <report.json>
// The probe itself prints nothing, so anything on stdout or stderr came from the module. It records
//   - every module loaded (require.cache for CommonJS, a load hook for ES modules),
//   - file-system calls that touch files other than loaded modules, network and child-process calls,
//   - handles left active (timers, sockets) compared with before the import,
// then makes the first NLP call (when the module exports defaultNlp) and records the modules loaded after it.
import childProcess from 'node:child_process';
import fs from 'node:fs';
import { createRequire, register, syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import http from 'node:http';
import https from 'node:https';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [mode, target, reportPath] = process.argv.slice(2);
const esmLog = `${reportPath}.esm.log`;
const writeFileSync = fs.writeFileSync;
const readFileSync = fs.readFileSync;
writeFileSync(esmLog, '');
register(new URL('./esmLoadLog.mjs', import.meta.url), { data: { log: esmLog } });

const require = createRequire(import.meta.url);
const calls = [];
const restores = [];

function spy(owner, name, kind) {
  const original = owner[name];
  if (typeof original !== 'function') return;
  owner[name] = function spied(...args) {
    const first = args[0];
    calls.push({ kind, name, target: typeof first === 'string' || first instanceof URL ? String(first) : typeof first === 'number' ? `fd ${first}` : typeof first });
    return original.apply(this, args);
  };
  restores.push(() => {
    owner[name] = original;
  });
}

const FS_NAMES = ['readFile', 'writeFile', 'appendFile', 'open', 'opendir', 'readdir', 'createReadStream', 'createWriteStream', 'mkdir', 'rm', 'unlink', 'rename', 'copyFile', 'watch', 'watchFile'];
for (const name of FS_NAMES) {
  spy(fs, name, 'fs');
  spy(fs, `${name}Sync`, 'fs');
  spy(fs.promises, name, 'fs');
}
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) spy(childProcess, name, 'process');
spy(net, 'connect', 'net');
spy(net, 'createConnection', 'net');
spy(net.Socket.prototype, 'connect', 'net');
for (const mod of [http, https]) {
  spy(mod, 'request', 'net');
  spy(mod, 'get', 'net');
}
syncBuiltinESMExports();

const loadedFiles = () => {
  const cjs = Object.keys(require.cache);
  const esm = readFileSync(esmLog, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url));
  return [...new Set([...cjs, ...esm])].sort();
};

const handlesBefore = process.getActiveResourcesInfo();
const mod = mode === 'esm' ? await import(pathToFileURL(target).href) : require(target);
const handlesAfter = process.getActiveResourcesInfo();
for (const restore of restores) restore();
syncBuiltinESMExports();

const modulesAtImport = loadedFiles();
const moduleSet = new Set(modulesAtImport);
const ioAtImport = calls.filter((call) => !(call.kind === 'fs' && call.name === 'readFileSync' && moduleSet.has(call.target)));

let modulesAfterFirstCall = null;
if (typeof mod.defaultNlp === 'function') {
  mod.defaultNlp().read('Talks began in Kabul.');
  modulesAfterFirstCall = loadedFiles();
}

const remaining = [...handlesAfter];
for (const handle of handlesBefore) {
  const index = remaining.indexOf(handle);
  if (index >= 0) remaining.splice(index, 1);
}

writeFileSync(
  reportPath,
  JSON.stringify({ exports: Object.keys(mod).sort(), modulesAtImport, modulesAfterFirstCall, ioAtImport, newHandles: remaining }, null, 2),
);
