import { buildClientAssets } from './assets';
import { defaultPaths } from './paths';
import { Playground } from './playground';
import { startServer } from './server';
import { parseStartOptions, USAGE } from './startOptions';

// `npm start [-- --port N] [--reset] [--demo] [--latency MS]`: serves the real add-on on 127.0.0.1.

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const options = parseStartOptions(args, process.env);
  const paths = defaultPaths();
  const playground = new Playground({ distDir: paths.distDir, statePath: paths.statePath, reset: options.reset });
  if (options.demo) playground.loadDemo();
  else playground.openSpreadsheet(playground.users()[0]!.key);
  const server = await startServer({
    playground,
    assets: await buildClientAssets(paths.clientDir),
    port: options.port,
    latencyMs: options.latencyMs,
  });
  console.log(`Call Calibration playground: ${server.url}  (state in .playground/state.json; Ctrl+C stops)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
