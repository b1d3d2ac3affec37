// The sidebar's state: what the server last said (SidebarState) and what only this page knows (which
// tab is open, the wizard's draft, a pending confirmation). Every change redraws the view from both.
import type { ActionResult } from '../src/api/actions';
import type { MailResult, PresetSummary, SidebarState, SpreadsheetCheckView } from '../src/api/views';
import { byId, clear } from './dom';
import { damageAfter, noDamage, type KnownDamage } from './model/damage';
import type { ActionItemDraft } from './model/followUp';
import { blankActionItem } from './model/followUp';
import type { Problem } from './model/scoring';
import type { FieldError, SetupDraft, SetupStep } from './model/setup';
import { shellIds } from './shell';

export type FacilitatorTab = 'status' | 'agenda' | 'register' | 'actions' | 'report' | 'mine';

type ShareOutcome = ActionResult<'shareSessionReport'>;

export interface Ui {
  facilitatorTab: FacilitatorTab | null;
  /** The call the scoring form shows. */
  selectedCall: string;
  /** Problems found in a call's answers before sending, by call id. */
  problems: Record<string, Problem[]>;
  /** Ids of <details> sections the user opened. */
  open: Set<string>;
  /** Agenda items drawn (at least the first page). */
  agendaShown: number;
  setup: SetupDraft | null;
  setupStep: SetupStep;
  setupErrors: FieldError[];
  presets: PresetSummary[];
  confirming: 'reveal' | 'close' | MailResult['kind'] | null;
  claimId: string;
  /** The preset (or 'blank') "Create scorecard template" writes. */
  templateId: string;
  actionDraft: ActionItemDraft;
  managers: string;
  includeParticipants: boolean;
  /** Build a fresh Doc rather than update the session's report. */
  newDocument: boolean;
  /** Rebuild the report as part of closing, so it says the session is closed. */
  rebuildOnClose: boolean;
  share: ShareOutcome | null;
  /** Advice the server gave when the session started. */
  startWarnings: string[];
  /** What the last "Email invitations" or "Email reminders" did. */
  mail: MailResult | null;
  damage: KnownDamage;
  /** The last "Check this spreadsheet" result while its view is open. */
  check: SpreadsheetCheckView | null;
}

export const ui: Ui = {
  facilitatorTab: null,
  selectedCall: '',
  problems: {},
  open: new Set(),
  agendaShown: 0,
  setup: null,
  setupStep: 'scorecard',
  setupErrors: [],
  presets: [],
  confirming: null,
  claimId: '',
  templateId: 'blank',
  actionDraft: blankActionItem(),
  managers: '',
  includeParticipants: true,
  newDocument: false,
  rebuildOnClose: true,
  share: null,
  startWarnings: [],
  mail: null,
  damage: noDamage,
  check: null,
};

let current: SidebarState | null = null;
let draw: (state: SidebarState) => Node = () => document.createTextNode('');

export function setRenderer(renderer: (state: SidebarState) => Node): void {
  draw = renderer;
}

/** Redraws the view, keeping focus on the same control when it still exists. */
export function rerender(): void {
  const view = byId(shellIds.view);
  if (!view || !current) return;
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  const scroll = window.scrollY;
  clear(view);
  view.append(draw(current));
  window.scrollTo(0, scroll);
  if (focusedId) byId(focusedId)?.focus({ preventScroll: true });
}

export function show(state: SidebarState): void {
  // A different session (the next one started) leaves nothing of the last one's page state behind.
  if (current && current.session?.id !== state.session?.id) {
    Object.assign(ui, { facilitatorTab: null, agendaShown: 0, confirming: null, share: null, mail: null, actionDraft: blankActionItem() });
  }
  if (state.role === 'facilitator') ui.damage = damageAfter(ui.damage, state);
  current = state;
  rerender();
}
