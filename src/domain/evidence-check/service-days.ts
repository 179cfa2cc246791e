// The service time an SOP states: "Waktu penyelesaian: 3 (tiga) hari kerja", else the sum of its steps' durations
// ("15 menit", "1 jam", "2 hari"), in calendar days, at least 1 (Kemudahan proses: 1 day / 2–5 / 6 or more).

const TOTAL =
  /(?:waktu penyelesaian|jangka waktu (?:pelayanan|penyelesaian)|waktu pelayanan|lama (?:waktu )?(?:pelayanan|penyelesaian|proses)|durasi (?:layanan|pelayanan)|total waktu|jumlah waktu)[^\n\d]{0,40}?(\d+(?:[.,]\d+)?)\s*(?:\([a-z ]+\)\s*)?(hari|jam|menit)/i;
const STEP = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:\([a-z ]+\)\s*)?(hari|jam|menit)\b/gi;

const inDays = (n: number, unit: string) => {
  const u = unit.toLowerCase();
  return u === 'hari' ? n : u === 'jam' ? n / 24 : n / 1440;
};
const num = (s: string) => Number(s.replace(',', '.'));

export function serviceDaysOf(text: string): number | null {
  const scan = text.slice(0, 200_000);
  const total = TOTAL.exec(scan);
  if (total) return Math.max(1, Math.ceil(inDays(num(total[1]), total[2]) - 1e-9));
  let days = 0;
  let steps = 0;
  for (const m of scan.matchAll(STEP)) {
    days += inDays(num(m[1]), m[2]);
    if (++steps > 200) break;
  }
  return steps ? Math.max(1, Math.ceil(days - 1e-9)) : null;
}
