// Where evidence files live, behind one small interface: local disk under ./data/files (default) or
// S3-compatible object storage. Files are addressed by their SHA-256, so identical content is stored once.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { StorageConfig } from '../config';

export interface BlobStore {
  readonly kind: 'local' | 's3';
  /** A folder on local disk where uploads are streamed before they are stored. */
  readonly incomingDir: string;
  has(sha256: string): Promise<boolean>;
  /** Moves a finished upload (a file in incomingDir) into the store under its hash; the temp file is gone afterwards. */
  adopt(tempPath: string, sha256: string, mime: string): Promise<void>;
  read(sha256: string): Promise<Readable>;
  remove(sha256: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: BlobStore;
  }
}

const isHash = (s: string) => /^[0-9a-f]{64}$/.test(s);

function checked(sha256: string): string {
  if (!isHash(sha256)) throw new Error(`not a content hash: ${sha256}`);
  return sha256;
}

export function localStore(dir: string, incomingDir: string): BlobStore {
  // Two-level fan-out keeps folders small on filesystems that slow down with many entries.
  const pathOf = (sha256: string) => join(dir, checked(sha256).slice(0, 2), sha256);
  const has = (sha256: string) =>
    stat(pathOf(sha256)).then(
      () => true,
      () => false,
    );
  return {
    kind: 'local',
    incomingDir,
    has,
    async adopt(tempPath, sha256) {
      const target = pathOf(sha256);
      if (await has(sha256)) return rm(tempPath, { force: true });
      await mkdir(dirname(target), { recursive: true });
      await rename(tempPath, target);
    },
    async read(sha256) {
      // Opened before returning, so a missing file rejects here rather than failing a stream already in use;
      // once open, the file stays readable even if it is removed meanwhile.
      const handle = await open(pathOf(sha256));
      return handle.createReadStream();
    },
    async remove(sha256) {
      await rm(pathOf(sha256), { force: true });
    },
  };
}

export async function s3Store(config: Extract<StorageConfig, { kind: 's3' }>): Promise<BlobStore> {
  // Loaded only when configured: most installations never need the AWS SDK in memory.
  const { S3Client, HeadObjectCommand, GetObjectCommand, DeleteObjectCommand } = await import('@aws-sdk/client-s3');
  const { Upload } = await import('@aws-sdk/lib-storage');
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    // Checksums only where S3 requires them: many S3-compatible stores reject the SDK's newer default
    // (streaming trailers), and each stored file is already addressed by its SHA-256.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
  });
  const key = (sha256: string) => `${config.prefix}${checked(sha256)}`;
  async function has(sha256: string) {
    try {
      await client.send(new HeadObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
      return true;
    } catch (e) {
      if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw e;
    }
  }
  return {
    kind: 's3',
    incomingDir: config.incomingDir,
    has,
    async adopt(tempPath, sha256, mime) {
      try {
        if (!(await has(sha256))) {
          // Multipart upload from the temp file: bounded memory whatever the file size.
          await new Upload({ client, params: { Bucket: config.bucket, Key: key(sha256), Body: createReadStream(tempPath), ContentType: mime } }).done();
        }
      } finally {
        await rm(tempPath, { force: true });
      }
    },
    async read(sha256) {
      const res = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
      return res.Body as Readable;
    },
    async remove(sha256) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
    },
  };
}

/** The configured store; also used outside the app (seeding, CLI). */
export async function openStore(config: StorageConfig): Promise<BlobStore> {
  await mkdir(config.incomingDir, { recursive: true });
  await sweepIncoming(config.incomingDir);
  return config.kind === 's3' ? s3Store(config) : localStore(config.dir, config.incomingDir);
}

/**
 * Uploads cut off by a crash (not by an error: those clean up at once) leave temp files behind. A day old
 * is long past any upload still running on another instance sharing the folder.
 */
async function sweepIncoming(dir: string, olderThanMs = 86_400_000) {
  const cutoff = Date.now() - olderThanMs;
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && info.mtimeMs < cutoff) await rm(path, { force: true });
  }
}

/** Stores bytes that are already in memory (small generated files); returns their content hash. */
export async function storeBytes(store: BlobStore, bytes: Buffer, mime: string): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (await store.has(sha256)) return sha256;
  const temp = join(store.incomingDir, `${randomUUID()}.part`);
  await writeFile(temp, bytes);
  await store.adopt(temp, sha256, mime);
  return sha256;
}

export default fp(async function storagePlugin(app: FastifyInstance) {
  app.decorate<BlobStore>('storage', await openStore(app.config.storage));
});
