// A tiny S3-compatible server (path-style HEAD/PUT/GET/DELETE object, ListObjectsV2 in one page) for testing the
// S3 store without a cloud account. It records the calls so tests can see what was stored, read and removed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3 {
  endpoint: string;
  objects: Map<string, Buffer>;
  /** When each object was last written (a test may set it back to make an object old). */
  modified: Map<string, Date>;
  calls: string[];
  close: () => Promise<void>;
}

export async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const modified = new Map<string, Date>();
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    const key = decodeURIComponent((req.url ?? '').split('?')[0]);
    calls.push(`${req.method} ${key}`);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      if (req.method === 'GET' && query.get('list-type') === '2') {
        const prefix = `${key.replace(/\/$/, '')}/${query.get('prefix') ?? ''}`;
        const listed = [...objects.entries()]
          .filter(([k]) => k.startsWith(prefix))
          .map(
            ([k, body]) =>
              `<Contents><Key>${k.slice(key.replace(/\/$/, '').length + 1)}</Key><LastModified>${(modified.get(k) ?? new Date()).toISOString()}</LastModified><Size>${body.length}</Size></Contents>`,
          );
        res.writeHead(200, { 'content-type': 'application/xml' });
        return res.end(
          `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><IsTruncated>false</IsTruncated><KeyCount>${listed.length}</KeyCount>${listed.join('')}</ListBucketResult>`,
        );
      }
      if (req.method === 'PUT') {
        objects.set(key, Buffer.concat(chunks));
        modified.set(key, new Date());
        res.writeHead(200, { etag: '"fake"' }).end();
      } else if (req.method === 'HEAD' || req.method === 'GET') {
        const body = objects.get(key);
        if (!body)
          return res.writeHead(404, { 'content-type': 'application/xml' }).end(req.method === 'GET' ? '<Error><Code>NoSuchKey</Code></Error>' : undefined);
        res.writeHead(200, { 'content-length': String(body.length), 'content-type': 'application/octet-stream' });
        res.end(req.method === 'GET' ? body : undefined);
      } else if (req.method === 'DELETE') {
        objects.delete(key);
        modified.delete(key);
        res.writeHead(204).end();
      } else res.writeHead(405).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, objects, modified, calls, close: () => new Promise((r) => server.close(() => r())) };
}

/** The app's storage settings for this fake S3 (bucket "bukti", prefix "inovda/"), uploads staged in `incomingDir`. */
export function fakeS3Storage(s3: FakeS3, incomingDir: string) {
  return {
    kind: 's3' as const,
    incomingDir,
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: 'bukti',
    accessKeyId: 'test',
    secretAccessKey: 'test-secret',
    prefix: 'inovda/',
    forcePathStyle: true,
  };
}
