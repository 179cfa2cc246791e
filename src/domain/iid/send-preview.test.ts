// The preview of a send equals a full re-score of the state after the send, for any region.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS } from './builtin';
import { compile, maturityOf, scoreIid } from './engine';
import { sendPreview } from './send-preview';
import type { ScoreInput } from './types';
import { BASIC_SERVICE_URUSAN } from './urusan';

describe('send preview', () => {
  it('before and after equal scoreIid on the state before and after the (un)send', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILT_IN_FRAMEWORKS).chain((f) => {
          const sid = f.indicators.filter((i) => i.aspect === 'SID').map((i) => i.code);
          const spd = f.indicators.filter((i) => i.aspect === 'SPD').map((i) => i.code);
          const answers = (codes: string[]) => fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: 0, max: 3 }));
          const inv = fc.record({
            sent: fc.boolean(),
            urusan: fc.uniqueArray(fc.constantFrom(...BASIC_SERVICE_URUSAN), { maxLength: 3 }),
            answers: answers(sid),
          });
          return fc.tuple(fc.constant(f), answers(spd), fc.array(inv, { minLength: 1, maxLength: 30 }), fc.nat(), fc.boolean());
        }),
        ([f, spd, list, pick, sent]) => {
          const input: ScoreInput = { region: { answers: spd }, innovations: list.map((i, k) => ({ ...i, id: `i${k}` })) };
          const target = input.innovations[pick % input.innovations.length].id;
          const c = compile(f);
          const stored = input.innovations.map((i) => ({ id: i.id, sent: i.sent !== false, urusan: i.urusan, maturity: maturityOf(c, i.answers) }));
          const preview = sendPreview(f, spd, stored, target, sent);
          const after = scoreIid(f, { ...input, innovations: input.innovations.map((i) => (i.id === target ? { ...i, sent } : i)) });
          const before = scoreIid(f, input);
          expect(preview.before.iidExact).toBeCloseTo(before.iidExact, 9);
          expect(preview.after.iidExact).toBeCloseTo(after.iidExact, 9);
          expect(preview.after.iid).toBe(after.iid);
          expect(preview.after.sent).toBe(after.sent);
          expect(preview.delta).toBeCloseTo(after.iidExact - before.iidExact, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
