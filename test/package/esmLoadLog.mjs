// Module customization hooks (node:module register) that append the URL of every ES module Node loads to a log file.
// Used by importProbe.mjs: CommonJS modules show up in require.cache, ES modules only here.
import { appendFileSync } from 'node:fs';

let log;

export function initialize(data) {
  log = data.log;
}

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  appendFileSync(log, `${url}\n`);
  return result;
}
