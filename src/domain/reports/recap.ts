// The recap spreadsheet's content as plain rows (pure): one row per innovation with every SID indicator's
// answer and review status, so the Bappeda can check the whole period at a glance or offline.
import type { Framework } from '../iid/types';
import { indicatorLabel, JENIS_LABEL, labelOf, REVIEW_LABEL, STATUS_LABEL, TAHAPAN_LABEL, urusanLabel } from '../innovation/labels';

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
    // Each column names its indicator in full, so the sheet reads without the framework beside it.
    ...sid.flatMap((i) => [`${indicatorLabel(i)} — nilai`, `${indicatorLabel(i)} — bukti`, `${indicatorLabel(i)} — verifikasi`]),
  ];
}

export function recapRow(framework: Framework, e: RecapEntry): (string | number)[] {
  const sid = framework.indicators.filter((i) => i.aspect === 'SID');
  return [
    e.opdName,
    e.name,
    labelOf(STATUS_LABEL, e.status),
    e.sent ? 'Ya' : 'Tidak',
    labelOf(TAHAPAN_LABEL, e.tahapan),
    labelOf(JENIS_LABEL, e.jenis),
    e.urusan.map(urusanLabel).join('; '),
    e.maturityClaimed,
    e.maturityVerified,
    ...sid.flatMap((i) => {
      const item = e.items[i.code];
      if (!item || item.value <= 0) return [0, item?.evidenceCount ?? 0, ''];
      return [item.value, item.evidenceCount, labelOf(REVIEW_LABEL, item.reviewStatus)];
    }),
  ];
}
