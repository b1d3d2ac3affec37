// The functions the sidebar calls through google.script.run, one per row of the action table. Each
// parses its payload with the row's schema before anything else runs, and the use case works out who
// is calling on the server: no payload names the caller. Errors reach the sidebar as clear messages.
import { type ActionName, type ActionResult, actionNames, actions } from '../api/actions';
import { appsScriptServices } from '../adapters/appsScriptServices';
import { parseWith } from '../domain/errors';
import { respond } from './respond';

function runAction<N extends ActionName>(name: N, payload: unknown): ActionResult<N> {
  const { doing, subject, payload: schema, run } = actions[name];
  return respond(doing, () =>
    (run as (services: unknown, input: unknown) => ActionResult<N>)(appsScriptServices(), parseWith(schema, payload, subject)),
  );
}

type SidebarActions = { [N in ActionName]: (payload?: unknown) => ActionResult<N> };

/** One entry function per action; the build declares each as a top-level function of dist/Code.js. */
export const sidebarActions = Object.fromEntries(
  actionNames.map((name) => [name, (payload?: unknown) => runAction(name, payload)]),
) as SidebarActions;
