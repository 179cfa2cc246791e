// A video's length from its MP4/MOV container, without a decoder: walk the top-level boxes to 'moov', find its
// 'mvhd' (movie header) and divide duration by timescale. Reads only box headers (a few bytes each), wherever
// 'moov' is (start or end of the file). Never throws on a broken or hostile file: it answers null.
import { open } from 'node:fs/promises';

/** Reads `length` bytes at `offset` (fewer at the end). */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

interface Box {
  type: string;
  start: number;
  /** Where the box's content starts (after its header). */
  body: number;
  end: number;
}

async function boxAt(read: ReadAt, offset: number, limit: number): Promise<Box | null> {
  if (offset + 8 > limit) return null;
  const head = await read(offset, 16);
  if (head.length < 8) return null;
  let size = head.readUInt32BE(0);
  const type = head.toString('latin1', 4, 8);
  let body = offset + 8;
  if (size === 1) {
    if (head.length < 16) return null;
    const large = head.readBigUInt64BE(8);
    if (large > BigInt(Number.MAX_SAFE_INTEGER)) return null;
    size = Number(large);
    body = offset + 16;
  } else if (size === 0) {
    size = limit - offset; // to the end of the enclosing space
  }
  if (size < body - offset || offset + size > limit) return null;
  return { type, start: offset, body, end: offset + size };
}

async function findChild(read: ReadAt, from: number, to: number, type: string): Promise<Box | null> {
  // A bounded walk: a crafted file of thousands of tiny boxes costs a bounded number of reads.
  for (let offset = from, steps = 0; offset < to && steps < 10_000; steps++) {
    const box = await boxAt(read, offset, to);
    if (!box) return null;
    if (box.type === type) return box;
    offset = box.end;
  }
  return null;
}

/** Seconds the movie lasts, or null when the container does not tell (not MP4/MOV, truncated, garbage). */
export async function videoSeconds(read: ReadAt, size: number): Promise<number | null> {
  try {
    const moov = await findChild(read, 0, size, 'moov');
    if (!moov) return null;
    const mvhd = await findChild(read, moov.body, moov.end, 'mvhd');
    if (!mvhd) return null;
    const b = await read(mvhd.body, Math.min(32, mvhd.end - mvhd.body));
    if (b.length < 4) return null;
    const version = b[0];
    let timescale: number;
    let duration: number;
    if (version === 1) {
      if (b.length < 32) return null;
      timescale = b.readUInt32BE(20);
      duration = Number(b.readBigUInt64BE(24));
    } else if (version === 0) {
      if (b.length < 20) return null;
      timescale = b.readUInt32BE(12);
      duration = b.readUInt32BE(16);
    } else return null;
    // All ones means "unknown" in both versions.
    if (!timescale || duration === 0xffffffff || !Number.isFinite(duration)) return null;
    const seconds = duration / timescale;
    return Number.isFinite(seconds) ? Math.round(seconds * 1000) / 1000 : null;
  } catch {
    return null;
  }
}

export function videoSecondsOfBuffer(buf: Buffer): Promise<number | null> {
  return videoSeconds(async (offset, length) => buf.subarray(offset, offset + length), buf.length);
}

export async function videoSecondsOfFile(path: string): Promise<number | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const { size } = await handle.stat();
    return await videoSeconds(async (offset, length) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buf, 0, length, offset);
      return buf.subarray(0, bytesRead);
    }, size);
  } finally {
    await handle.close();
  }
}
