// The IID commands of the CLI — an exact contract other tools rely on (see README):
//   frameworks · framework export <id> · score <input.json>. Invalid input: exit code 2 naming the field.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { BUILT_IN_FRAMEWORKS, builtInFramework } from '../../domain/iid/builtin';
import { scoreIid } from '../../domain/iid/engine';
import { exportFramework } from '../../domain/iid/export';
import type { Framework } from '../../domain/iid/types';
import { type Problem, parseFramework, scoreInputProblems, scoreInputSchema, zodProblems } from '../../domain/iid/validate';
import { translate } from '../../domain/messages';

/** Frameworks saved in the database (region clones), looked up only when an id is not built in. */
export type CustomLookup = (id: string) => Promise<Framework | undefined>;

class InputError extends Error {}

function problemsText(problems: Problem[]): string {
  return problems.map((p) => `${p.path || 'input'}: ${translate(p.code, 'en', p.params)}`).join('\n');
}

function print(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function resolveFramework(ref: unknown, lookup: CustomLookup): Promise<Framework> {
  if (typeof ref === 'string') {
    const found = builtInFramework(ref) ?? (await lookup(ref));
    if (!found) throw new InputError(`framework: ${translate('unknown_framework', 'en', { id: ref })}`);
    return found;
  }
  if (ref === undefined || ref === null) throw new InputError('framework: Required.');
  const { framework, problems } = parseFramework(ref, 'framework');
  if (!framework) throw new InputError(problemsText(problems));
  return framework;
}

export async function scoreFile(path: string, lookup: CustomLookup) {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new InputError(`input: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `file not found: ${path}` : 'not valid JSON'}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError('input: must be a JSON object');
  const framework = await resolveFramework((raw as { framework?: unknown }).framework, lookup);
  const parsed = scoreInputSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(problemsText(zodProblems(parsed.error)));
  const problems = scoreInputProblems(framework, parsed.data);
  if (problems.length) throw new InputError(problemsText(problems));
  const r = scoreIid(framework, parsed.data);
  return {
    spd: r.spd,
    sid: r.sid,
    countScore: r.countScore,
    total: r.total,
    maxScore: r.maxScore,
    iid: r.iid,
    predicate: r.predicate,
    innovations: r.innovations.map((i) => ({ id: i.id, maturity: i.maturity })),
  };
}

async function run(fn: () => Promise<void>) {
  try {
    await fn();
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

export function registerIidCommands(program: Command, lookup: CustomLookup, listCustom: () => Promise<Framework[]>) {
  program
    .command('frameworks')
    .description('list IID framework versions as JSON [{id, year, kind}] (--all adds region clones from the database)')
    .option('--all', 'include frameworks saved in the database')
    .action((opts: { all?: boolean }) =>
      run(async () => {
        const custom = opts.all ? await listCustom() : [];
        print([...BUILT_IN_FRAMEWORKS, ...custom].map((f) => ({ id: f.id, year: f.year, kind: f.kind })));
      }),
    );

  program
    .command('framework')
    .description('framework export <id>: print one framework as JSON')
    .argument('<action>', 'export')
    .argument('<id>', 'framework id, e.g. iid-2026')
    .option('--full', 'include English names, evidence and sources (the editor’s format)')
    .action((action: string, id: string, opts: { full?: boolean }) =>
      run(async () => {
        if (action !== 'export') throw new InputError(`action: unknown "${action}" (use: framework export <id>)`);
        print(exportFramework(await resolveFramework(id, lookup), { full: opts.full }));
      }),
    );

  program
    .command('score')
    .description('score a region: input {framework, region: {answers}, innovations: [{id, sent?, urusan, answers}]}')
    .argument('<input>', 'path to the input JSON file')
    .action((path: string) => run(async () => print(await scoreFile(path, lookup))));
}
