import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as id from '@zxcvbn-ts/language-id';
import { describe, expect, it } from 'vitest';
import { contextWords, passwordChecker } from './password-policy';

const check = passwordChecker({ dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary }, graphs: common.adjacencyGraphs });
const operator = {
  username: 'operator.dinkes',
  fullName: 'Siti Rahayu',
  email: 'siti@mojokertokota.go.id',
  regionName: 'Kota Mojokerto',
  opdName: 'Dinas Kesehatan Dinkes',
};

describe('password policy', () => {
  it('refuses common passwords', () => {
    expect(check('password123').problems).toEqual(['too_guessable']);
    expect(check('qwertyuiop1').problems).toEqual(['too_guessable']);
  });
  it('refuses an Indonesian common word with digits', () => {
    expect(check('rahasia2026').problems).toEqual(['too_guessable']);
    expect(check('indonesia12345').problems).toEqual(['too_guessable']);
  });
  it("refuses the user's own words: the app, the username, the name, region or OPD", () => {
    expect(check('inovda2026').problems).toEqual(['personal']);
    expect(check('operator.dinkes123', operator).problems).toEqual(['same_as_username', 'personal']);
    expect(check('mojokerto2026', operator).problems).toEqual(['personal']);
    expect(check('kesehatan2026!', operator).problems).toEqual(['personal']);
    expect(check('sitirahayu1990', operator).problems).toEqual(['personal']);
  });
  it('accepts a passphrase of unrelated words, with no digits or symbols needed', () => {
    const phrase = check('kuda hijau melompati pagar bambu', operator);
    expect(phrase.problems).toEqual([]);
    expect(phrase.score).toBe(4);
    expect(check('Laporan-Daerah-2026', operator).problems).toEqual([]);
  });
  it('names length problems, and gives the estimator’s feedback keys for the meter', () => {
    expect(check('kuda1').problems).toContain('too_short');
    expect(check(`${'kuda hijau '.repeat(20)}x`).problems).toContain('too_long');
    const weak = check('password123');
    expect(weak.score).toBe(0);
    expect(weak.warning).toBe('common');
    expect(weak.suggestions.length).toBeGreaterThan(0);
  });
  it('takes each word of the context and the whole values, lower-cased', () => {
    expect(contextWords({ username: 'Kepala.Dinkes', regionName: 'Kota Mojokerto' })).toEqual(
      expect.arrayContaining(['kepala.dinkes', 'kepala', 'dinkes', 'kota mojokerto', 'kota', 'mojokerto', 'inovda']),
    );
  });
});
