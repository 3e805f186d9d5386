import type { CliCommand } from './CliCommand';

/**
 * The CLI's commands, by name. Each command lives in `commands/<name>.ts`, parses its own arguments and calls the
 * public API; nothing here holds business logic.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  analyze: async () => (await import('./commands/analyze')).command,
  score: async () => (await import('./commands/score')).command,
  eval: async () => (await import('./commands/eval')).command,
  timeline: async () => (await import('./commands/timeline')).command,
  merge: async () => (await import('./commands/merge')).command,
  report: async () => (await import('./commands/report')).command,
};
