// A video's length from its MP4/MOV container (the 'mvhd' box inside 'moov'): both header versions, 'moov' at the
// start or the end, and broken or hostile input answering null, never an exception.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { videoSecondsOfBuffer, videoSecondsOfFile } from '../../src/server/shared/evidence-check/video-length';
import { mp4Lasting } from '../support/evidence-docs';

describe('video length from the container', () => {
  it('reads a version 0 header', async () => {
    expect(await videoSecondsOfBuffer(mp4Lasting(420))).toBe(420);
    expect(await videoSecondsOfBuffer(mp4Lasting(299.5, { timescale: 600 }))).toBe(299.5);
  });

  it('reads a version 1 header (64-bit duration)', async () => {
    expect(await videoSecondsOfBuffer(mp4Lasting(301, { version: 1, timescale: 90_000 }))).toBe(301);
  });

  it('finds moov at the start as well as after a large mdat, and reads a file by its box headers', async () => {
    const atEnd = mp4Lasting(185, { filler: 3_000_000 });
    const dir = await mkdtemp(join(tmpdir(), 'inovda-mp4-'));
    try {
      await writeFile(join(dir, 'v.mp4'), atEnd);
      expect(await videoSecondsOfFile(join(dir, 'v.mp4'))).toBe(185);
      expect(await videoSecondsOfFile(join(dir, 'missing.mp4'))).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // moov first (a "fast start" file): ftyp, moov, mdat.
    const v = mp4Lasting(42);
    const moovAt = v.indexOf(Buffer.from('moov')) - 4;
    const ftypEnd = v.readUInt32BE(0);
    const fast = Buffer.concat([v.subarray(0, ftypEnd), v.subarray(moovAt), v.subarray(ftypEnd, moovAt)]);
    expect(await videoSecondsOfBuffer(fast)).toBe(42);
  });

  it('answers null for a truncated file, a file without moov, an unknown duration or garbage', async () => {
    const v = mp4Lasting(420);
    expect(await videoSecondsOfBuffer(v.subarray(0, v.length - 60))).toBeNull();
    expect(await videoSecondsOfBuffer(v.subarray(0, 100))).toBeNull();
    expect(await videoSecondsOfBuffer(Buffer.alloc(0))).toBeNull();
    expect(await videoSecondsOfBuffer(Buffer.from('%PDF-1.7 not a video at all'))).toBeNull();
    const unknown = Buffer.from(v);
    const mvhd = unknown.indexOf(Buffer.from('mvhd')) + 4;
    unknown.writeUInt32BE(0xffffffff, mvhd + 16);
    expect(await videoSecondsOfBuffer(unknown)).toBeNull();
    const noScale = Buffer.from(v);
    noScale.writeUInt32BE(0, mvhd + 12);
    expect(await videoSecondsOfBuffer(noScale)).toBeNull();
    // A box claiming to be larger than the file, and one claiming a 64-bit size beyond any file.
    const huge = Buffer.from(v);
    huge.writeUInt32BE(0x7fffffff, 0);
    expect(await videoSecondsOfBuffer(huge)).toBeNull();
    const large = Buffer.concat([Buffer.from('00000001moov', 'latin1').subarray(0, 8), Buffer.from('ffffffffffffffff', 'hex')]);
    large.writeUInt32BE(1, 0);
    expect(await videoSecondsOfBuffer(large)).toBeNull();
  });

  it('never throws on any bytes, nor on any corruption of a real header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const s = await videoSecondsOfBuffer(Buffer.from(bytes));
        expect(s === null || (Number.isFinite(s) && s >= 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const v = mp4Lasting(60, { filler: 32 });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: v.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.nat({ max: v.length }), async (at, byte, cut) => {
        const broken = Buffer.from(v);
        broken[at] = byte;
        const s = await videoSecondsOfBuffer(broken.subarray(0, cut));
        expect(s === null || (Number.isFinite(s) && s >= 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
