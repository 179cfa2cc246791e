// npm run bench [name…] — runs the named benchmarks (all when none is named). A benchmark runs when
// imported, or, where it exports main() (so that its figures can also be imported), when that is called.
export {};

// `routes` first: the table issue 13's targets are read from (both engines, every main route against the floor).
const ALL = ['routes', 'first-load', 'scoring', 'api', 'reports'];
const names = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const name of names) {
  if (!ALL.includes(name)) {
    console.error(`unknown benchmark "${name}"; known: ${ALL.join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name}`);
  const bench: { main?: () => Promise<void> } = await import(`./${name}.ts`);
  await bench.main?.();
}
