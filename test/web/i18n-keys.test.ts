// Every translation key the web app uses exists in Bahasa Indonesia and in English, both catalogues hold the
// same keys, and English is really English: a value may equal the Indonesian one only when it is a kept
// official term or proper name (KEPT_OFFICIAL_TERMS in en.ts) or has nothing to translate (numbers, codes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFindingShape, evidenceCheckShape } from '../../src/contract/evidence-check';
import { COMPETITION_ENTRY_STATUSES, COMPETITION_STATUSES } from '../../src/domain/competitions/status';
import { PROFILE_SOURCES, PROGRAMMES } from '../../src/domain/competitions/template';
import { REVIEW_STATUSES } from '../../src/domain/evidence/review';
import { JENIS, TAHAPAN } from '../../src/domain/innovation/profile';
import { ENTRY_STATUSES } from '../../src/domain/innovation/workflow';
import { FISCAL_CAPACITIES } from '../../src/domain/ipkd/framework';
import { IPKD_REVIEW_STATUSES } from '../../src/domain/ipkd/review';
import { MESSAGES } from '../../src/domain/messages';
import { OPD_KINDS, REGION_TYPES, UNIT_KINDS } from '../../src/domain/organisation';
import { ROLES } from '../../src/domain/roles';
import { en, KEPT_OFFICIAL_TERMS } from '../../src/web/i18n/en';
import { id } from '../../src/web/i18n/id';

type Tree = { [key: string]: string | Tree };
const catalogues: Record<'id' | 'en', Tree> = { id, en };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** A key resolves to a text, or to plural forms (i18next's key_one / key_other when a count is passed). */
const resolves = (tree: Tree, key: string) => typeof lookup(tree, key) === 'string' || typeof lookup(tree, `${key}_other`) === 'string';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const WEB = join(import.meta.dirname, '../../src/web');
const files = sourceFiles(WEB).map((path) => ({ path: path.slice(WEB.length + 1), text: readFileSync(path, 'utf8') }));
const namespaces = new Set(Object.keys(id));

/** Keys written out in the code: t('a.b'), i18nKey="a.b", and any 'ns.key' string (ternaries, constants passed to t later). */
function literalKeys(): { key: string; where: string }[] {
  const found: { key: string; where: string }[] = [];
  const patterns = [/\bt\(\s*(['"])([^'"`]+)\1/g, /i18nKey=(['"])([^'"]+)\1/g, /(['"])([a-zA-Z]\w*(?:\.\w+)+)\1/g];
  for (const f of files)
    for (const re of patterns)
      for (const m of f.text.matchAll(re)) {
        const key = m[2];
        if (re === patterns[2] && !namespaces.has(key.split('.')[0])) continue;
        found.push({ key, where: `${f.path}:${f.text.slice(0, m.index).split('\n').length}` });
      }
  return found;
}

/** Keys built from a template, t(`ns.group.${value}`): the part before the first ${…}. */
function templatePrefixes(): { prefix: string; where: string }[] {
  const found: { prefix: string; where: string }[] = [];
  for (const f of files)
    for (const m of f.text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g))
      found.push({ prefix: m[1].replace(/\.$/, ''), where: `${f.path}:${f.text.slice(0, m.index).split('\n').length}` });
  return found;
}

// Families whose last part comes from a domain list: every value of the list needs a label.
const FAMILIES: Record<string, readonly string[]> = {
  role: ROLES,
  opdKind: OPD_KINDS,
  unitKind: UNIT_KINDS,
  regionType: REGION_TYPES,
  'innovations.status': ENTRY_STATUSES,
  // The dashboard counts innovations without a stage or type under "belum_diisi" (server/dashboard/region-figures).
  'innovations.tahapan': [...TAHAPAN, 'belum_diisi'],
  'innovations.jenis': [...JENIS, 'belum_diisi'],
  'evidence.review': REVIEW_STATUSES,
  // The evidence pre-check (EvidenceCheckView): how a document was read, and each check's outcome.
  'evidence.check.source': evidenceCheckShape.shape.source.unwrap().options,
  'evidence.check.outcome': checkFindingShape.shape.outcome.options,
  'competitions.status': COMPETITION_STATUSES,
  'competitions.entryStatus': COMPETITION_ENTRY_STATUSES,
  'competitions.programme': PROGRAMMES,
  'competitions.profileField': PROFILE_SOURCES,
  'ipkd.capacity': FISCAL_CAPACITIES,
  'ipkd.status': IPKD_REVIEW_STATUSES,
};

// Words that only Bahasa Indonesia uses; an English value containing one was left half translated.
const INDONESIAN_WORDS =
  /\b(yang|dan|dari|untuk|tidak|belum|sudah|dengan|atau|ini|itu|akan|pada|Simpan|Batal|Hapus|Tambah|Ubah|Beranda|Cari|Tutup|Kembali|Menyimpan|Memuat|Wajib|diisi|Terverifikasi|Diklaim|Menunggu|Diterima|Dikembalikan|terbaca|sumber)\b/;

/** An English value with the kept official terms (and placeholders) taken out; what is left must not be Indonesian. */
function withoutKeptTerms(value: string) {
  let rest = value.replace(/\{\{?\w+\}?\}/g, ' ');
  for (const term of [...KEPT_OFFICIAL_TERMS].sort((a, b) => b.length - a.length)) rest = rest.split(term).join(' ');
  return rest;
}

describe('translations', () => {
  const flatId = flatten(id);
  const flatEn = flatten(en as Tree);

  it('Bahasa Indonesia and English have exactly the same keys', () => {
    expect([...flatEn.keys()].filter((k) => !flatId.has(k))).toEqual([]);
    expect([...flatId.keys()].filter((k) => !flatEn.has(k))).toEqual([]);
  });

  it('every key written in the web code exists in both languages', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(500);
    const missing = keys.flatMap(({ key, where }) =>
      (['id', 'en'] as const).filter((lang) => !resolves(catalogues[lang], key)).map((lang) => `${lang}: ${key} (${where})`),
    );
    expect(missing).toEqual([]);
  });

  it('every key built from a template has its group in both languages, with a label for each domain value', () => {
    const prefixes = templatePrefixes();
    expect(prefixes.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const { prefix, where } of prefixes)
      for (const lang of ['id', 'en'] as const) {
        const node = prefix ? lookup(catalogues[lang], prefix) : catalogues[lang];
        if (!node || typeof node === 'string') problems.push(`${lang}: ${prefix}.* (${where})`);
      }
    for (const [prefix, values] of Object.entries(FAMILIES))
      for (const v of values)
        for (const lang of ['id', 'en'] as const) if (typeof lookup(catalogues[lang], `${prefix}.${v}`) !== 'string') problems.push(`${lang}: ${prefix}.${v}`);
    expect(problems).toEqual([]);
  });

  it('English values are translated, except kept official terms, proper names and values without words', () => {
    const untranslated = [...flatEn].filter(([key, value]) => {
      if (value !== flatId.get(key)) return false;
      return /\p{L}{2,}/u.test(withoutKeptTerms(value));
    });
    expect(untranslated.map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it('English values carry no Indonesian words outside the kept official terms', () => {
    const mixed = [...flatEn].filter(([, value]) => INDONESIAN_WORDS.test(withoutKeptTerms(value)));
    expect(mixed.map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it('both languages use the same placeholders', () => {
    const differ = [...flatEn].filter(([key, value]) => {
      const names = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join();
      return names(value) !== names(flatId.get(key) ?? '');
    });
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('server messages are in English too, not a copy of the Indonesian', () => {
    const bad = Object.entries(MESSAGES as Record<string, { id: string; en: string }>).filter(
      ([, m]) => m.en === m.id || INDONESIAN_WORDS.test(withoutKeptTerms(m.en)),
    );
    expect(bad.map(([code, m]) => `${code}: ${m.en}`)).toEqual([]);
  });
});
