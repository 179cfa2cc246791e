// Kinds used to organise a region: region types, OPD kinds, unit kinds (UI labels come from i18n).

export const REGION_TYPES = ['kota', 'kabupaten', 'provinsi'] as const;
export type RegionType = (typeof REGION_TYPES)[number];

export const OPD_KINDS = ['sekretariat', 'dinas', 'badan', 'inspektorat', 'kecamatan', 'bagian', 'kantor', 'rsud', 'lainnya'] as const;
export type OpdKind = (typeof OPD_KINDS)[number];

export const UNIT_KINDS = ['upt', 'puskesmas', 'sekolah', 'kelurahan', 'desa', 'lainnya'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Kemendagri region codes: provinsi "35", kab/kota "35.76" (Permendagri on kode wilayah).
 * A province has two digits; a kab/kota adds a dot and two digits.
 */
export function isValidKemendagriCode(type: RegionType, code: string): boolean {
  return type === 'provinsi' ? /^\d{2}$/.test(code) : /^\d{2}\.\d{2}$/.test(code);
}
