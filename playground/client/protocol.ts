// Names the playground server, the host page and the sidebar shim agree on.

export interface BridgeConfig {
  /** Public top-level functions of dist/Code.js. */
  functions: string[];
  /** Key of the user the sidebar was opened as; every call runs as them. */
  user: string;
  runUrl: string;
}

/** The global the server defines in the sidebar page, just before the shim runs. */
export const BRIDGE_CONFIG_GLOBAL = '__playgroundBridge';

/** Message the sidebar frame posts to the host page when the add-on closes it. */
export const CLOSE_SIDEBAR_MESSAGE = 'playground:close-sidebar';

/** Message the sidebar frame posts to the host page after each server call, so the views refresh. */
export const CALL_FINISHED_MESSAGE = 'playground:call-finished';

export type PlaygroundRole = 'facilitator' | 'evaluator' | 'someone-else' | 'withheld';

/** Someone the playground can act as. `key` names them in every request. */
export interface PlaygroundUser {
  key: string;
  /** '' for a user whose address Apps Script withholds. */
  email: string;
  label: string;
  role: PlaygroundRole;
}

export interface MenuItemView {
  caption: string;
  functionName: string;
}

/** Something the add-on showed or sent, newest last: alerts (with the answer given), toasts, dialogs, email. */
export interface ActivityEntry {
  kind: 'alert' | 'prompt' | 'toast' | 'sidebar' | 'dialog' | 'mail' | 'notice';
  user: string;
  text: string;
}

/** What the host page needs besides the rendered views. */
export interface HostState {
  users: PlaygroundUser[];
  /** The add-on menu onOpen built; empty until it has run. */
  menu: MenuItemView[];
  /** The latest activity entries (at most 200), and how many there have been in all. */
  activity: ActivityEntry[];
  activityTotal: number;
  workbookName: string;
  /** Title of the sidebar last opened by each user (by key). */
  sidebarTitles: Record<string, string>;
}
