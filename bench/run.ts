// npm run bench [name…] — runs the named benchmarks (all when none is named). A benchmark runs when
// imported, or, where it exports main() (so that its figures can also be imported), when that is called.
export {};

// `routes` first: every main route against the floor on both engines, and the first load's bytes (first-load,
// which also runs alone).
const ALL = ['routes', 'scoring', 'api', 'reports', 'open-data'];
const KNOWN = [...ALL, 'first-load'];
const names = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const name of names) {
  if (!KNOWN.includes(name)) {
    console.error(`unknown benchmark "${name}"; known: ${KNOWN.join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name}`);
  const bench: { main?: () => Promise<void> } = await import(`./${name}.ts`);
  await bench.main?.();
}
