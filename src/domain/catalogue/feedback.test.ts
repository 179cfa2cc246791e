import { describe, expect, it } from 'vitest';
import {
  combineSatisfaction,
  FEEDBACK_PER_SENDER_PER_HOUR,
  feedbackLimited,
  HIDDEN_MARK,
  hidesPersonalData,
  publicComment,
  satisfaction,
  satisfactionOf,
} from './feedback';

const H = HIDDEN_MARK;

describe('publicComment hides personal data', () => {
  it.each([
    ['Hubungi saya di budi.santoso@gmail.com ya', `Hubungi saya di ${H} ya`],
    ['email: siti_rahma+lapor@dinkes.mojokertokota.go.id.', `email: ${H}.`],
    ['WA 081234567890 terima kasih', `WA ${H} terima kasih`],
    ['WA 0812-3456-7890', `WA ${H}`],
    ['telp 0812 3456 789', `telp ${H}`],
    ['nomor saya +62 812-3456-7890', `nomor saya ${H}`],
    ['nomor saya +6281234567890', `nomor saya ${H}`],
    ['nomor saya 6281234567890', `nomor saya ${H}`],
    ['kantor (0321) 321456', `kantor ${H}`],
    ['kantor 0321-321456', `kantor ${H}`],
    ['NIK 3576012345670001 atas nama saya', `NIK ${H} atas nama saya`],
    ['NIK 3576 0123 4567 0001', `NIK ${H}`],
    ['NIK 3576.0123.4567.0001', `NIK ${H}`],
  ])('%s', (input, shown) => {
    expect(publicComment(input)).toBe(shown);
    expect(hidesPersonalData(input)).toBe(true);
  });

  it.each([
    'Pelayanan sangat cepat, antre hanya 15 menit pada 12 Maret 2024.',
    'Biaya Rp 62.500.000 dan Rp 1.062.500.000 sudah sesuai anggaran.',
    'Sudah 3 tahun berjalan sejak 2021, melayani 12.345 warga.',
    'Skor 84,46 naik dari 70,78',
    'Kode antrean 0812 saja',
  ])('leaves ordinary numbers: %s', (input) => {
    expect(publicComment(input)).toBe(input);
    expect(hidesPersonalData(input)).toBe(false);
  });

  it('a 17-digit number is not a NIK, several items are all hidden, blank is empty', () => {
    expect(publicComment('ref 12345678901234567')).toBe('ref 12345678901234567');
    expect(publicComment('a@b.co dan 08123456789 dan 3576012345670001')).toBe(`${H} dan ${H} dan ${H}`);
    expect(publicComment(null)).toBe('');
    expect(publicComment('  bagus  ')).toBe('bagus');
  });
});

describe('satisfaction', () => {
  it('counts, averages exactly to 2 decimals (half up) and distributes 1..5', () => {
    expect(satisfaction([5, 4, 4])).toEqual({ count: 3, average: 4.33, distribution: { '1': 0, '2': 0, '3': 0, '4': 2, '5': 1 } });
    expect(satisfaction([5, 4, 5])).toEqual({ count: 3, average: 4.67, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 2 } });
    // 1.005 is 1.00 in floating point: the integer rule rounds it up as a person would.
    const many = [...Array(199).fill(1), 2];
    expect(satisfaction(many).average).toBe(1.01);
    expect(satisfaction([1, 2]).average).toBe(1.5);
    expect(satisfaction([3, 4, 4, 4]).average).toBe(3.75);
    expect(satisfaction([1, 2, 3, 4, 5]).distribution).toEqual({ '1': 1, '2': 1, '3': 1, '4': 1, '5': 1 });
  });

  it('no ratings: count 0, no average; values outside 1–5 are not ratings', () => {
    expect(satisfaction([])).toEqual({ count: 0, average: null, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } });
    expect(satisfaction([0, 6, 2.5, Number.NaN, 4])).toEqual(satisfaction([4]));
  });

  it('from counts and combined equals the satisfaction of all the ratings', () => {
    expect(satisfactionOf({ '5': 2, '4': 1 })).toEqual(satisfaction([5, 5, 4]));
    expect(combineSatisfaction([satisfaction([5, 4]), satisfaction([1]), satisfaction([])])).toEqual(satisfaction([5, 4, 1]));
  });
});

describe('feedback limits', () => {
  it('once per innovation a day, and at most the hourly number', () => {
    expect(feedbackLimited({ sameInnovationToday: 0, lastHour: 0 })).toBe(false);
    expect(feedbackLimited({ sameInnovationToday: 1, lastHour: 1 })).toBe(true);
    expect(feedbackLimited({ sameInnovationToday: 0, lastHour: FEEDBACK_PER_SENDER_PER_HOUR - 1 })).toBe(false);
    expect(feedbackLimited({ sameInnovationToday: 0, lastHour: FEEDBACK_PER_SENDER_PER_HOUR })).toBe(true);
  });
});
