// Where evidence files live, behind one small interface: local disk under ./data/files (default) or
// S3-compatible object storage. Files are addressed by their SHA-256, so identical content is stored once.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { StorageConfig } from '../config';
import { checkSharedStore } from '../shared/files/shared-store';
import { sweepIncoming } from '../shared/files/temp-files';
import { sweepUnusedFiles } from '../shared/files/unused-files';

/** A stored file as the store lists it. */
export interface StoredBlob {
  sha256: string;
  size: number;
  modifiedAt: Date;
}

export interface BlobStore {
  readonly kind: 'local' | 's3';
  /** Where the files are, for messages: a folder, or s3://bucket/prefix. */
  readonly location: string;
  /** A folder on local disk where uploads are streamed before they are stored. */
  readonly incomingDir: string;
  has(sha256: string): Promise<boolean>;
  /** Moves a finished upload (a file in incomingDir) into the store under its hash; the temp file is gone afterwards. */
  adopt(tempPath: string, sha256: string, mime: string): Promise<void>;
  read(sha256: string): Promise<Readable>;
  remove(sha256: string): Promise<void>;
  /** Every stored file (by hash; markers and anything else in the store are not listed). */
  list(): AsyncIterable<StoredBlob>;
  /** A small named file beside the stored ones (the shared-store marker, shared/files/shared-store.ts). */
  writeMarker(name: string, text: string): Promise<void>;
  /** The marker's text, or undefined when the store has no such file. */
  readMarker(name: string): Promise<string | undefined>;
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

function markerName(name: string): string {
  if (!/^[a-z0-9][a-z0-9.-]{0,100}$/.test(name)) throw new Error(`not a marker name: ${name}`);
  return name;
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
    location: dir,
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
    async *list() {
      const fans = await readdir(dir).catch(() => [] as string[]);
      for (const fan of fans.filter((f) => /^[0-9a-f]{2}$/.test(f)).sort()) {
        for (const name of (await readdir(join(dir, fan)).catch(() => [] as string[])).sort()) {
          if (!isHash(name) || !name.startsWith(fan)) continue;
          const info = await stat(join(dir, fan, name)).catch(() => null);
          if (info?.isFile()) yield { sha256: name, size: info.size, modifiedAt: info.mtime };
        }
      }
    },
    async writeMarker(name, text) {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, markerName(name)), text);
    },
    readMarker: (name) => readFile(join(dir, markerName(name)), 'utf8').catch(() => undefined),
  };
}

export async function s3Store(config: Extract<StorageConfig, { kind: 's3' }>): Promise<BlobStore> {
  // Loaded only when configured: most installations never need the AWS SDK in memory.
  const { S3Client, HeadObjectCommand, GetObjectCommand, DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand } = await import('@aws-sdk/client-s3');
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
  const notFound = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;
  async function has(sha256: string) {
    try {
      await client.send(new HeadObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
      return true;
    } catch (e) {
      if (notFound(e)) return false;
      throw e;
    }
  }
  return {
    kind: 's3',
    location: `s3://${config.bucket}/${config.prefix}`,
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
    async *list() {
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: config.bucket, Prefix: config.prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? []) {
          const name = (o.Key ?? '').slice(config.prefix.length);
          if (isHash(name)) yield { sha256: name, size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date() };
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    async writeMarker(name, text) {
      await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: `${config.prefix}${markerName(name)}`, Body: text, ContentType: 'text/plain' }));
    },
    async readMarker(name) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: `${config.prefix}${markerName(name)}` }));
        return await (res.Body as { transformToString(): Promise<string> }).transformToString();
      } catch (e) {
        if (notFound(e) || (e as { name?: string }).name === 'NoSuchKey') return undefined;
        throw e;
      }
    },
  };
}

/** The configured store; also used outside the app (seeding, CLI). Stale temp files go at once. */
export async function openStore(config: StorageConfig): Promise<BlobStore> {
  await mkdir(config.incomingDir, { recursive: true });
  await sweepIncoming(config.incomingDir);
  return config.kind === 's3' ? s3Store(config) : localStore(config.dir, config.incomingDir);
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

/** The sweeps of stale temp files and unused stored files: once the app is ready, then every hour. */
const SWEEP_EVERY_MS = 3_600_000;

export default fp(async function storagePlugin(app: FastifyInstance) {
  const store = await openStore(app.config.storage);
  await checkSharedStore(app.database, store);
  app.decorate<BlobStore>('storage', store);

  let running: Promise<void> | undefined;
  const sweep = () => {
    running ??= (async () => {
      const temps = await sweepIncoming(store.incomingDir);
      const files = await sweepUnusedFiles(app.database, store);
      if (temps || files?.removed || files?.staleClaims) app.log.info({ temps, ...files }, 'stale temp files and unused stored files removed');
    })()
      .catch((err) => app.log.error({ err }, 'sweeping unused files failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  app.addHook('onReady', async () => sweep());
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
});
