// Sends a multipart form with upload progress (fetch cannot report upload progress; XHR can) and turns any
// failure into the same ApiError the JSON calls throw. abort() cancels; the server then keeps nothing partial.
import i18n from '../i18n';
import { ApiError } from './api';

type ErrorBody = { error?: { code: string; message: string; fields?: Record<string, string> } };

export function sendForm<T>(url: string, form: FormData, onProgress: (fraction: number) => void) {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.setRequestHeader('X-Requested-With', 'inovda');
    xhr.setRequestHeader('Accept-Language', i18n.language === 'en' ? 'en' : 'id');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T);
      const err = (data as ErrorBody | undefined)?.error;
      // A file problem is the message the user needs, more than "check the highlighted fields".
      reject(new ApiError(xhr.status, err?.code ?? 'internal', err?.fields?.file ?? err?.message ?? i18n.t('errors.unexpected'), err?.fields ?? {}));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('errors.network')));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', i18n.t('evidence.cancelled')));
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}
