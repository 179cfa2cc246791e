// Balanced judge assignment: each entry gets `perEntry` judges (every judge when null) among those without a
// conflict, always the least loaded first, so that work is even; existing assignments are kept and counted.

export interface AssignmentPlan {
  assignments: { judge: string; entry: string }[];
  /** Entries that got fewer judges than wanted (too few judges without a conflict). */
  short: { entry: string; judges: number }[];
}

export function balanceAssignments(
  entries: readonly string[],
  judges: readonly string[],
  perEntry: number | null,
  conflicted: (judge: string, entry: string) => boolean,
  existing: readonly { judge: string; entry: string }[] = [],
): AssignmentPlan {
  const load = new Map(judges.map((j) => [j, 0]));
  const has = new Set<string>();
  for (const a of existing) {
    if (!load.has(a.judge)) continue;
    load.set(a.judge, (load.get(a.judge) ?? 0) + 1);
    has.add(`${a.judge}|${a.entry}`);
  }
  const assignments: AssignmentPlan['assignments'] = [];
  const short: AssignmentPlan['short'] = [];
  for (const entry of [...entries].sort()) {
    const free = judges.filter((j) => !conflicted(j, entry));
    const already = free.filter((j) => has.has(`${j}|${entry}`)).length;
    const want = Math.min(perEntry ?? free.length, free.length);
    const candidates = free.filter((j) => !has.has(`${j}|${entry}`)).sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || (a < b ? -1 : 1));
    for (const judge of candidates.slice(0, Math.max(0, want - already))) {
      assignments.push({ judge, entry });
      load.set(judge, (load.get(judge) ?? 0) + 1);
    }
    const got = Math.max(already, Math.min(want, already + candidates.length));
    if (perEntry !== null && got < perEntry) short.push({ entry, judges: got });
  }
  return { assignments, short };
}
