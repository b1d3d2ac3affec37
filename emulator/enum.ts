/**
 * Apps Script enums print as their names (`String(Button.OK) === 'OK'`), so the emulator represents
 * each value as that name: values compare with ===, survive JSON snapshots and read well in tests.
 */
export type EnumOf<Names extends string> = { readonly [N in Names]: N };

export function makeEnum<const Names extends string>(names: readonly Names[]): EnumOf<Names> {
  const values = {} as { [N in Names]: N };
  for (const name of names) values[name] = name;
  return Object.freeze(values);
}

/** Checks that `value` is one of the enum's values, naming the enum in the error. */
export function enumValue<Names extends string>(e: EnumOf<Names>, enumName: string, value: unknown): Names {
  const name = String(value);
  if (!Object.hasOwn(e, name)) {
    throw new Error(`Invalid argument: ${enumName} ${name}`);
  }
  return name as Names;
}
