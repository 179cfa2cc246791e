// IPKD framework versions: built-ins from the domain (never stored) and the region's own clones and imports.
import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { BUILTIN_IPKD_FRAMEWORKS, builtinIpkdFramework } from '../../domain/ipkd/builtin';
import { type IpkdFramework, type IpkdRules, ipkdRulesSchema } from '../../domain/ipkd/framework';
import { type IpkdProblem, ipkdRulesProblems } from '../../domain/ipkd/validate';
import type { Db } from '../db/client';
import { ipkdFrameworks } from '../db/schema';

export interface StoredIpkdFramework {
  framework: IpkdFramework;
  builtIn: boolean;
  regionId: string | null;
  basedOn: string | null;
  version: number;
  updatedAt: string | null;
}

const fromRow = (row: typeof ipkdFrameworks.$inferSelect): StoredIpkdFramework => ({
  framework: { ...row.data, id: row.id, name: row.name, builtin: false, notes: '' },
  builtIn: false,
  regionId: row.regionId,
  basedOn: row.basedOn,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

const builtIn = (f: IpkdFramework): StoredIpkdFramework => ({ framework: f, builtIn: true, regionId: null, basedOn: null, version: 0, updatedAt: null });

/** Built-ins, then the region's own, by year. */
export async function listIpkdFrameworks(db: Db, regionId: string): Promise<StoredIpkdFramework[]> {
  const rows = await db
    .select()
    .from(ipkdFrameworks)
    .where(eq(ipkdFrameworks.regionId, regionId))
    .orderBy(asc(ipkdFrameworks.measurementYear), asc(ipkdFrameworks.name));
  return [...BUILTIN_IPKD_FRAMEWORKS.map(builtIn), ...rows.map(fromRow)];
}

/** A version the region may see: built-in or its own (another region's is not found). */
export async function findIpkdFramework(db: Db, regionId: string, id: string): Promise<StoredIpkdFramework | undefined> {
  const b = builtinIpkdFramework(id);
  if (b) return builtIn(b);
  const [row] = await db
    .select()
    .from(ipkdFrameworks)
    .where(and(eq(ipkdFrameworks.id, id), eq(ipkdFrameworks.regionId, regionId)));
  return row ? fromRow(row) : undefined;
}

export const newIpkdFrameworkId = (year: number) => `ipkd-${year}-${randomBytes(3).toString('hex')}`;

export interface RulesProblem {
  path: string;
  code: IpkdProblem['code'] | 'invalid' | 'required';
  params?: Record<string, string | number>;
}

const bracketPath = (path: PropertyKey[]) => path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? String(p) : `.${String(p)}`)).join('');

/** The rules of a framework document as sent (shape by zod, then the domain's own checks), or the problems. */
export function parseIpkdRules(doc: Record<string, unknown>): { rules: IpkdRules } | { problems: RulesProblem[] } {
  const parsed = ipkdRulesSchema.safeParse(doc);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => ({
        path: bracketPath(i.path),
        code: i.code === 'invalid_type' && /undefined/.test(i.message) ? 'required' : 'invalid',
      })),
    };
  const problems = ipkdRulesProblems(parsed.data);
  return problems.length ? { problems } : { rules: parsed.data };
}

/** The rules alone (what is stored and exported), without the envelope's id, name and notes. */
export const rulesOf = ({ measurementYear, method, dimensions, bands }: IpkdRules): IpkdRules => ({ measurementYear, method, dimensions, bands });
