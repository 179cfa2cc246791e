// Every finding the pre-check can report reads as a sentence in both languages, without placeholders left over.
import { describe, expect, it } from 'vitest';
import { findingText, KIND_LABELS } from '../../src/domain/evidence-check';
import { FINDING_CODES } from '../../src/domain/evidence-check/messages';
import { DOCUMENT_KINDS } from '../../src/domain/evidence-check/types';

const PARAMS = {
  kind: 'sk_kepala_perangkat_daerah',
  expected: 'sk_kepala_daerah,perkada,perda',
  year: 2022,
  from: 2023,
  to: 2025,
  years: '2023, 2024',
  option: 1,
  selected: 2,
  n: 8,
  of: 'people',
  need: 11,
  min: 1,
  name: 'SIPANDU SEHAT',
  days: 3,
  seconds: 420,
  max: 300,
  pages: 2,
  chars: 5,
  source: 'ocr',
  how: 'full',
};

describe('finding texts', () => {
  it.each(FINDING_CODES)('%s reads in Bahasa Indonesia and English', (code) => {
    const id = findingText({ check: 'kind', outcome: 'failed', code, params: PARAMS }, 'id');
    const en = findingText({ check: 'kind', outcome: 'failed', code, params: PARAMS }, 'en');
    for (const text of [id, en]) {
      expect(text).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
      expect(text).toMatch(/[.!]$/);
    }
    expect(id).not.toBe(en);
  });

  it('names kinds by their labels and says the expected kinds as a list', () => {
    expect(findingText({ check: 'kind', outcome: 'failed', code: 'kind_supports_none', params: PARAMS }, 'id')).toBe(
      'SK Kepala Perangkat Daerah tidak mendukung opsi mana pun untuk indikator ini; yang diharapkan SK Kepala Daerah, Peraturan Kepala Daerah, atau Peraturan Daerah.',
    );
    expect(findingText({ check: 'count', outcome: 'passed', code: 'count_supports', params: { of: 'events', n: 1, option: 1 } }, 'en')).toBe(
      '1 event counted, supporting option 1.',
    );
    for (const k of DOCUMENT_KINDS) expect(KIND_LABELS[k].id && KIND_LABELS[k].en).toBeTruthy();
  });
});

describe('codes', () => {
  it('every code evaluate() can emit has a text', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../src/domain/evidence-check/evaluate.ts', import.meta.url), 'utf8');
    const emitted = [...source.matchAll(/code: '([a-z_]+)'/g)].map((m) => m[1]);
    expect(emitted.length).toBeGreaterThan(20);
    for (const code of [...emitted, 'ocr_unavailable', 'pdf_reader_unavailable', 'unsupported_type', 'link', 'unreadable'])
      expect(FINDING_CODES, code).toContain(code);
  });
});

describe('summary of a wrong kind', () => {
  it('an attendance list for the SDM indicator is named by its kind, not its signer', async () => {
    const { evaluate, summaryText } = await import('../../src/domain/evidence-check');
    const { EVIDENCE_CORPUS, corpusInput } = await import('../support/evidence-corpus');
    const c = EVIDENCE_CORPUS.find((x) => x.id === 'daftar-hadir-bimtek');
    if (!c) throw new Error('case missing');
    const base = corpusInput(c);
    const input = { ...base, rule: { kinds: ['sk_kepala_daerah' as const, 'surat_tugas' as const] }, selectedOption: 1, optionLabels: undefined };
    const v = evaluate(input);
    expect(v).toMatchObject({ supportedOption: 0, belowSelected: true });
    expect(summaryText(v, input, 'id')).toBe(
      'Daftar hadir ini bukan SK Kepala Daerah atau Surat Tugas yang diminta, sehingga tidak mendukung opsi mana pun, termasuk opsi 1 yang dipilih.',
    );
  });
});
