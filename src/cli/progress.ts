import { InvalidOptionError } from '../errors';

/** Where the bar is drawn: anything with `write` (process.stderr, or a test's collector). */
export interface ProgressStream {
  write(chunk: string): unknown;
}

/** Options of {@link ProgressBar}. */
export interface ProgressBarOptions {
  readonly stream: ProgressStream;
  /** Whether the stream is a terminal. The bar draws only then: redirected output stays clean. */
  readonly isTTY: boolean;
  /** `--quiet`: draw nothing even on a terminal. */
  readonly quiet?: boolean;
  /** Documents expected in all, when known: gives the bar, the percentage and the ETA. */
  readonly total?: number;
  /** Milliseconds clock; injectable for tests. Default `Date.now`. */
  readonly now?: () => number;
  /** Least milliseconds between two redraws. Default {@link PROGRESS_REDRAW_MS}. */
  readonly redrawMs?: number;
  /** Characters of the bar itself. Default {@link PROGRESS_BAR_WIDTH}. */
  readonly width?: number;
}

/** Redraw at most ten times a second: smooth to the eye, negligible cost on long runs. */
export const PROGRESS_REDRAW_MS = 100;

/** Width of the bar in characters: leaves room for the counts on an 80-column terminal. */
export const PROGRESS_BAR_WIDTH = 24;

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * A one-line progress bar on stderr for long runs: documents done (of the total when known), statements found,
 * documents per second and the estimated time left. It draws only when the stream is a terminal and `quiet` is not
 * set; otherwise every call is a no-op, so commands can report progress unconditionally.
 *
 * @example
 * const bar = new ProgressBar({ stream: process.stderr, isTTY: Boolean(process.stderr.isTTY), total: files.length });
 * for (const file of files) { const found = analyse(file); bar.tick(1, found.length); }
 * bar.done();
 * // [############------------]  12/24 docs  50%  310 statements  4.0 docs/s  ETA 0:03
 */
export class ProgressBar {
  private readonly options: Required<Omit<ProgressBarOptions, 'total'>> & { readonly total: number | undefined };
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private finished = false;
  private documents = 0;
  private statements = 0;

  constructor(options: ProgressBarOptions) {
    const { total, redrawMs = PROGRESS_REDRAW_MS, width = PROGRESS_BAR_WIDTH } = options;
    if (total !== undefined && (!Number.isInteger(total) || total < 0)) throw new InvalidOptionError('total', `expected a whole number of documents, got ${String(total)}.`);
    if (!Number.isFinite(redrawMs) || redrawMs < 0) throw new InvalidOptionError('redrawMs', `expected milliseconds (0 or more), got ${String(redrawMs)}.`);
    if (!Number.isInteger(width) || width < 1 || width > 200) throw new InvalidOptionError('width', `expected a whole number of characters from 1 to 200, got ${String(width)}.`);
    this.options = { stream: options.stream, isTTY: options.isTTY, quiet: options.quiet ?? false, now: options.now ?? Date.now, redrawMs, width, total };
    this.started = this.options.now();
  }

  /** Whether anything is drawn at all (a terminal, not quiet). */
  get active(): boolean {
    return this.options.isTTY && !this.options.quiet;
  }

  /** Counts `documents` more documents done and `statements` more statements found; redraws when it is time. */
  tick(documents = 1, statements = 0): void {
    this.documents += documents;
    this.statements += statements;
    this.draw(false);
  }

  /** The line as it would be drawn now (without the carriage return). */
  line(): string {
    const { total, width, now } = this.options;
    const elapsed = Math.max(0, (now() - this.started) / 1000);
    const rate = elapsed > 0 ? this.documents / elapsed : 0;
    const parts: string[] = [];
    if (total !== undefined && total > 0) {
      const share = Math.min(1, this.documents / total);
      const filled = Math.round(share * width);
      parts.push(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`, `${String(this.documents).padStart(String(total).length)}/${total} docs`, `${Math.floor(share * 100)}%`);
    } else {
      parts.push(`${this.documents} docs`);
    }
    parts.push(`${this.statements} statements`, `${rate.toFixed(1)} docs/s`);
    if (total !== undefined && rate > 0 && this.documents < total) parts.push(`ETA ${duration((total - this.documents) / rate)}`);
    if (this.finished) parts.push(`in ${duration(elapsed)}`);
    return parts.join('  ');
  }

  /** Draws the final line and ends it with a newline. Later calls do nothing. */
  done(): void {
    if (this.finished) return;
    this.finished = true;
    this.draw(true);
    if (this.active) this.options.stream.write('\n');
  }

  private draw(force: boolean): void {
    if (!this.active) return;
    const t = this.options.now();
    if (!force && t - this.lastDraw < this.options.redrawMs) return;
    this.lastDraw = t;
    // Carriage return, the line, then clear what a longer previous line left behind.
    this.options.stream.write(`\r${this.line()}\u001b[K`);
  }
}
