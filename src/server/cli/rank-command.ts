// `npm run -s cli -- rank <input.json>`: the competition ranking contract (src/domain/competitions/ranking.ts)
// for other tools and for audit. Prints {ranking: [{entry, score, rank}]}; invalid input exits 2 naming the field.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { rankEntries, rankInputProblems, rankInputSchema } from '../../domain/competitions/ranking';

/** `scores.3.value` as the README writes it: `scores[3].value`. */
const fieldOf = (path: PropertyKey[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || 'input';

function refuse(lines: string[]): never {
  process.stderr.write(`${lines.map((l) => `error: ${l}`).join('\n')}\n`);
  process.exit(2);
}

export async function rankFile(path: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    refuse([`input: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `file not found: ${path}` : 'not valid JSON'}`]);
  }
  const parsed = rankInputSchema.safeParse(raw);
  if (!parsed.success) refuse(parsed.error.issues.map((i) => `${fieldOf(i.path)}: ${i.message}`));
  const problems = rankInputProblems(parsed.data);
  if (problems.length) refuse(problems.map((p) => `${p.path}: ${p.message}`));
  return { ranking: rankEntries(parsed.data) };
}

export function registerRankCommand(program: Command) {
  program
    .command('rank')
    .description(
      'rank competition entries: input {criteria: [{id, weight, max}], scores: [{judge, entry, criterion, value}], conflicts?, normalise, tieBreak?}',
    )
    .argument('<input>', 'path to the input JSON file')
    .action(async (path: string) => {
      process.stdout.write(`${JSON.stringify(await rankFile(path), null, 2)}\n`);
    });
}
