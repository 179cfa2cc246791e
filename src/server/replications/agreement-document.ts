// An agreement's document (a replication's or a cooperation agreement's): PDF, JPG or PNG only. A file of a kind no
// upload takes is refused with the same message as a video, not the evidence message that offers MP4.
import type { MultipartFile } from '@fastify/multipart';
import type { StoredUpload } from '../shared/files/store-upload';
import { AppError, fieldError } from '../shared/http/errors';

const DOCUMENT_MIMES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export async function storeAgreementDocument(store: (part: MultipartFile) => Promise<StoredUpload>, part: MultipartFile): Promise<StoredUpload> {
  let file: StoredUpload;
  try {
    file = await store(part);
  } catch (e) {
    if (e instanceof AppError && e.fields?.file?.code === 'file_type_not_allowed') throw fieldError({ file: 'agreement_file_kind' });
    throw e;
  }
  if (!DOCUMENT_MIMES.has(file.mime)) throw fieldError({ file: 'agreement_file_kind' });
  return file;
}
