// A reply kept for many visitors (a catalogue page, an open data list) is compressed once per encoding, not once
// per request: at a crowd's rate, brotli on a 50 KB page per request costs more than everything else the kept
// page saves. The encoded copies are made on first demand (off the event loop) and kept with the text.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Encoding = 'br' | 'gzip';
const encoders: Record<Encoding, (text: string) => Promise<Buffer>> = {
  // Quality 9 of 11: done once per page, so it can afford more than a per-request setting.
  br: (text) => promisify(brotliCompress)(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } }),
  gzip: (text) => promisify(gzip)(text, { level: 9 }),
};
const negotiator = new Negotiator<Encoding | 'identity'>({ supportedValues: ['br', 'gzip', 'identity'] });
/** Below this a reply is sent as it is (the compression plugin's threshold too). */
const THRESHOLD = 1024;

export interface KeptBody {
  text: string;
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

export const keptBody = (text: string): KeptBody => ({ text, encoded: {} });

/** What a kept body costs in memory: the text (UTF-16) and room for its compressed copies. */
export const keptBodyBytes = (body: KeptBody) => body.text.length * 2.25;

/** The encoding the client accepts best, when compressing is worth it. */
function chosen(request: FastifyRequest, body: KeptBody): Encoding | undefined {
  const header = request.headers['accept-encoding'];
  if (!header || body.text.length < THRESHOLD) return undefined;
  const best = negotiator.negotiate(Array.isArray(header) ? header.join(',') : header);
  return best === 'br' || best === 'gzip' ? best : undefined;
}

/** Sends the kept body, compressed from its kept copy when the client accepts it (the content type is set by the caller). */
export async function sendKeptBody(request: FastifyRequest, reply: FastifyReply, body: KeptBody) {
  const encoding = chosen(request, body);
  const vary = reply.getHeader('vary');
  reply.header('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  if (!encoding) return reply.send(body.text);
  let copy = body.encoded[encoding];
  if (!copy) {
    copy = encoders[encoding](body.text);
    body.encoded[encoding] = copy;
    // A failed compression is forgotten (and this reply goes uncompressed); the next visitor tries again.
    copy.catch(() => body.encoded[encoding] === copy && delete body.encoded[encoding]);
  }
  const bytes = await copy.catch(() => undefined);
  if (!bytes) return reply.send(body.text);
  return reply.header('content-encoding', encoding).send(bytes);
}
