// The catalogue's replication request form, one markup for the innovation's page and for the answer to a post
// the server refused (a field to correct, or too many requests): what the visitor typed comes back in the form,
// each problem under its field, so nothing typed is lost on a phone without JavaScript.
import { type Html, html, raw } from './html';

export const REPLICATION_FORM_FIELDS = ['region', 'name', 'position', 'email', 'phone', 'message'] as const;
export type ReplicationFormField = (typeof REPLICATION_FORM_FIELDS)[number];

export interface ReplicationFormState {
  values?: Partial<Record<ReplicationFormField, string>>;
  errors?: Partial<Record<ReplicationFormField, string>>;
}

export function replicationForm(slug: string, state: ReplicationFormState = {}): Html {
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const described = (field: ReplicationFormField, hint?: string) => [e[field] ? `rp-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const error = (field: ReplicationFormField) => (e[field] ? html`<div class="field-error" id="rp-${field}-error">${e[field]}</div>` : '');
  // attrs: fixed attribute text of this module, never a visitor's value.
  const input = (field: ReplicationFormField, label: string, attrs: string, hint?: Html, hintId?: string) => {
    const by = described(field, hintId);
    return html`<div><label for="rp-${field}">${label}</label><input id="rp-${field}" name="${field}" ${raw(attrs)} value="${v[field] ?? ''}"${
      e[field] ? html` aria-invalid="true"` : ''
    }${by ? html` aria-describedby="${by}"` : ''}>${error(field)}${hint ?? ''}</div>`;
  };
  const messageBy = described('message');
  return html`<form class="stack" method="post" action="/katalog/inovasi/${slug}/replikasi">
${input('region', 'Daerah yang mereplikasi', 'required maxlength="200" placeholder="mis. Kabupaten Jombang"')}
${input('name', 'Nama Anda', 'required maxlength="200" autocomplete="name"')}
${input('position', 'Jabatan dan instansi', 'maxlength="200" autocomplete="organization-title"')}
${input('email', 'E-mail', 'type="email" maxlength="200" autocomplete="email"')}
${input('phone', 'Telepon', 'type="tel" maxlength="30" autocomplete="tel"', html`<div class="meta" id="rp-contact-hint">Isi surel atau telepon (salah satu wajib).</div>`, 'rp-contact-hint')}
<div><label for="rp-message">Pesan</label><textarea id="rp-message" name="message" rows="3" maxlength="2000"${e.message ? html` aria-invalid="true"` : ''}${
    messageBy ? html` aria-describedby="${messageBy}"` : ''
  }>${v.message ?? ''}</textarea>${error('message')}</div>
<div class="hp" aria-hidden="true"><label for="rp-website">Situs web</label><input id="rp-website" name="website" tabindex="-1" autocomplete="off"></div>
<div><button type="submit">Kirim permintaan replikasi</button></div>
</form>`;
}
