// The sidebar's client: one method per row of the server's action table, its payload and result typed
// from that row, so a payload the server would refuse for its shape fails to compile.
import type { ActionName, ActionResult } from '../src/api/actions';
import { type PayloadArgs, callServer } from './rpc';

type SidebarClient = { [N in ActionName]: (...args: PayloadArgs<N>) => Promise<ActionResult<N>> };

export const api = new Proxy({} as SidebarClient, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      (callServer as (name: string, ...rest: unknown[]) => Promise<unknown>)(String(name), ...args),
});
