/**
 * Reads a whole stream into one byte array.
 *
 * @example
 * const bytes = await collectBytes(Readable.from(['a', 'b'])); // the bytes of 'ab'
 */
export async function collectBytes(chunks: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c));
  return Buffer.concat(parts);
}
