// Import boundaries between Inovda's layers, checked on the file an import resolves to (not on the import's
// text, so how deep a file sits never matters) and on every import form: static, type-only, re-export,
// dynamic import(), require() and /// <reference> directives.
//
//   domain-pure        src/domain imports only zod, @zxcvbn-ts/core and src/domain (its *.test.ts also vitest, fast-check
//                      and the zxcvbn dictionaries),
//                      and references no lib or types (no DOM, no Node).
//   contract-pure      src/contract (the API contract both sides import) imports only zod, src/domain and
//                      itself, and references no lib or types.
//   web-no-server      src/web never imports src/server.
//   server-no-web      src/server never imports src/web.
//   feature-isolation  a feature never imports another feature's code; shared code (web ui/lib/i18n, server
//                      plugins, db, shared helpers, …) imports no feature at all. Only the composition roots
//                      below wire features together. A web feature is any folder of src/web but app, ui, lib
//                      and i18n; a server feature is any folder of src/server holding a route module
//                      (routes.ts or *-routes.ts), so new features and new shared folders need no entry here.
//
// Run by `npm run lint` and scripts/test-all.sh: prints each violation and exits 1.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: 'domain-pure' | 'contract-pure' | 'web-no-server' | 'server-no-web' | 'feature-isolation';
  message: string;
}

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
// The password estimator is pure computation (no I/O); its dictionaries are handed in by server and web,
// except in the domain's own tests.
const DOMAIN_PACKAGES = ['zod', '@zxcvbn-ts/core'];
const DOMAIN_TEST_PACKAGES = [...DOMAIN_PACKAGES, 'vitest', 'fast-check', '@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en', '@zxcvbn-ts/language-id'];
const WEB_SHARED = new Set(['app', 'ui', 'lib', 'i18n']);
/** Files and folders that wire features together (routes, menus, start-up); everything else stays inside its feature. */
const ROOTS = ['src/web/main.tsx', 'src/web/app/', 'src/server/app.ts', 'src/server/main.ts', 'src/server/routes.ts', 'src/server/cli/'];
const ROUTE_MODULE = /(^|-)routes\.ts$/;

type Layer = 'domain' | 'contract' | 'web' | 'server';
interface Place {
  layer: Layer | null;
  /** The first folder below the layer (null for a file directly in it). */
  folder: string | null;
}

function placeOf(path: string): Place {
  const m = /^src\/(domain|contract|web|server)\/(?:([^/]+)\/)?/.exec(path);
  return m ? { layer: m[1] as Layer, folder: m[2] ?? null } : { layer: null, folder: null };
}

/** The package an import names: "@scope/name" or "name" ("node:fs" → "node:fs"). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function sourceFiles(root: string): string[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((f) => posix.join('src', f.split(sep).join('/')))
    .filter((f) => SOURCE.test(f) && !f.includes('/node_modules/'))
    .sort();
}

interface Reference {
  specifier: string;
  pos: number;
  /** A path inside the project (relative to root), or null for a package. */
  path: string | null;
  kind: 'import' | 'lib' | 'types';
}

function referencesOf(root: string, file: string, text: string): Reference[] {
  const info = ts.preProcessFile(text, true, true);
  const toPath = (specifier: string) =>
    relative(root, resolve(root, dirname(file), specifier))
      .split(sep)
      .join('/');
  return [
    ...info.importedFiles.map((r) => ({
      specifier: r.fileName,
      pos: r.pos,
      path: r.fileName.startsWith('.') ? toPath(r.fileName) : null,
      kind: 'import' as const,
    })),
    ...info.referencedFiles.map((r) => ({ specifier: r.fileName, pos: r.pos, path: toPath(r.fileName), kind: 'import' as const })),
    ...info.libReferenceDirectives.map((r) => ({ specifier: r.fileName, pos: r.pos, path: null, kind: 'lib' as const })),
    ...info.typeReferenceDirectives.map((r) => ({ specifier: r.fileName, pos: r.pos, path: null, kind: 'types' as const })),
  ];
}

export function checkBoundaries(root: string): Violation[] {
  const files = sourceFiles(root);
  const serverFeatures = new Set(
    files
      .filter((f) => f.startsWith('src/server/') && ROUTE_MODULE.test(posix.basename(f)))
      .map((f) => placeOf(f).folder)
      .filter((f) => f !== null),
  );
  const isFeature = (p: Place) => p.folder !== null && (p.layer === 'web' ? !WEB_SHARED.has(p.folder) : p.layer === 'server' && serverFeatures.has(p.folder));
  const isRoot = (file: string) => ROOTS.some((r) => (r.endsWith('/') ? file.startsWith(r) : file === r));

  const violations: Violation[] = [];
  for (const file of files) {
    const from = placeOf(file);
    if (!from.layer) continue;
    const text = readFileSync(join(root, file), 'utf8');
    const isTest = /\.test\.tsx?$/.test(file);
    for (const ref of referencesOf(root, file, text)) {
      const to = ref.path ? placeOf(ref.path) : null;
      const report = (rule: Violation['rule'], message: string) =>
        violations.push({ file, line: text.slice(0, ref.pos).split('\n').length, specifier: ref.specifier, rule, message });

      if (from.layer === 'domain') {
        const allowed = isTest ? DOMAIN_TEST_PACKAGES : DOMAIN_PACKAGES;
        if (ref.kind !== 'import') report('domain-pure', `the domain references no ${ref.kind} (it runs in the browser and on the server alike)`);
        else if (ref.path === null && !allowed.includes(packageOf(ref.specifier)))
          report('domain-pure', `the domain imports only ${allowed.join(', ')} and itself, not "${packageOf(ref.specifier)}"`);
        else if (to && to.layer !== 'domain') report('domain-pure', `the domain imports only itself, not ${ref.path}`);
        continue;
      }
      if (from.layer === 'contract') {
        if (ref.kind !== 'import') report('contract-pure', `the contract references no ${ref.kind} (the server and the web app both import it)`);
        else if (ref.path === null && packageOf(ref.specifier) !== 'zod')
          report('contract-pure', `the contract imports only zod, the domain and itself, not "${packageOf(ref.specifier)}"`);
        else if (to && to.layer !== 'domain' && to.layer !== 'contract')
          report('contract-pure', `the contract imports only the domain and itself, not ${ref.path}`);
        continue;
      }
      if (!to?.layer) continue;
      if (from.layer === 'web' && to.layer === 'server') report('web-no-server', 'the web app never imports server code; share through src/domain');
      else if (from.layer === 'server' && to.layer === 'web') report('server-no-web', 'the server never imports web code; share through src/domain');
      else if (from.layer === to.layer && isFeature(to) && to.folder !== from.folder && !isRoot(file)) {
        const who = isFeature(from) ? `feature "${from.folder}"` : `shared ${from.layer} code (${from.folder ?? posix.basename(file)})`;
        report('feature-isolation', `${who} imports feature "${to.folder}"; move what both need to shared code or src/domain`);
      }
    }
  }
  return violations;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '..');
  const violations = checkBoundaries(root);
  for (const v of violations) console.error(`${v.file}:${v.line}  ${v.rule}  '${v.specifier}'  ${v.message}`);
  if (violations.length) {
    console.error(`\n${violations.length} import boundary violation(s); the rules are at the top of scripts/check-boundaries.ts`);
    process.exit(1);
  }
  console.log('import boundaries: ok');
}
