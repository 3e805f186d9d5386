/**
 * `analyze` tunes V8 (optimisation in the workers, a held young generation) only when it runs with workers as a
 * process of its own, never inside another program. The tuning functions are replaced by spies here: what they do
 * is tested in optimizeInForeground.test.ts and youngGenerationHold.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optimizeInForeground } from '../../src/cli/optimizeInForeground';
import { youngGenerationHold } from '../../src/cli/youngGenerationHold';
import { runCliCaptured } from '../helpers/runCliCaptured';

jest.mock('../../src/cli/optimizeInForeground', () => ({ optimizeInForeground: jest.fn() }));
jest.mock('../../src/cli/youngGenerationHold', () => ({ youngGenerationHold: jest.fn(() => jest.fn(() => false)) }));
jest.setTimeout(120_000);

const optimize = jest.mocked(optimizeInForeground);
const hold = jest.mocked(youngGenerationHold);

describe('stance-shift analyze, tuning of its own process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stance-shift-own-'));
    writeFileSync(join(dir, 'kabul.txt'), 'date 2022-05-02\n\nChina held talks with the Taliban in Doha, its envoy said.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => jest.clearAllMocks());

  it('tunes the process when it owns it and runs workers', async () => {
    const run = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '1'], { ownsProcess: true });
    expect(run.code).toBe(0);
    expect(run.out).toContain('"actor":"China"');
    expect(optimize).toHaveBeenCalledTimes(1);
    expect(hold).toHaveBeenCalledTimes(1);
    // The hold's check runs as chunks arrive from the workers.
    expect(hold.mock.results[0]?.value).toHaveBeenCalled();
  });

  it('leaves the process alone inside another program', async () => {
    const run = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '1']);
    expect(run.code).toBe(0);
    expect(optimize).not.toHaveBeenCalled();
    expect(hold).not.toHaveBeenCalled();
  });

  it('leaves the process alone without workers', async () => {
    const run = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '0'], { ownsProcess: true });
    expect(run.code).toBe(0);
    expect(optimize).not.toHaveBeenCalled();
    expect(hold).not.toHaveBeenCalled();
  });
});
