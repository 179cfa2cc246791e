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

/** A file name safe to show and to use in Content-Disposition: no paths, no control characters, bounded. */
export function cleanFileName(name: string | undefined, kind: FileKind): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters and quotes would break headers and listings.
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  if (!cleaned) return `bukti-dukung.${kind}`;
  return cleaned;
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
