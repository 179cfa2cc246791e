import { describe, expect, it } from 'vitest';
import { answersWithoutEvidence, claimedAnswers, reviewCounts, reviewOutcome, reviewProblem, shownReview, verificationCounts, verifiedAnswers } from './review';

const item = (value: number, reviewStatus: string, evidenceCount: number, renewalCount = 0) => ({ value, reviewStatus, evidenceCount, renewalCount });

describe('review rules', () => {
  const answers = {
    '16': item(3, 'diterima', 1),
    '17': item(2, 'menunggu', 1),
    '18': item(1, 'dikembalikan', 2),
    '19': item(2, 'diterima', 0),
    '20': item(3, 'diterima', 1, 1),
    '21': item(0, 'menunggu', 0),
  };

  it('claimed counts every choice; verified only accepted items with valid evidence', () => {
    expect(claimedAnswers(answers)).toEqual({ '16': 3, '17': 2, '18': 1, '19': 2, '20': 3, '21': 0 });
    expect(verifiedAnswers(answers)).toEqual({ '16': 3, '17': 0, '18': 0, '19': 0, '20': 0, '21': 0 });
  });

  it('names answered indicators without valid evidence, in code order', () => {
    expect(answersWithoutEvidence({ ...answers, '2': item(1, 'menunggu', 0) })).toEqual(['2', '19', '20']);
  });

  it('a return needs a note; an accept may carry one', () => {
    expect(reviewOutcome('return', '  ')).toEqual({ problem: 'note_required' });
    expect(reviewOutcome('return', ' Belum ditandatangani ')).toEqual({ status: 'dikembalikan', note: 'Belum ditandatangani' });
    expect(reviewOutcome('accept', undefined)).toEqual({ status: 'diterima', note: null });
  });

  it('reviews only answered items of approved entries, and accepts only with valid evidence', () => {
    expect(reviewProblem('accept', 'diajukan', answers['16'])).toBe('review_not_ready');
    expect(reviewProblem('accept', 'disetujui', answers['21'])).toBe('review_not_ready');
    expect(reviewProblem('accept', 'disetujui', answers['19'])).toBe('evidence_missing');
    expect(reviewProblem('return', 'disetujui', answers['19'])).toBeNull();
    expect(reviewProblem('accept', null, answers['16'])).toBeNull();
  });

  it('counts items per status for badges', () => {
    expect(reviewCounts(answers)).toEqual({ menunggu: 1, diterima: 3, dikembalikan: 1, missingEvidence: 2 });
  });

  it('the verification backlog: approved entries and answered SPD items only', () => {
    const summary = { menunggu: 2, diterima: 1, dikembalikan: 1 };
    const entries = ['draft', 'diajukan', 'disetujui', 'disetujui'].map((status) => ({ status, reviewSummary: summary }));
    expect(verificationCounts(entries, { '1': item(3, 'diterima', 1), '3': item(2, 'menunggu', 0), '4': item(0, 'menunggu', 0) })).toEqual({
      menunggu: 5,
      diterima: 3,
      dikembalikan: 2,
    });
  });

  it('an answered item without valid evidence is shown as such, never as waiting for verification', () => {
    expect(shownReview({ reviewStatus: 'menunggu', evidenceCount: 0 })).toBe('tanpa_bukti');
    expect(shownReview({ reviewStatus: 'menunggu', evidenceCount: 1, renewalCount: 1 })).toBe('tanpa_bukti');
    expect(shownReview({ reviewStatus: 'diterima', evidenceCount: 0 })).toBe('tanpa_bukti');
    expect(shownReview({ reviewStatus: 'menunggu', evidenceCount: 1 })).toBe('menunggu');
    expect(shownReview({ reviewStatus: 'diterima', evidenceCount: 2, renewalCount: 1 })).toBe('diterima');
    expect(shownReview({ reviewStatus: 'dikembalikan', evidenceCount: 0 })).toBe('dikembalikan');
  });
});
