// `node scripts/run-ts.mjs bench/trace.ts <operation> [small|typical|large]`: one operation's service
// calls in order, runs of the same call folded ("Range.setValues ×3"), to see where its calls go.
import { OPERATIONS, runScenario, type Operation } from './scenario';
import { BENCH_SIZES } from './sizes';

const [operation = 'create', sizeName = 'small'] = process.argv.slice(2);
if (!OPERATIONS.includes(operation as Operation)) throw new Error(`Name one of ${OPERATIONS.join(', ')}`);
const size = BENCH_SIZES.find((s) => s.name === sizeName);
if (!size) throw new Error(`Name one of ${BENCH_SIZES.map((s) => s.name).join(', ')}`);
const result = runScenario(size, { addon: 'source', trace: true });
const sequence = result.costs[operation as Operation]?.sequence ?? [];
const folded: Array<[string, number]> = [];
for (const call of sequence) {
  const last = folded[folded.length - 1];
  if (last && last[0] === call) last[1]++;
  else folded.push([call, 1]);
}
console.log(folded.map(([call, n]) => (n > 1 ? `${call} ×${n}` : call)).join('\n'));
console.log(`${sequence.length} calls`);
