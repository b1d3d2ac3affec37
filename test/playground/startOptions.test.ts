import { DEFAULT_PORT, parseStartOptions } from '../../playground/startOptions';

describe('npm start options', () => {
  it('defaults to port 8790, keeping state and without the demo', () => {
    expect(parseStartOptions([], {})).toEqual({ port: DEFAULT_PORT, reset: false, demo: false, latencyMs: 0 });
    expect(DEFAULT_PORT).toBe(8790);
  });

  it('takes the port from PORT, and --port over it', () => {
    expect(parseStartOptions([], { PORT: '9000' }).port).toBe(9000);
    expect(parseStartOptions(['--port', '9100'], { PORT: '9000' }).port).toBe(9100);
    expect(parseStartOptions(['--port=0'], {}).port).toBe(0);
  });

  it('reads --reset, --demo and --latency', () => {
    expect(parseStartOptions(['--reset', '--demo', '--latency', '400'], {})).toEqual({
      port: DEFAULT_PORT,
      reset: true,
      demo: true,
      latencyMs: 400,
    });
  });

  it('explains a bad port or an unknown option', () => {
    expect(() => parseStartOptions(['--port', 'abc'], {})).toThrow('--port must be a whole number from 0 to 65535, got "abc"');
    expect(() => parseStartOptions(['--port'], {})).toThrow('got nothing');
    expect(() => parseStartOptions([], { PORT: '70000' })).toThrow('PORT must be a whole number');
    expect(() => parseStartOptions(['--verbose'], {})).toThrow('Unknown option "--verbose"');
  });
});
