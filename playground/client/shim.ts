import { BRIDGE_CONFIG_GLOBAL, CALL_FINISHED_MESSAGE, CLOSE_SIDEBAR_MESSAGE, type BridgeConfig } from './protocol';
import { createScriptRun, type RunOutcome } from './scriptRun';

// Injected into the sidebar page before its own script: gives it the `google.script` object Apps
// Script provides, wired to the playground server. Never part of dist/.

function install(config: BridgeConfig): void {
  const transport = async (call: { fn: string; args: unknown[] }): Promise<RunOutcome> => {
    const response = await fetch(config.runUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...call, user: config.user }),
    });
    const body = (await response.json()) as RunOutcome;
    if (typeof body !== 'object' || body === null || typeof body.ok !== 'boolean')
      throw new Error(`unexpected answer (HTTP ${response.status})`);
    // The host page refreshes its views of the workbook; in Sheets the grid updates by itself.
    window.parent.postMessage({ type: CALL_FINISHED_MESSAGE, fn: call.fn }, '*');
    return body;
  };
  const run = createScriptRun(config.functions, transport, (message) => console.error(message));
  const noop = (): void => undefined;
  (window as unknown as { google: unknown }).google = {
    script: {
      run,
      host: {
        close: () => window.parent.postMessage({ type: CLOSE_SIDEBAR_MESSAGE }, '*'),
        setHeight: noop,
        setWidth: noop,
        editor: { focus: noop },
        origin: window.location.origin,
      },
    },
  };
}

const config = (window as unknown as Record<string, BridgeConfig | undefined>)[BRIDGE_CONFIG_GLOBAL];
if (!config) throw new Error('The playground bridge was loaded without its configuration.');
install(config);
