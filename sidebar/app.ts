// The sidebar's state: what the server last said (SidebarState) and what only this page knows (which
// tab is open, the wizard's draft, a pending confirmation). Every change redraws the view from both.
import type * as Server from '../src/main';
import type { PresetSummary, SidebarState } from '../src/api/views';
import { byId, clear } from './dom';
import type { ActionItemDraft } from './model/followUp';
import { blankActionItem } from './model/followUp';
import type { Problem } from './model/scoring';
import type { FieldError, SetupDraft, SetupStep } from './model/setup';
import { shellIds } from './shell';

export type FacilitatorTab = 'status' | 'agenda' | 'actions' | 'report' | 'mine';

export type ShareOutcome = ReturnType<typeof Server.shareSessionReport>;

export interface Ui {
  facilitatorTab: FacilitatorTab | null;
  /** The call the scoring form shows. */
  selectedCall: string;
  /** Problems found in a call's answers before sending, by call id. */
  problems: Record<string, Problem[]>;
  /** Ids of <details> sections the user opened. */
  open: Set<string>;
  setup: SetupDraft | null;
  setupStep: SetupStep;
  setupErrors: FieldError[];
  presets: PresetSummary[];
  confirming: 'reveal' | 'close' | null;
  claimId: string;
  actionDraft: ActionItemDraft;
  managers: string;
  includeParticipants: boolean;
  /** Build a fresh Doc rather than update the session's report. */
  newDocument: boolean;
  share: ShareOutcome | null;
  /** Advice the server gave when the session started. */
  startWarnings: string[];
}

export const ui: Ui = {
  facilitatorTab: null,
  selectedCall: '',
  problems: {},
  open: new Set(),
  setup: null,
  setupStep: 'scorecard',
  setupErrors: [],
  presets: [],
  confirming: null,
  claimId: '',
  actionDraft: blankActionItem(),
  managers: '',
  includeParticipants: true,
  newDocument: false,
  share: null,
  startWarnings: [],
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
  current = state;
  rerender();
}
