// The labels of exports (src/domain) and of the web (i18n) are one wording: a change to one must reach both.
import { describe, expect, it } from 'vitest';
import { BENTUK_LABEL, INISIATOR_LABEL, JENIS_LABEL, REVIEW_LABEL, STATUS_LABEL, TAHAPAN_LABEL, TEMATIK_LABEL } from '../../src/domain/innovation/labels';
import { id } from '../../src/web/i18n/id';

const pick = (labels: Record<string, string>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, labels[k]]));

describe('export labels', () => {
  it('are the web’s Indonesian wording, word for word', () => {
    const web = id.innovations as unknown as Record<string, Record<string, string>>;
    for (const [group, labels] of Object.entries({
      tahapan: TAHAPAN_LABEL,
      inisiator: INISIATOR_LABEL,
      jenis: JENIS_LABEL,
      bentuk: BENTUK_LABEL,
      tematik: TEMATIK_LABEL,
      status: STATUS_LABEL,
    }))
      expect(pick(web[group], Object.keys(labels)), group).toEqual(labels);
    expect(id.evidence.review).toEqual(REVIEW_LABEL);
  });
});
