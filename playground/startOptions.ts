// What `npm start -- ...` accepts. PORT in the environment sets the port too; --port wins.

export const DEFAULT_PORT = 8790;

export interface StartOptions {
  port: number;
  reset: boolean;
  demo: boolean;
  latencyMs: number;
}

export const USAGE = 'usage: npm start -- [--port N] [--reset] [--demo] [--latency MS]   (PORT=N also sets the port)';

function whole(text: string | undefined, what: string, max: number): number {
  const n = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isInteger(n) || n < 0 || n > max) {
    throw new Error(`${what} must be a whole number from 0 to ${max}, got ${text === undefined ? 'nothing' : `"${text}"`}.\n${USAGE}`);
  }
  return n;
}

export function parseStartOptions(argv: readonly string[], env: Record<string, string | undefined>): StartOptions {
  const options: StartOptions = {
    port: env.PORT === undefined ? DEFAULT_PORT : whole(env.PORT, 'PORT', 65535),
    reset: false,
    demo: false,
    latencyMs: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--port') options.port = whole(value(), '--port', 65535);
    else if (flag === '--latency') options.latencyMs = whole(value(), '--latency', 60000);
    else if (flag === '--reset') options.reset = true;
    else if (flag === '--demo') options.demo = true;
    else throw new Error(`Unknown option "${arg}".\n${USAGE}`);
  }
  return options;
}
