// npm run bench [name…] — runs the named benchmarks (all when none is named).
export {};

const ALL = ['scoring', 'api', 'reports'];
const names = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const name of names) {
  if (!ALL.includes(name)) {
    console.error(`unknown benchmark "${name}"; known: ${ALL.join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name}`);
  await import(`./${name}.ts`);
}
