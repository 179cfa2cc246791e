// Replication of an innovation by another region (or another OPD of the same region), tracked as a transaction:
// asked → agreed (with the agreement document) → implemented; or declined by the owning OPD.
import { englishDate, indonesianDate } from '../reports/indonesian-date';

export const REPLICATION_STATUSES = ['requested', 'agreed', 'implemented', 'declined'] as const;
export type ReplicationStatus = (typeof REPLICATION_STATUSES)[number];

/** The document an agreement is recorded with: PKS (perjanjian kerja sama), MoU, a letter (surat pernyataan), other. */
export const AGREEMENT_KINDS = ['pks', 'mou', 'surat', 'lainnya'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** Statuses that count for the Replikasi indicator: the replication was agreed (and perhaps carried out). */
export const COUNTED_REPLICATION_STATUSES: readonly ReplicationStatus[] = ['agreed', 'implemented'];

/** Which step may follow which: the owning OPD answers a request; an agreed replication is later carried out. */
const NEXT: Record<ReplicationStatus, readonly ReplicationStatus[]> = {
  requested: ['agreed', 'declined'],
  agreed: ['implemented'],
  implemented: [],
  declined: [],
};

export function canMoveReplication(from: ReplicationStatus, to: ReplicationStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * How agreed replications count for an indicator (Replikasi, SID 31), as the period's framework says: option k
 * needs `minRegions[k-1]` distinct replicating regions; replications between OPDs inside the region count only
 * when `countInsideRegion` (the official text says "direplikasi di daerah lain": they do not in the built-ins).
 */
export interface ReplicationRule {
  minRegions: number[];
  countInsideRegion: boolean;
}

export interface CountedReplication {
  status: ReplicationStatus;
  /** The replicating region on this installation, when it is one. */
  replicatingRegionId: string | null;
  /** Set for a replication between OPDs of the same region. */
  replicatingOpdId: string | null;
  /** The replicating region's (or OPD's) name as written. */
  replicatingName: string;
}

/** "Kab. Jombang " and "kabupaten  jombang" are one region: the name without case, spacing and the usual abbreviations. */
export function normalisedRegionName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\bkab\.?(?=\s)/g, 'kabupaten')
    .replace(/\bprov\.?(?=\s)/g, 'provinsi')
    .replace(/\bpemkab\b|\bpemkot\b|\bpemprov\b|\bpemerintah\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct replicating regions (or OPDs, where they count) of the agreed replications of one innovation. */
export function distinctReplicators(rule: ReplicationRule, replications: readonly CountedReplication[]): string[] {
  const keys = new Set<string>();
  for (const r of replications) {
    if (!COUNTED_REPLICATION_STATUSES.includes(r.status)) continue;
    if (r.replicatingOpdId) {
      if (rule.countInsideRegion) keys.add(`opd:${r.replicatingOpdId}`);
      continue;
    }
    keys.add(r.replicatingRegionId ? `region:${r.replicatingRegionId}` : `name:${normalisedRegionName(r.replicatingName)}`);
  }
  return [...keys];
}

/** The option the agreed replications support: the highest k whose minimum they reach (0 when none). */
export function replicationOption(rule: ReplicationRule, replications: readonly CountedReplication[]): number {
  const n = distinctReplicators(rule, replications).length;
  let option = 0;
  rule.minRegions.forEach((min, k) => {
    if (n >= min) option = k + 1;
  });
  return option;
}

/** The option to store: raised to what the replications support, never lowered automatically. */
export function raisedOption(current: number, supported: number): number {
  return Math.max(current, supported);
}

/** The notice the owning OPD (and the region's admin) get when someone asks to replicate an innovation. */
export function replicationRequestedNotice(locale: 'id' | 'en', innovation: string, replicating: string): { title: string; body: string } {
  if (locale === 'en')
    return { title: `Replication request: ${innovation}`, body: `${replicating} asks to replicate this innovation. Answer it on the Replication page.` };
  return { title: `Permohonan replikasi: ${innovation}`, body: `${replicating} mengajukan replikasi inovasi ini. Jawab di halaman Replikasi.` };
}

/** Where the notice leads. */
export const REPLICATIONS_LINK = '/replikasi';
/** Where the asking side follows its requests: the page's outgoing list. */
export const OUTGOING_REPLICATIONS_LINK = '/replikasi?arah=keluar';

/** An answer the asker is told of: the owning OPD agreed, declined (with its note) or marked it carried out. */
export interface ReplicationAnswer {
  status: 'agreed' | 'declined' | 'implemented';
  innovation: string;
  /** The owning OPD and its region ("Dinas Kesehatan, Kota Mojokerto"). */
  owner: string;
  note: string | null;
  /** The agreement's date (agreed) or the date carried out (implemented), YYYY-MM-DD. */
  date: string | null;
}

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The notice (bell and e-mail) the asker of a replication gets when the owning OPD answers it. */
export function replicationAnsweredNotice(locale: 'id' | 'en', a: ReplicationAnswer): { title: string; body: string } {
  const note = a.note ? (locale === 'en' ? ` Note: ${a.note}` : ` Catatan: ${a.note}`) : '';
  const date = locale === 'en' ? englishDate(a.date) : indonesianDate(a.date);
  if (locale === 'en') {
    if (a.status === 'agreed')
      return {
        title: `Replication agreed: ${a.innovation}`,
        body: clip(`${a.owner} agreed to your replication request${date ? ` (agreement of ${date})` : ''}.${note}`),
      };
    if (a.status === 'declined') return { title: `Replication declined: ${a.innovation}`, body: clip(`${a.owner} declined your replication request.${note}`) };
    return { title: `Replication carried out: ${a.innovation}`, body: clip(`${a.owner} recorded the replication as carried out${date ? ` on ${date}` : ''}.`) };
  }
  if (a.status === 'agreed')
    return {
      title: `Replikasi disetujui: ${a.innovation}`,
      body: clip(`${a.owner} menyetujui permohonan replikasi Anda${date ? ` (kesepakatan tanggal ${date})` : ''}.${note}`),
    };
  if (a.status === 'declined') return { title: `Replikasi ditolak: ${a.innovation}`, body: clip(`${a.owner} menolak permohonan replikasi Anda.${note}`) };
  return { title: `Replikasi diterapkan: ${a.innovation}`, body: clip(`${a.owner} mencatat replikasi telah diterapkan${date ? ` pada ${date}` : ''}.`) };
}
