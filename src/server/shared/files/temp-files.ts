// Temp files in the incoming folder: uploads on their way (`.part`), export packages and reports being built.
// Each is removed by the code that made it, on success and on failure; a crash (or a kill) leaves it behind.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** An upload that sends nothing for this long is cut off (ingest.ts), so its temp file is never older. */
export const UPLOAD_IDLE_MS = 5 * 60_000;

/**
 * A temp file untouched this long belongs to nobody: uploads write theirs at least every UPLOAD_IDLE_MS and
 * packages write theirs continuously. Age decides, not "made by this process", because instances may share
 * the folder (DATA_DIR on a shared disk). A file a request still reads from (a report being sent, an upload
 * being copied to S3) stays readable after removal on a local disk.
 */
export const STALE_TEMP_MS = 60 * 60_000;

/** Removes stale temp files; returns how many. Run at start and every hour. */
export async function sweepIncoming(dir: string, now = Date.now(), olderThanMs = STALE_TEMP_MS): Promise<number> {
  const cutoff = now - olderThanMs;
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && info.mtimeMs < cutoff) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
