import { PassThrough, type Readable } from 'node:stream';
import { EXIT } from '../../src/cli/CliCommand';
import { COMMANDS } from '../../src/cli/commands';
import { runCliCaptured, type CliRun } from '../helpers/runCliCaptured';

async function run(argv: string[], stdin: Readable = new PassThrough()): Promise<CliRun> {
  return runCliCaptured(argv, { stdin });
}

describe('runCli', () => {
  it('has the documented exit codes', () => {
    expect(EXIT).toEqual({ ok: 0, error: 1, usage: 2, skipped: 3 });
  });

  it('lists every command with its summary for --help, -h and help (exit 0)', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = await run([flag]);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toContain('Usage: stance-shift <command> [options]');
      for (const name of Object.keys(COMMANDS)) {
        const summary = (await COMMANDS[name]!()).summary;
        expect(r.out).toContain(`  ${name.padEnd(10)} ${summary}`);
      }
      expect(r.err).toBe('');
    }
  });

  it('prints the same list but exits 2 when no command is given', async () => {
    const r = await run([]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.out).toContain('Commands:');
  });

  it.each(['score', 'eval', 'analyze', 'timeline', 'merge', 'report'])('prints the usage of %s for --help anywhere in its arguments, and runs nothing', async (name) => {
    const command = await COMMANDS[name]!();
    const r = await run([name, '--no-such-option', '--help']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(`${command.usage}\n`);
    expect(command.usage).toContain(`stance-shift ${name}`);
    expect(r.err).toBe('');
  });

  it.each([
    ['an unknown command', 'scroe'],
    ['a prototype key is not a command', 'constructor'],
    ['another prototype key', '__proto__'],
  ])('rejects %s with exit 2, naming it on stderr', async (_why, name) => {
    const r = await run([name]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(`unknown command "${name}"`);
    expect(r.out).toBe('');
  });

  it('prints a version for --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await run([flag]);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it('passes the remaining arguments to the command: a command usage error exits 2 and names the option', async () => {
    const r = await run(['score', '--bogus']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('unknown option --bogus');
  });
});
