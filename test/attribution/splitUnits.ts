import type { TextUnit } from '../../src/types';

/**
 * A plain splitter for the attribution tests, so that they do not depend on the segmenter: one unit per line that
 * lacks final punctuation (a headline), else one per sentence (after . ! ? and an optional closing quote).
 */
export function splitUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (line.trim() !== '') {
      const headline = !/[.!?]["”’']?\s*$/u.test(line);
      if (headline) {
        const start = lineStart + (line.length - line.trimStart().length);
        units.push({ start, end: lineStart + line.trimEnd().length, text: line.trim(), kind: 'headline', paragraph });
      } else {
        const re = /[^\s][^]*?(?:[.!?]["”’']?(?=\s|$)|$)/gu;
        for (const m of line.matchAll(re)) {
          const start = lineStart + (m.index ?? 0);
          const t = m[0].trimEnd();
          if (t === '') continue;
          units.push({ start, end: start + t.length, text: t, kind: 'body', paragraph });
        }
      }
      paragraph += 1;
    }
    lineStart = lineEnd + 1;
  }
  return units;
}
