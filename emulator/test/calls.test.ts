import { createAppsScriptEnvironment } from '../environment';

describe('call counting, failure injection and unsupported methods', () => {
  it('counts each service call by service and method, and measures a window', () => {
    const env = createAppsScriptEnvironment();
    const { PropertiesService, Utilities } = env.globals;
    const props = PropertiesService.getDocumentProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    props.getProperty('b');
    expect(env.calls.byMethod()).toEqual({
      'PropertiesService.getDocumentProperties': 1,
      'PropertiesService.Properties.setProperty': 1,
      'PropertiesService.Properties.getProperty': 2,
    });
    const mark = env.calls.mark();
    Utilities.getUuid();
    expect(env.calls.since(mark)).toEqual({ 'Utilities.getUuid': 1 });
    expect(env.calls.total()).toBe(5);
    expect(env.calls.list(mark)).toEqual([{ service: 'Utilities', method: 'getUuid', user: env.owner.key }]);
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
  });

  it('does not count reading enums or inspecting the environment', () => {
    const env = createAppsScriptEnvironment();
    expect(env.globals.ScriptApp.AuthMode.NONE).toBe('NONE');
    expect(env.globals.Charts.ChartType.COLUMN).toBe('COLUMN');
    env.documents();
    void env.properties;
    void env.ui.menus;
    expect(env.calls.total()).toBe(0);
  });

  it('makes the (n+1)-th matching call throw once, without effect', () => {
    const env = createAppsScriptEnvironment();
    const props = env.globals.PropertiesService.getScriptProperties();
    env.failAfterCalls(2, 'PropertiesService.Properties.setProperty');
    props.setProperty('step', '1');
    props.getProperty('step');
    props.setProperty('step', '2');
    expect(() => props.setProperty('step', '3')).toThrow('Injected failure in PropertiesService.Properties.setProperty');
    expect(props.getProperty('step')).toBe('2');
    props.setProperty('step', '3');
    expect(props.getProperty('step')).toBe('3');
  });

  it('matches injected failures by prefix, pattern or predicate, with a custom message', () => {
    const env = createAppsScriptEnvironment();
    const { Utilities, PropertiesService } = env.globals;
    env.failAfterCalls(0, 'Utilities', 'Service unavailable');
    expect(() => Utilities.getUuid()).toThrow('Service unavailable');
    env.failAfterCalls(1, /getKeys$/);
    const props = PropertiesService.getScriptProperties();
    props.getKeys();
    expect(() => props.getKeys()).toThrow('Injected failure');
    env.failAfterCalls(0, (call) => call.user === 'nobody');
    props.getKeys();
    env.clearInjectedFailures();
  });

  it('reruns a multi-step operation interrupted at each step until it completes', () => {
    const steps = ['a', 'b', 'c'];
    const operation = (env: ReturnType<typeof createAppsScriptEnvironment>) => {
      const props = env.globals.PropertiesService.getDocumentProperties();
      for (const step of steps) if (props.getProperty(step) === null) props.setProperty(step, 'done');
    };
    for (let n = 0; n < 7; n++) {
      const env = createAppsScriptEnvironment();
      env.failAfterCalls(n);
      try {
        operation(env);
      } catch {
        // interrupted; the next run finishes the job
      }
      operation(env);
      expect(env.properties.document).toEqual({ a: 'done', b: 'done', c: 'done' });
    }
  });

  it('notifies listeners after each call and stops after unsubscribe', () => {
    const env = createAppsScriptEnvironment();
    const names: string[] = [];
    const stop = env.onServiceCall((call) => names.push(`${call.service}.${call.method}`));
    env.globals.Utilities.getUuid();
    stop();
    env.globals.Utilities.getUuid();
    expect(names).toEqual(['Utilities.getUuid']);
  });

  it('throws a clear error for methods the environment does not have', () => {
    const { globals } = createAppsScriptEnvironment();
    const utilities = globals.Utilities as unknown as { parseCsv(text: string): unknown };
    expect(() => utilities.parseCsv('a,b')).toThrow('Utilities.parseCsv is not supported by the in-memory Apps Script environment');
    const output = globals.HtmlService.createHtmlOutput('x');
    expect(() => output.getFaviconUrl()).toThrow(
      'HtmlService.HtmlOutput.getFaviconUrl is not supported by the in-memory Apps Script environment',
    );
  });
});
