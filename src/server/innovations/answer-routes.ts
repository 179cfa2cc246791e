// The SID answers of an innovation entry: the option the operator chose per indicator of the period's framework,
// with the claimed and verified maturity. Read and saved by the items' one answer handler (shared/items/answers.ts).
import { answersShape } from '../../contract/innovations';
import { entryScope } from '../shared/http/scopes';
import { answerRoutes } from '../shared/items/answers';

export default answerRoutes({
  url: '/api/innovations/entries/:id/answers',
  tag: 'innovations',
  owner: (entryId) => ({ entryId }),
  permissions: { read: 'innovation:read', write: 'innovation:write' },
  scope: entryScope(),
  summaries: {
    read: 'The SID answers of an entry and its claimed maturity',
    save: 'Choose an option (0 clears) for one SID indicator on the item version you saw; a newer one answers 409 with the item as it is now',
  },
  response: answersShape,
  shape: (v) => ({
    entryId: v.owner.entryId as string,
    frameworkId: v.owner.frameworkId,
    answers: v.answers,
    items: v.items,
    maturity: v.claimed,
    maturityVerified: v.verified,
    maturityMax: v.max,
    missingEvidence: v.missingEvidence,
  }),
});
