// The region-level (SPD) answers of a period: Admin Daerah chooses an option per SPD indicator of the period's
// framework. Read and saved by the items' one answer handler (shared/items/answers.ts), like the SID answers.
import { regionAnswersShape } from '../../contract/periods';
import { periodScope } from '../shared/http/scopes';
import { answerRoutes } from '../shared/items/answers';

export default answerRoutes({
  url: '/api/periods/:id/region-answers',
  tag: 'periods',
  owner: (periodId) => ({ periodId }),
  permissions: { read: 'period:read', write: 'period:write' },
  scope: periodScope(),
  summaries: {
    read: 'The region-level (SPD) answers of a period and their score',
    save: 'Choose an option (0 clears) for one SPD indicator on the item version you saw; a newer one answers 409 with the item as it is now',
  },
  response: regionAnswersShape,
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
