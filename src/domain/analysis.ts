import { alignmentTotalsByCall, analyzeSessionParts } from './analysis/session';
import type { Final, Session, Submission } from './schemas';
import type { SessionAnalysis } from './analysis/types';

export type * from './analysis/types';
export { disagreementKinds } from './analysis/types';
export { revealOrder, revealLabel } from './analysis/revealOrder';
export { directionOf } from './analysis/evaluatorResult';
export { criterionAlignment } from './analysis/callResult';
export { ALPHA_LEVEL, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED } from './analysis/reliability';
