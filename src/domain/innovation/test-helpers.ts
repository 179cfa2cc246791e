// A profile that passes every submission check, for the workflow and send rules' tests.
export const completeProfile = {
  name: 'GAYATRI',
  tahapan: 'penerapan',
  inisiatorType: 'opd',
  jenis: 'digital',
  bentuk: 'pelayanan_publik',
  urusanUtama: '1.02',
  waktuUjiCoba: '2024-01-10',
  waktuPenerapan: '2024-06-01',
  rancangBangun: 'kata '.repeat(300),
  tujuan: 'a',
  manfaat: 'b',
  hasil: 'c',
};
