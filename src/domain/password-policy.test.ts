import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it('accepts a long password with letters and digits', () => {
    expect(passwordProblems('mojokerto2026', 'admin')).toEqual([]);
  });
  it('names each problem', () => {
    expect(passwordProblems('short1')).toContain('too_short');
    expect(passwordProblems('onlyletterslong')).toContain('needs_letter_and_digit');
    expect(passwordProblems('operator123456', 'operator')).toContain('same_as_username');
  });
});
