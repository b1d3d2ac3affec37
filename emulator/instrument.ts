import type { EmulatorContext } from './context';

const passThrough = new Set<PropertyKey>(['then', 'toJSON', 'constructor', Symbol.toPrimitive, Symbol.toStringTag]);

/**
 * Wraps an in-memory service object so that every method call is counted as `service.kind.method`
 * (the benchmark's unit of cost) and any method the emulator lacks throws a clear error instead of
 * silently doing nothing. Fields that are not functions (enums) pass through uncounted.
 */
export function instrument<T extends object>(target: T, ctx: EmulatorContext, service: string, kind?: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || passThrough.has(prop) || prop.startsWith('_')) {
        return Reflect.get(obj, prop, receiver);
      }
      const value = Reflect.get(obj, prop, receiver);
      const name = kind ? `${kind}.${prop}` : prop;
      if (value === undefined) {
        return () => {
          throw new Error(`${service}.${name} is not supported by the in-memory Apps Script environment`);
        };
      }
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        ctx.record(service, name);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        // Builder-style methods return `this`: hand back the proxy so chained calls count too.
        return result === obj ? receiver : result;
      };
    },
  });
}
