import { EXIT, type CliIo } from './CliCommand';
import { COMMANDS } from './commands';
import { version } from '../../package.json';

const HELP_FLAGS = new Set(['-h', '--help', 'help']);

/**
 * Runs the CLI with the given arguments and streams; resolves to the exit code.
 *
 * @example
 * await runCli(['--help'], io); // 0, prints the command list
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP_FLAGS.has(name)) {
    const lines = await Promise.all(Object.entries(COMMANDS).map(async ([key, load]) => `  ${key.padEnd(10)} ${(await load()).summary}`));
    io.stdout.write(`Usage: stance-shift <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "stance-shift <command> --help" for a command's options.\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    io.stderr.write(`stance-shift: unknown command "${name}". Run "stance-shift --help" for the list.\n`);
    return EXIT.usage;
  }
  const command = await load();
  if (rest.some((a) => a === '--help' || a === '-h')) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT.ok;
  }
  return command.run(rest, io);
}
