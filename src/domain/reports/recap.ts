// The recap spreadsheet's content as plain rows (pure): one row per innovation with every SID indicator's
// answer and review status, so the Bappeda can check the whole period at a glance or offline.
import type { Framework } from '../iid/types';

export interface RecapEntry {
  opdName: string;
  name: string;
  status: string;
  sent: boolean;
  tahapan: string | null;
  jenis: string | null;
  urusan: string[];
  maturityClaimed: number;
  maturityVerified: number;
  items: Record<string, { value: number; reviewStatus: string; evidenceCount: number }>;
}

const REVIEW_LABEL: Record<string, string> = { menunggu: 'menunggu', diterima: 'diterima', dikembalikan: 'dikembalikan' };

export function recapHeader(framework: Framework): string[] {
  const sid = framework.indicators.filter((i) => i.aspect === 'SID');
  return [
    'Perangkat Daerah',
    'Nama inovasi',
    'Status',
    'Dikirim',
    'Tahapan',
    'Jenis',
    'Urusan',
    'Kematangan diklaim',
    'Kematangan terverifikasi',
    ...sid.flatMap((i) => [`${i.code} nilai`, `${i.code} bukti`, `${i.code} verifikasi`]),
  ];
}

export function recapRow(framework: Framework, e: RecapEntry): (string | number)[] {
  const sid = framework.indicators.filter((i) => i.aspect === 'SID');
  return [
    e.opdName,
    e.name,
    e.status,
    e.sent ? 'ya' : 'tidak',
    e.tahapan ?? '',
    e.jenis ?? '',
    e.urusan.join(', '),
    e.maturityClaimed,
    e.maturityVerified,
    ...sid.flatMap((i) => {
      const item = e.items[i.code];
      if (!item || item.value <= 0) return [0, item?.evidenceCount ?? 0, ''];
      return [item.value, item.evidenceCount, REVIEW_LABEL[item.reviewStatus] ?? item.reviewStatus];
    }),
  ];
}
