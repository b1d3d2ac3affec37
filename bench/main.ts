// `npm run bench [-- --json] [--source]`: what each operation of the add-on costs in service calls, how
// long the domain analysis takes, and how large the built files are.
import { collectBenchReport } from './report';
import { formatTable } from './table';

const USAGE = `usage: npm run bench [-- --json] [--source]
  --json     print the measurements as JSON
  --source   run src/main.ts in-process instead of dist/Code.js through gas-local`;

async function main(args: readonly string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((arg) => !['--json', '--source'].includes(arg));
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(' ')}\n${USAGE}`);
  const report = await collectBenchReport({ addon: args.includes('--source') ? 'source' : 'bundle' });
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatTable(report));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
