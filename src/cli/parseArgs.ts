/** Parsed flags and positional arguments. */
export interface ParsedArgs {
  readonly positional: string[];
  /** Options that take a value; repeatable options keep every value in order. */
  readonly values: Map<string, string>;
  readonly repeated: Map<string, string[]>;
  readonly flags: Set<string>;
}

/**
 * Parses `--name value`, `--name=value` and `--flag` arguments. Unknown options and missing values are returned
 * as an error message naming them, never ignored.
 *
 * @example
 * parseArgs(['a.jsonl', '--target', 'Taliban', '--strict'], ['target'], ['strict']);
 * // { positional: ['a.jsonl'], values: Map { 'target' => 'Taliban' }, flags: Set { 'strict' }, ... }
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], switches: readonly string[]): ParsedArgs | string {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (switches.includes(name)) {
        flags.add(name);
      } else if (valued.includes(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === undefined) return `option --${name} needs a value`;
        values.set(name, value);
        repeated.set(name, [...(repeated.get(name) ?? []), value]);
      } else {
        return `unknown option --${name}`;
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, values, repeated, flags };
}
