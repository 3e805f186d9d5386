/**
 * Peeks at a stream without losing bytes: JSONL when the first non-blank character is `{`, else plain text.
 * `chunks` replays what was read and then the rest of the stream.
 *
 * @example
 * const { jsonl, chunks } = await sniffStream(process.stdin);
 */
export async function sniffStream(stream: AsyncIterable<Uint8Array | string>): Promise<{ jsonl: boolean; chunks: AsyncIterable<Uint8Array | string> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: (Uint8Array | string)[] = [];
  let jsonl = false;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) break;
    head.push(next.value);
    const text = typeof next.value === 'string' ? next.value : Buffer.from(next.value).toString('latin1');
    const m = /[^\s\ufeff\xef\xbb\xbf]/u.exec(text);
    if (m !== null) {
      jsonl = m[0] === '{';
      break;
    }
  }
  async function* rest(): AsyncGenerator<Uint8Array | string> {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  return { jsonl, chunks: rest() };
}
