// The region-level (SPD) answers of a period: Admin Daerah chooses an option per SPD indicator of the period's
// framework. Read and saved by the items' one answer handler (shared/items/answers.ts), like the SID answers.
import { z } from 'zod';
import { answerRoutes, itemStateShape } from '../shared/items/answers';

export default answerRoutes({
  url: '/api/periods/:id/region-answers',
  tag: 'periods',
  owner: (periodId) => ({ periodId }),
  permissions: { read: 'period:read', write: 'period:write' },
  summaries: { read: 'The region-level (SPD) answers of a period and their score', save: 'Choose an option (0 clears) for one SPD indicator' },
  response: z.object({
    periodId: z.string(),
    answers: z.record(z.string(), z.number()),
    items: z.record(z.string(), itemStateShape),
    /** Claimed (options chosen) and verified (accepted with evidence) SPD points. */
    spd: z.number(),
    spdVerified: z.number(),
    spdMax: z.number(),
    missingEvidence: z.array(z.string()),
  }),
  shape: (v) => ({
    periodId: v.owner.periodId,
    answers: v.answers,
    items: v.items,
    spd: v.claimed,
    spdVerified: v.verified,
    spdMax: v.max,
    missingEvidence: v.missingEvidence,
  }),
});
