/**
 * Worker-thread entry of the analysis pool (built as dist/worker.js and dist/worker.cjs; run from source under
 * tsx). It analyses the batches it is sent with {@link analyzeDocument} and posts back statements and problems.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultActorRegistry } from '../attribution/defaultActorRegistry';
import { loadActorRegistry } from '../attribution/loadActorRegistry';
import { createLexicon } from '../lexicon/createLexicon';
import { defaultLexicon } from '../lexicon/defaultLexicon';
import { analyzeDocument } from '../stance/analyzeDocument';
import { streamAnalyzeOptions } from '../stance/analyzeStream';
import { createStanceScorer } from '../stance/createStanceScorer';
import { statementJsonLine } from '../stance/statementJsonLine';
import type { InputProblem, Statement } from '../types';
import type { BatchRequest, BatchResult, WorkerAnalyzeOptions } from './messages';

if (parentPort !== null) {
  const port = parentPort;
  const { lexicon, registryFile, ...rest } = (workerData ?? {}) as WorkerAnalyzeOptions;
  const registry = registryFile === undefined ? defaultActorRegistry() : loadActorRegistry(registryFile);
  const scorer = createStanceScorer({ registry, lexicon: lexicon === undefined ? defaultLexicon() : createLexicon(lexicon) });
  const options = streamAnalyzeOptions({ ...rest, registry, scorer });
  port.on('message', (request: BatchRequest) => {
    const statements: Statement[] = [];
    const problems: InputProblem[] = [];
    let jsonl = '';
    let count = 0;
    let result: BatchResult;
    try {
      for (const doc of request.docs) {
        const analysis = analyzeDocument(doc, options);
        count += analysis.statements.length;
        if (request.jsonl === true) for (const s of analysis.statements) jsonl += statementJsonLine(s);
        else statements.push(...analysis.statements);
        problems.push(...analysis.problems);
      }
      result = request.jsonl === true ? { seq: request.seq, statements, jsonl, count, problems } : { seq: request.seq, statements, count, problems };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      const source = (e as { source?: unknown }).source;
      result = { seq: request.seq, statements: [], count: 0, problems: [], error: { name: e.name, message: e.message, ...(typeof source === 'string' ? { source } : {}) } };
    }
    port.postMessage(result);
  });
}
