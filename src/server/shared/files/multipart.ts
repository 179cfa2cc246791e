// Reading a multipart body: a body the parser cannot read (no boundary, the wrong one, cut off) is the
// client's mistake, answered 400 with a message to upload again; the parser throws plain errors for these.
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';

function malformed(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const status = (error as { statusCode?: number }).statusCode;
  // The plugin's own limit errors carry their status (413 and the like); parser errors carry none.
  if (status && status >= 400 && status < 500) return error;
  if (error instanceof Error && !status) return new AppError(400, 'upload_malformed');
  return error;
}

/** The first file of the request, or undefined when it has none. */
export async function firstFile(request: FastifyRequest): Promise<MultipartFile | undefined> {
  try {
    return await request.file();
  } catch (e) {
    throw malformed(e);
  }
}

/** Every part of the request in order (fields and files). */
export async function* partsOf(request: FastifyRequest): AsyncGenerator<Multipart> {
  try {
    for await (const part of request.parts()) yield part;
  } catch (e) {
    throw malformed(e);
  }
}
