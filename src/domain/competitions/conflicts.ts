// Conflicts of interest (design.md §3): a judge never scores an entry of their own OPD, nor — in a competition
// organised by another region — of their own region; judges may declare more. The server refuses such scores.

export type ConflictReason = 'own_opd' | 'own_region' | 'declared';

export interface JudgePlace {
  regionId: string | null;
  opdId: string | null;
}

export interface EntryPlace {
  regionId: string;
  opdId: string;
}

export function conflictOf(judge: JudgePlace, entry: EntryPlace, organiserRegionId: string, declared: boolean): ConflictReason | null {
  if (judge.opdId !== null && judge.opdId === entry.opdId) return 'own_opd';
  // In a region's own contest every entry is of that region: its own judges are the organiser's, not a party's.
  if (judge.regionId !== null && judge.regionId === entry.regionId && entry.regionId !== organiserRegionId) return 'own_region';
  return declared ? 'declared' : null;
}
