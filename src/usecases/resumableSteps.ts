// The steps of an operation that may stop part-way (the reveal, the close). Each step runs unless the
// stored progress says it is done, and is then recorded as done, so running the operation again
// completes it with every step exactly once.
import type { CloseProgress, RevealProgress, SessionState } from '../state/sessionState';
import { saveState } from '../state/stateStore';
import type { PropertyStore } from './ports/propertyStore';

interface Progress {
  reveal: RevealProgress;
  close: CloseProgress;
}

type StepOf<K extends keyof Progress> = { [S in keyof Progress[K]]: Progress[K][S] extends boolean ? S : never }[keyof Progress[K]];

/** A runner for the steps of `operation`; `read` and `write` are the caller's current session state. */
export function resumableSteps<K extends keyof Progress>(
  store: PropertyStore,
  operation: K,
  read: () => SessionState,
  write: (state: SessionState) => void,
): (step: StepOf<K>, work: () => void) => void {
  return (step, work) => {
    const progress = read()[operation] as Progress[K] | null;
    if (progress === null) throw new Error(`The ${operation} has not begun.`);
    if (progress[step]) return;
    work();
    const current = read();
    write(saveState(store, { ...current, [operation]: { ...(current[operation] as Progress[K]), [step]: true } }));
  };
}
