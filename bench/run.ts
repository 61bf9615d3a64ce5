// `npm run bench`: every benchmark, one after another (each prints ratios against its own baselines).
// `npm run bench -- import` runs only the ones whose name contains "import".
const all = ['plan', 'import', 'indicators', 'bulletin'];
const only = process.argv.slice(2);
for (const name of all.filter((n) => only.length === 0 || only.some((o) => n.includes(o)))) {
  console.log(`\n=== ${name} ===`);
  await import(`./${name}.bench.ts`);
}
