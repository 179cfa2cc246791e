// Pages of the innovation list, kept by each instance while their period is unchanged. A list page reads and
// orders every entry of the period; between two changes, every operator of a region asks for the same few
// pages. The period's stamp (shared/periods/period-memo.ts: Σ revision and count of its entries, renewed by
// every change to an entry, its answers, evidence and reviews, its innovation's deletion, and the renaming of
// its OPD or unit) is read with the period, so any instance knows whether its copy is still current.
// Kept as the JSON answered (a page served again costs no mapping and no serialising), 32 MB at most.
import { periodJsonPages } from '../shared/periods/period-memo';

export const listPages = periodJsonPages();
