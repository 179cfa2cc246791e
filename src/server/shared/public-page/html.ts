// HTML for the public catalogue pages (and the public forms' answers), written on the server: every value goes through `html` and is escaped unless
// it is already Html (a fragment built the same way, or rich text the sanitiser kept).

export class Html {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A template whose interpolated values are escaped (arrays joined, null/undefined/false left out). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Trusted markup (the sanitised rich text of a profile). */
export const raw = (text: string) => new Html(text);

/** Plain text written by a person, as paragraphs (blank lines) with line breaks kept. */
export function paragraphs(text: string | null | undefined): Html {
  const parts = (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return html`${parts.map((p) => html`<p>${p.split('\n').map((line, i) => html`${i ? raw('<br>') : ''}${line}`)}</p>`)}`;
}
