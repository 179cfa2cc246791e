// Small files of each kind for upload tests, and a multipart upload helper.
import type { FastifyInstance } from 'fastify';
import { simplePdf } from '../../src/server/seed/simple-pdf';

export const pdf = (label = 'Bukti dukung') => simplePdf([label, 'Surat Keputusan Kepala Perangkat Daerah']);

export const png = () =>
  Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2c3e1f70000000049454e44ae426082',
    'hex',
  );

export const jpg = () => Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(200, 0x11), Buffer.from('ffd9', 'hex')]);

/** An MP4 header (ftyp box) followed by filler: enough for content sniffing and size limits. */
export const mp4 = (size = 64 * 1024) => {
  const ftyp = Buffer.from('0000001866747970' + '6d703432' + '00000000' + '6d703432' + '69736f6d', 'hex');
  return Buffer.concat([ftyp, Buffer.alloc(Math.max(0, size - ftyp.length), 0)]);
};

export function upload(app: FastifyInstance, cookie: string, query: string, name: string, bytes: Buffer, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return app.inject({ method: 'POST', url: `/api/evidence/files?${query}`, headers: { cookie, 'x-requested-with': 'test' }, payload: form });
}

/** A klinik message with attachments (`files`: name and bytes each), as the web app sends it: one multipart request. */
export function postMessage(app: FastifyInstance, cookie: string, entryId: string, body: string, files: [name: string, bytes: Buffer][]) {
  const form = new FormData();
  form.append('body', body);
  for (const [name, bytes] of files) form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return app.inject({
    method: 'POST',
    url: `/api/innovations/entries/${entryId}/messages/with-files`,
    headers: { cookie, 'x-requested-with': 'test' },
    payload: form,
  });
}
