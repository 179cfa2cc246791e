// A competition's life: drafted by the admin, open for entries, judged stage by stage, locked (results fixed),
// published (shown on the innovations' pages). An OPD's entry: drafted, proposed to the region, accepted
// (only then it counts as submitted) or returned with a note, or withdrawn by its OPD.
export const COMPETITION_STATUSES = ['draft', 'open', 'judging', 'locked', 'published'] as const;
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number];

export const COMPETITION_ENTRY_STATUSES = ['draft', 'proposed', 'accepted', 'returned', 'withdrawn'] as const;
export type CompetitionEntryStatus = (typeof COMPETITION_ENTRY_STATUSES)[number];

/** The moves the admin may make; anything else is refused with the current status named. */
const MOVES: Record<CompetitionStatus, readonly CompetitionStatus[]> = {
  draft: ['open'],
  open: ['draft', 'judging'],
  judging: ['open', 'locked'],
  locked: ['judging', 'published'],
  published: [],
};

export const canMove = (from: CompetitionStatus, to: CompetitionStatus) => MOVES[from].includes(to);

/** OPDs may change their entry while the competition is open and the entry is theirs to edit. */
export const entryEditable = (competition: CompetitionStatus, entry: CompetitionEntryStatus) =>
  competition === 'open' && (entry === 'draft' || entry === 'returned');

/** The stage id the final ranking is stored under (stage ids are slugs and never start with an underscore). */
export const FINAL_STAGE = '_final';
