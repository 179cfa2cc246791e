// Which evidence files Inovda accepts and how big each may be. The type is decided from the content
// (magic bytes), never from the name the user gave the file.

export const FILE_KINDS = ['pdf', 'jpg', 'png', 'mp4'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const MIME_OF: Record<FileKind, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  mp4: 'video/mp4',
};

/** Default size limits in MiB; each is overridable per installation (INOVDA_MAX_<KIND>_MB). */
export const DEFAULT_LIMITS_MB: Record<FileKind, number> = { pdf: 25, jpg: 10, png: 10, mp4: 512 };

export type SizeLimits = Record<FileKind, number>;

const MIB = 1024 * 1024;

export function limitsFromEnv(env: Record<string, string | undefined>): SizeLimits {
  const limits = {} as SizeLimits;
  for (const kind of FILE_KINDS) {
    const raw = env[`INOVDA_MAX_${kind.toUpperCase()}_MB`];
    const mb = raw === undefined || raw === '' ? DEFAULT_LIMITS_MB[kind] : Number(raw);
    if (!Number.isFinite(mb) || mb <= 0) throw new Error(`INOVDA_MAX_${kind.toUpperCase()}_MB must be a positive number of MiB: ${raw}`);
    limits[kind] = Math.floor(mb * MIB);
  }
  return limits;
}

/**
 * Maps what a content sniffer detected (extension + mime) to an accepted kind, or null.
 * MP4 brands other than plain mp4 (e.g. m4v, isom) are still MPEG-4 video that browsers play.
 */
export function kindOf(detected: { ext: string; mime: string } | undefined): FileKind | null {
  if (!detected) return null;
  if (detected.mime === 'application/pdf') return 'pdf';
  if (detected.mime === 'image/jpeg') return 'jpg';
  if (detected.mime === 'image/png') return 'png';
  if (detected.mime === 'video/mp4' || detected.ext === 'm4v') return 'mp4';
  return null;
}

export const largestLimit = (limits: SizeLimits) => Math.max(...Object.values(limits));

/** The extensions a stored file of each kind may keep; any other is replaced by the first. */
const EXTENSIONS: Record<FileKind, readonly string[]> = { pdf: ['pdf'], jpg: ['jpg', 'jpeg'], png: ['png'], mp4: ['mp4', 'm4v'] };

// Bidirectional controls turn "laporan\u202Efdp.exe" into what reads as "laporanexe.pdf".
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name safe to show and to use in Content-Disposition: no paths, no control or bidirectional
 * characters, bounded, and an extension that matches the content (a PDF sent as "laporan.html" is kept as
 * "laporan.pdf", so a download never opens as something else).
 */
export function cleanFileName(name: string | undefined, kind: FileKind): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters and quotes would break headers and listings.
  const cleaned = [...base.replace(BIDI_CONTROLS, '')]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"')
    .join('')
    .trim();
  // Only a short alphanumeric tail is an extension: "Laporan v1.2 final" keeps its whole name.
  const found = /\.([A-Za-z0-9]{1,5})$/.exec(cleaned);
  const dot = found ? found.index : -1;
  const ext = dot > 0 ? (found?.[1] ?? '').toLowerCase() : '';
  // A name that is only an extension (".pdf") gets a stem.
  if (ext && EXTENSIONS[kind].includes(ext)) return cleaned.length <= 200 ? cleaned : `${cleaned.slice(0, 199 - ext.length).trimEnd()}.${ext}`;
  const stem = (dot >= 0 ? cleaned.slice(0, dot) : cleaned).trim().slice(0, 195).trimEnd() || 'bukti-dukung';
  return `${stem}.${kind}`;
}

// URL is a web standard that browsers and Node both provide; the domain is checked without DOM and Node
// types (src/domain/tsconfig.json), so it names the part it uses here.
declare const URL: new (url: string) => { readonly protocol: string; readonly hostname: string };

/** Links must be web addresses; anything else (javascript:, file:) is refused. */
export function isWebLink(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && Boolean(u.hostname);
  } catch {
    return false;
  }
}

/**
 * A link as people paste it: "youtube.com/watch?v=…" or "www.instagram.com/p/…" without the scheme means
 * https. Anything with another scheme is left as it is (and refused by isWebLink).
 */
export function withScheme(input: string): string {
  const url = input.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[^/:]+\.[^/:]+:\d/.test(url)) return url;
  return /^[^\s/]+\.[^\s/]+/.test(url) ? `https://${url}` : url;
}
