import { keyForEmail, type AppsScriptEnvironment } from 'apps-script-emulator';
import type { CreateSessionPayload, ScoresPayload } from '../src/api/payloads';
import type { CreateSessionResult, FacilitatorView, PresetSummary, SidebarState } from '../src/api/views';
import type { AnswerValue, Criterion, EvaluatorRole, Scorecard } from '../src/domain/schemas';
import { runServerFunction, type LoadedAddon } from './bridge';

// A realistic calibration session, played through the add-on's own entry points exactly as the
// sidebar calls them: the facilitator sets it up from a preset scorecard, eight evaluators of
// different roles and seniority score three calls (one lenient, one harsh, one N/A, a critical fail
// some miss, and a criterion the room genuinely splits on), one evaluator whose address is withheld
// picks their own name, and the facilitator reveals the scores and starts the discussion.

/** Runs one execution as the user with this key; the playground wraps it to log and save. */
export type ExecuteAs = <T>(key: string, work: () => T) => T;

interface DemoEvaluator {
  id: string;
  name: string;
  email: string;
  role: EvaluatorRole;
  seniority: number;
  /** How this evaluator tends to score against the reference answer. */
  bias: 'accurate' | 'lenient' | 'harsh';
}

export const DEMO_EVALUATORS: readonly DemoEvaluator[] = [
  { id: 'ana', name: 'Ana Ruiz', email: 'ana.ruiz@example.com', role: 'qa-analyst', seniority: 2, bias: 'accurate' },
  { id: 'ben', name: 'Ben Okafor', email: 'ben.okafor@example.com', role: 'team-lead', seniority: 5, bias: 'lenient' },
  { id: 'chloe', name: 'Chloé Martin', email: 'chloe.martin@example.com', role: 'supervisor', seniority: 7, bias: 'harsh' },
  { id: 'dev', name: 'Dev Patel', email: 'dev.patel@example.com', role: 'trainer', seniority: 6, bias: 'accurate' },
  { id: 'emma', name: 'Emma Schulz', email: '', role: 'bpo-partner', seniority: 3, bias: 'accurate' },
  { id: 'farid', name: 'Farid Haddad', email: 'farid.haddad@example.com', role: 'client', seniority: 4, bias: 'lenient' },
  { id: 'grace', name: 'Grace Lee', email: 'grace.lee@example.com', role: 'manager', seniority: 8, bias: 'accurate' },
  { id: 'hiro', name: 'Hiro Tanaka', email: 'hiro.tanaka@example.com', role: 'qa-analyst', seniority: 1, bias: 'accurate' },
];

export const DEMO_CALLS = [
  { id: 'call-1', label: 'Billing dispute', agent: 'Sam Rivera', channel: 'voice', notes: 'Customer disputes a late fee.' },
  { id: 'call-2', label: 'Card replacement', agent: 'Jordan Blake', channel: 'voice', notes: 'Lost card; address change requested.' },
  { id: 'call-3', label: 'Cancellation request', agent: 'Alex Kim', channel: 'chat', notes: 'Retention offer made.' },
] as const;

export const DEMO_TITLE = 'Monthly calibration – demo';
const PREFERRED_PRESET = 'general';
const REPORT_FUNCTION = 'buildSessionReport';
const MINUTE = 60_000;

/** The key a demo evaluator acts under: their address, or a withheld account of their own. */
export function demoUserKey(evaluator: Pick<DemoEvaluator, 'id' | 'email'>): string {
  return evaluator.email ? keyForEmail(evaluator.email) : `withheld-${evaluator.id}`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function criteriaOf(scorecard: Scorecard): Criterion[] {
  return scorecard.sections.flatMap((section) => section.criteria);
}

/** The answer a careful evaluator gives: the call's reference, with the agent's real slips built in. */
function referenceAnswer(criterion: Criterion, index: number, callIndex: number, firstCritical: string | undefined): number {
  if (criterion.type === 'yes-no') {
    // Call 2 fails a critical criterion (identity not verified); the others slip on a few criteria.
    if (callIndex === 1 && criterion.id === firstCritical) return 0;
    return (index + callIndex) % 4 === 3 && !criterion.critical ? 0 : 1;
  }
  if (criterion.type === 'scale') return Math.max(criterion.min, criterion.max - ((index + callIndex) % 3));
  return Math.max(0, criterion.maxPoints - ((index + callIndex) % 3));
}

function biased(criterion: Criterion, reference: number, evaluator: DemoEvaluator, index: number): number {
  const top = criterion.type === 'yes-no' ? 1 : criterion.type === 'scale' ? criterion.max : criterion.maxPoints;
  const bottom = criterion.type === 'scale' ? criterion.min : 0;
  if (evaluator.bias === 'lenient') return top;
  if (evaluator.bias === 'harsh') {
    // Harsh on judgement calls; a critical failure is a fact, not a matter of strictness.
    if (criterion.type === 'yes-no') return index % 2 === 0 && !criterion.critical ? 0 : reference;
    return Math.max(bottom, reference - 1 - (index % 2));
  }
  return reference;
}

function answersFor(evaluator: DemoEvaluator, scorecard: Scorecard, callIndex: number): ScoresPayload['answers'] {
  const criteria = criteriaOf(scorecard);
  const firstCritical = criteria.find((c) => c.critical && c.type === 'yes-no')?.id;
  const firstScale = criteria.find((c) => c.type === 'scale');
  const firstOptional = criteria.find((c) => c.allowNA);
  return criteria.map((criterion, index) => {
    let value: AnswerValue = biased(criterion, referenceAnswer(criterion, index, callIndex, firstCritical), evaluator, index);
    let comment = '';
    // Call 3's first scale criterion genuinely splits the room: half read the definition one way.
    if (callIndex === 2 && criterion === firstScale && criterion.type === 'scale' && evaluator.bias === 'accurate') {
      value = DEMO_EVALUATORS.indexOf(evaluator) % 2 === 0 ? criterion.max : criterion.min + 1;
      comment = value === criterion.max ? 'Empathy was genuine, if brief.' : 'Scripted apology, no real acknowledgement.';
    }
    if (callIndex === 1 && criterion.id === firstCritical) {
      comment =
        value === 0 ? 'Only one identifier checked before discussing the account.' : 'Caller knew the account details; seemed fine.';
    }
    // One evaluator finds a criterion not applicable to the first call.
    if (callIndex === 0 && evaluator.id === 'dev' && criterion === firstOptional) {
      value = 'NA';
      comment = 'Not applicable: no hold or transfer on this call.';
    }
    return { criterionId: criterion.id, value, comment };
  });
}

/**
 * Plays the demo session in `env` with the add-on `addon` and returns the facilitator's view at the
 * end (revealed, one final and one discussion recorded). The spreadsheet should be fresh.
 */
export function loadDemo(env: AppsScriptEnvironment, addon: LoadedAddon, execute?: ExecuteAs): FacilitatorView {
  const runAs: ExecuteAs = execute ?? ((key, work) => env.run(keyToSpec(key), work));
  const keyToSpec = (key: string) => {
    if (key === env.owner.key) return { email: env.owner.email, key };
    const evaluator = DEMO_EVALUATORS.find((e) => demoUserKey(e) === key);
    if (!evaluator) throw new Error(`The demo has no user with key ${key}`);
    return { email: evaluator.email, key };
  };
  const call = <T>(key: string, fn: string, payload?: unknown): T => {
    const outcome = runServerFunction(addon, fn, payload === undefined ? [] : [payload], (work) => runAs(key, work));
    if (!outcome.ok) throw new Error(`Loading the demo stopped at ${fn}: ${outcome.error.message}`);
    return outcome.result as T;
  };
  const facilitator = env.owner.key;

  const presets = call<PresetSummary[]>(facilitator, 'getPresets');
  const preset = presets.find((p) => p.id === PREFERRED_PRESET) ?? presets[0];
  if (!preset) throw new Error('Loading the demo stopped: the add-on offers no preset scorecard.');
  const today = env.now();
  const payload: CreateSessionPayload = {
    title: DEMO_TITLE,
    sessionDate: isoDate(today),
    scoringDeadline: new Date(today + 2 * 24 * 60 * MINUTE).toISOString(),
    facilitatorName: 'Morgan Avery',
    scorecard: { source: 'preset', presetId: preset.id },
    calls: DEMO_CALLS.map((c) => ({ ...c, callDate: isoDate(today - 3 * 24 * 60 * MINUTE) })),
    evaluators: DEMO_EVALUATORS.map(({ id, name, email, role, seniority }) => ({ id, name, email, role, seniority })),
    options: { anonymousReveal: false, juniorsFirst: true, varianceTarget: 5, consensusRule: 'majority-median' },
  };
  const created = call<CreateSessionResult>(facilitator, 'startSession', payload);
  const setup = created.state as FacilitatorView;
  if (setup.role !== 'facilitator')
    throw new Error(`Loading the demo stopped: startSession answered as a ${setup.role}, not the facilitator.`);
  const scorecard = setup.scorecard;

  for (const evaluator of DEMO_EVALUATORS) {
    env.advanceClock(7 * MINUTE);
    const key = demoUserKey(evaluator);
    if (!evaluator.email) call<SidebarState>(key, 'claimEvaluatorName', { evaluatorId: evaluator.id });
    DEMO_CALLS.forEach((demoCall, callIndex) => {
      const answers = answersFor(evaluator, scorecard, callIndex);
      // The harsh evaluator saves a draft first and submits later, as people do.
      if (evaluator.bias === 'harsh' && callIndex === 0) call(key, 'saveScoresDraft', { callId: demoCall.id, answers });
      call(key, 'submitCallScores', { callId: demoCall.id, answers });
    });
  }

  env.advanceClock(30 * MINUTE);
  let view = call<FacilitatorView>(facilitator, 'revealSessionScores', { confirm: true });
  const top = view.agenda[0];
  if (top) {
    const disputed = top.calls[0];
    if (disputed && disputed.consensus !== null) {
      view = call<FacilitatorView>(facilitator, 'recordFinalValue', {
        callId: disputed.callId,
        criterionId: top.criterionId,
        value: disputed.consensus,
      });
    }
    view = call<FacilitatorView>(facilitator, 'recordDiscussionNotes', {
      criterionId: top.criterionId,
      callId: disputed?.callId ?? '',
      notes: 'Leads scored what the customer felt; analysts scored what the definition requires.',
      resolution: 'Score against the definition; coach on the behaviour separately.',
    });
  }
  // The report entry point joins the add-on with the report feature; build it when it is there.
  if (addon.functions.includes(REPORT_FUNCTION)) call(facilitator, REPORT_FUNCTION, { newDocument: false });
  return view;
}
