// Every refusal in plain words, and never a write before a refusal. For each entry point, payloads are
// made from its honest payload by breaking one field (a wrong kind of value, a value out of range, a
// field removed, a field added), or by sending details to an action that takes none. Whatever the add-on
// refuses, the message names the field as the form does and uses none of the validator's words, and
// the whole state (every sheet, every property store, every Doc, every email) is byte-identical after.
import * as fc from 'fast-check';
import type * as z from 'zod/mini';
import { actions } from '../../src/api/actions';
import { wordsOfField } from '../../src/domain/schemas';
import { as, type Environment, environmentPerTest } from '../usecases/harness';
import { atStage, buildStages, call, entryCases, type EntryName, type Stages } from './stages';

/** Each action's payload schema, from the action table. */
const schemaOf = (name: EntryName): z.ZodMiniType => actions[name].payload;

/** Words of the validator, of JavaScript or of a stack: none may reach the person at the keyboard. */
const VALIDATOR_WORDS =
  /invalid input|too (small|big)|\bexpected\b|\breceived\b|[<>]=?\s*\d|\b(array|string|object|undefined|null|NaN|Infinity|boolean|union|discriminator|schema|zod|regex|iso|finite|type ?error)\b|\w+\[\d+\]|\bat .*\.[jt]s:\d+/i;

/** Every field name a schema declares, at any depth: a refusal of that schema names one of them. */
function labelsOf(schema: z.core.$ZodType, found = new Set<string>(), seen = new Set<object>()): Set<string> {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const words = wordsOfField(schema);
  if (words?.label) found.add(words.label);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const children = [
    def.innerType,
    def.in,
    def.out,
    def.element,
    ...(Array.isArray(def.options) ? def.options : []),
    ...Object.values((def.shape as Record<string, unknown> | undefined) ?? {}),
  ];
  for (const child of children) if (child && typeof child === 'object' && '_zod' in child) labelsOf(child as z.core.$ZodType, found, seen);
  return found;
}

/**
 * Everything a refusal could have changed, as one string: byte-identical means nothing changed. The
 * same parts as env.snapshot() holds (every sheet, every property store, every Doc, every email),
 * serialised in place rather than cloned first, which keeps a check per generated payload quick.
 */
function wholeState(env: Environment): string {
  return JSON.stringify({ spreadsheet: env.spreadsheet.state, documents: env.documents(), properties: env.properties, mail: env.mail });
}

type Path = Array<string | number>;

/** Every place in `value` a field can be broken: the value itself, each field, each list entry. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...at, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
  }
  return paths;
}

type Breakage = { kind: 'replace' | 'remove' | 'add'; value: unknown; key: string };

/** A copy of `payload` with the field at `path` replaced, removed, or given a sibling it does not take. */
function broken(payload: unknown, path: Path, how: Breakage): unknown {
  if (path.length === 0) {
    if (how.kind === 'add' && payload !== null && typeof payload === 'object') return { ...payload, [how.key]: how.value };
    return how.value;
  }
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(payload) ? [...payload] : { ...(payload as object) };
  const [head, ...rest] = path as [string | number, ...Path];
  const target = copy as Record<string | number, unknown>;
  if (rest.length > 0) target[head] = broken(target[head], rest, how);
  else if (how.kind === 'remove') {
    if (Array.isArray(copy)) copy.splice(Number(head), 1);
    else delete target[head];
  } else if (how.kind === 'add') {
    const inner = target[head];
    target[head] = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? { ...inner, [how.key]: how.value } : how.value;
  } else target[head] = how.value;
  return copy;
}

/** Values people (or a tampered sidebar) send that no field should take as they are. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    0,
    -1,
    2.5,
    11,
    1e308,
    5e-324,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    '   ',
    '0000-01-01',
    '9999-12-31',
    '1899-12-30',
    '2026-02-30',
    '2026-11-28T17:00:00',
    'user@bücher.de',
    'not an address',
    'bad id!',
    'x'.repeat(5000),
    'nul\u0000byte',
    [],
    {},
    [1, 'two'],
    { __proto__: null, evaluatorId: 'ben' },
  ),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue(), { maxKeys: 2 }),
);

const breakage: fc.Arbitrary<Breakage> = fc.record({
  kind: fc.constantFrom<Breakage['kind']>('replace', 'replace', 'replace', 'remove', 'add'),
  value: badValue,
  key: fc.constantFrom('evaluatorId', 'email', 'isFacilitator', 'extra', 'constructor'),
});

let stages: Stages;
const env = environmentPerTest();

beforeAll(() => {
  stages = buildStages();
});

describe.each(entryCases)('$name', (entry) => {
  it('refuses any payload with a broken field in plain words naming a field, and changes nothing at all', () => {
    const schema = schemaOf(entry.name);
    const labels = [...labelsOf(schema)];
    const honest = entry.payload(stages.scorecard);
    const paths = pathsOf(honest ?? {});
    atStage(env, stages, entry.stage);
    {
      // The sidebar loads first: whatever loading sets up for a user is in place before the action.
      as(env, entry.user, () => call('getSidebarState', undefined));
      let clean = wholeState(env);
      let refusals = 0;
      fc.assert(
        fc.property(fc.nat(), breakage, (at, how) => {
          const payload = honest === undefined && how.kind !== 'add' ? how.value : broken(honest ?? {}, paths[at % paths.length]!, how);
          const refusedByForm = !schema.safeParse(payload).success;
          let message: string | null = null;
          try {
            as(env, entry.user, () => call(entry.name, payload));
          } catch (error) {
            message = (error as Error).message;
          }
          if (message === null) {
            // Taken as valid (the breakage left a value the field accepts): start the next case afresh.
            expect({ payload, refusedByForm }).toEqual({ payload, refusedByForm: false });
            atStage(env, stages, entry.stage);
            as(env, entry.user, () => call('getSidebarState', undefined));
            clean = wholeState(env);
            return;
          }
          refusals++;
          expect({ payload, message, plain: !VALIDATOR_WORDS.test(message) }).toEqual({ payload, message, plain: true });
          if (refusedByForm) {
            // A field of the form by its name, the field sent that the form does not have, or that it takes none.
            const namesAField =
              labels.some((label) => label !== '' && message!.includes(label)) || /unexpected fields? "|takes no details/.test(message);
            expect({ payload, message, namesAField }).toEqual({ payload, message, namesAField: true });
          }
          expect({ payload, message, unchanged: wholeState(env) === clean }).toEqual({ payload, message, unchanged: true });
        }),
        { numRuns: 30, seed: 15 },
      );
      expect(refusals).toBeGreaterThan(10);
    }
  });
});
