import { CALL_FINISHED_MESSAGE, CLOSE_SIDEBAR_MESSAGE, type HostState, type PlaygroundUser } from './protocol';

// The page around the sidebar: who is at the keyboard, the add-on menu, the workbook and the report
// as that user would see them, and what the add-on showed them. All data comes from the playground
// server; this script only renders and forwards clicks.

const USER_STORAGE_KEY = 'playground.user';
const SHEET_STORAGE_KEY = 'playground.sheet';
/** Shown first when nobody has picked a tab yet: the sheet a newcomer wants to see after the demo. */
const FIRST_SHEET = 'Summary';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found as T;
}

const userSelect = element<HTMLSelectElement>('user-select');
const userNote = element('user-note');
const menuButton = element<HTMLButtonElement>('addon-menu-button');
const menuList = element<HTMLUListElement>('addon-menu');
const statusLine = element('status');
const workbook = element('workbook');
const workbookName = element('workbook-name');
const report = element('report');
const activity = element<HTMLOListElement>('activity');
const sidebarPanel = element('sidebar-panel');
const sidebarTitle = element('sidebar-title');
const sidebarFrame = element<HTMLIFrameElement>('sidebar-frame');
const dialogNotice = element('dialog-notice');
const dialogNoticeText = element('dialog-notice-text');

let currentUser = '';
/** Activity entries already on screen; null until the first load, so old alerts are not shown again. */
let seenActivity: number | null = null;

function say(message: string, isError = false): void {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', isError);
}

async function request<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const response = await fetch(path, {
    ...init,
    ...(init?.json !== undefined
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.json) }
      : {}),
  });
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'error' in body ? String((body as { error: unknown }).error) : String(body);
    throw new Error(message);
  }
  return body as T;
}

function userLabel(user: PlaygroundUser): string {
  return user.email ? `${user.label} <${user.email}>` : `${user.label} (address withheld)`;
}

function renderUsers(users: PlaygroundUser[]): void {
  if (!users.some((u) => u.key === currentUser)) currentUser = users[0]?.key ?? '';
  userSelect.replaceChildren(
    ...users.map((user) => {
      const option = document.createElement('option');
      option.value = user.key;
      option.textContent = userLabel(user);
      option.dataset.role = user.role;
      option.selected = user.key === currentUser;
      return option;
    }),
  );
  const me = users.find((u) => u.key === currentUser);
  userNote.textContent = me ? `role: ${me.role}` : '';
}

function renderMenu(current: HostState): void {
  menuList.replaceChildren(
    ...current.menu.map((item) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'menuitem');
      button.id = `menu-item-${item.functionName}`;
      button.dataset.function = item.functionName;
      button.textContent = item.caption;
      button.addEventListener('click', () => void runMenuItem(item.functionName, item.caption));
      li.append(button);
      return li;
    }),
  );
  menuButton.textContent = current.menu.length ? 'Extensions › Call Calibration' : 'Extensions (no add-on menu yet)';
}

function renderActivity(current: HostState): void {
  activity.replaceChildren(
    ...current.activity
      .slice()
      .reverse()
      .map((entry) => {
        const li = document.createElement('li');
        li.dataset.kind = entry.kind;
        const who = document.createElement('span');
        who.className = 'activity-who';
        who.textContent = `${entry.kind} · ${entry.user}`;
        const text = document.createElement('span');
        text.className = 'activity-text';
        text.textContent = entry.text;
        li.append(who, text);
        return li;
      }),
  );
}

async function refresh(): Promise<void> {
  const [next, workbookHtml, reportHtml] = await Promise.all([
    request<HostState>('/api/state'),
    request<string>('/view/workbook'),
    request<string>('/view/report'),
  ]);
  showNewDialogs(next);
  renderUsers(next.users);
  renderMenu(next);
  renderActivity(next);
  workbookName.textContent = next.workbookName;
  const shownSheet = workbook.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.dataset.sheetName;
  workbook.innerHTML = workbookHtml;
  showSheet(shownSheet ?? localStorage.getItem(SHEET_STORAGE_KEY) ?? FIRST_SHEET);
  report.innerHTML = reportHtml;
  sidebarTitle.textContent = next.sidebarTitles[currentUser] ?? 'Call Calibration';
}

/** An alert the add-on raised was answered by the playground (OK/Yes); show it as Sheets would have. */
function showNewDialogs(next: HostState): void {
  const newCount = seenActivity === null ? 0 : Math.max(0, next.activityTotal - seenActivity);
  const fresh = newCount === 0 ? [] : next.activity.slice(-newCount);
  seenActivity = next.activityTotal;
  const dialog = fresh.filter((entry) => entry.kind === 'alert' || entry.kind === 'prompt').pop();
  if (!dialog) return;
  dialogNoticeText.textContent = `Dialog shown to ${dialog.user}: ${dialog.text}`;
  dialogNotice.hidden = false;
}

function showSheet(name: string): void {
  const tabs = workbook.querySelectorAll<HTMLElement>('[role="tab"]');
  if (![...tabs].some((tab) => tab.dataset.sheetName === name)) return;
  for (const tab of tabs) {
    const selected = tab.dataset.sheetName === name;
    tab.setAttribute('aria-selected', String(selected));
    const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !selected;
  }
}

function openSidebar(): void {
  sidebarPanel.hidden = false;
  sidebarFrame.src = `/sidebar?user=${encodeURIComponent(currentUser)}`;
}

async function act(label: string, work: () => Promise<void>): Promise<void> {
  say(`${label}…`);
  try {
    await work();
    await refresh();
    say(`${label}: done.`);
  } catch (error) {
    say(`${label} failed: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

async function runMenuItem(functionName: string, caption: string): Promise<void> {
  menuList.hidden = true;
  menuButton.setAttribute('aria-expanded', 'false');
  await act(caption, async () => {
    const outcome = await request<{ ok: boolean; error?: { message: string }; openedSidebar: boolean }>('/api/menu', {
      json: { fn: functionName, user: currentUser },
    });
    if (!outcome.ok) throw new Error(outcome.error?.message ?? 'the menu item failed');
    if (outcome.openedSidebar) openSidebar();
  });
}

async function switchUser(key: string): Promise<void> {
  currentUser = key;
  localStorage.setItem(USER_STORAGE_KEY, key);
  // Each user who opens the spreadsheet runs onOpen as themselves, which builds their menu.
  await act('Opening the spreadsheet', async () => {
    await request('/api/open', { json: { user: key } });
  });
  openSidebar();
}

userSelect.addEventListener('change', () => void switchUser(userSelect.value));
menuButton.addEventListener('click', () => {
  const open = menuList.hidden;
  menuList.hidden = !open;
  menuButton.setAttribute('aria-expanded', String(open));
  if (open) menuList.querySelector<HTMLButtonElement>('button')?.focus();
});
menuList.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  menuList.hidden = true;
  menuButton.setAttribute('aria-expanded', 'false');
  menuButton.focus();
});
workbook.addEventListener('click', (event) => {
  const tab = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
  if (!tab?.dataset.sheetName) return;
  localStorage.setItem(SHEET_STORAGE_KEY, tab.dataset.sheetName);
  showSheet(tab.dataset.sheetName);
});
element('dialog-notice-dismiss').addEventListener('click', () => (dialogNotice.hidden = true));
element('sidebar-close').addEventListener('click', () => (sidebarPanel.hidden = true));
element('load-demo').addEventListener(
  'click',
  () =>
    void act('Loading the demo session', async () => {
      await request('/api/demo', { json: {} });
      openSidebar();
    }),
);
element('reset-state').addEventListener('click', () => {
  if (!confirm('Start again with an empty spreadsheet? The saved playground state is cleared.')) return;
  void act('Resetting', async () => {
    await request('/api/reset', { json: {} });
    openSidebar();
  });
});
window.addEventListener('message', (event) => {
  if (event.source !== sidebarFrame.contentWindow) return;
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === CLOSE_SIDEBAR_MESSAGE) sidebarPanel.hidden = true;
  if (type === CALL_FINISHED_MESSAGE) void refresh().catch((error: unknown) => say(`Refresh failed: ${String(error)}`, true));
});

async function start(): Promise<void> {
  const initial = await request<HostState>('/api/state');
  const remembered = localStorage.getItem(USER_STORAGE_KEY) ?? '';
  const preferred = new URLSearchParams(location.search).get('user') ?? remembered;
  currentUser = initial.users.some((u) => u.key === preferred) ? preferred : (initial.users[0]?.key ?? '');
  await switchUser(currentUser);
}

void start().catch((error: unknown) =>
  say(`The playground could not start: ${error instanceof Error ? error.message : String(error)}`, true),
);
