// A schema built the first time it is used, not when the script loads (zod itself is loaded the same
// way, see ../zod.ts). Apps Script compiles and runs the top level of the whole script on every server
// call, and building every zod schema there was most of that time; a call now builds only the schemas it
// touches. The stand-in forwards everything to the
// schema once built: it copies the schema's own properties onto itself, so it answers exactly as the
// schema does (same prototype, same fields, same `_zod`).

const builtFrom = new WeakMap<object, object>();

export function builtOnFirstUse<T extends object>(build: () => T): T {
  const standIn = {} as T;
  let built: T | null = null;
  const real = (): T => {
    if (built === null) {
      built = build();
      Object.defineProperties(standIn, Object.getOwnPropertyDescriptors(built));
      Object.setPrototypeOf(standIn, Object.getPrototypeOf(built));
      builtFrom.set(proxy, built);
    }
    return built;
  };
  // Each trap builds the schema first, then answers as the stand-in (which by then holds it all).
  const proxy = new Proxy(standIn, {
    get(target, key) {
      real();
      return Reflect.get(target, key);
    },
    has(target, key) {
      real();
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      real();
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      real();
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    getPrototypeOf(target) {
      real();
      return Reflect.getPrototypeOf(target);
    },
    set(target, key, value) {
      return Reflect.set(real(), key, value) && Reflect.set(target, key, value);
    },
    defineProperty(target, key, descriptor) {
      real();
      return Reflect.defineProperty(target, key, descriptor);
    },
  });
  return proxy;
}

/** The schema itself behind a stand-in (registries key schemas by identity), or `schema` when it is one. */
export function builtSchema<T extends object>(schema: T): T {
  return (builtFrom.get(schema) as T | undefined) ?? schema;
}
