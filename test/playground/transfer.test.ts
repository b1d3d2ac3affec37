import { copyArguments, copyResult, IllegalValueError } from '../../playground/client/transfer';

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

describe('what google.script.run lets through', () => {
  it('copies primitives, plain objects and arrays, and the copy is independent', () => {
    const payload = { callId: 'c1', answers: [{ value: 1, comment: 'ok' }], flags: { draft: false }, none: null };
    const [copy] = copyArguments([payload]);
    expect(copy).toEqual(payload);
    expect(copy).not.toBe(payload);
    (copy as typeof payload).answers[0]!.value = 0;
    expect(payload.answers[0]!.value).toBe(1);
  });

  it('accepts objects without a prototype and objects from JSON', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(copyArguments([bare, JSON.parse('{"b":[2]}')])).toEqual([{ a: 1 }, { b: [2] }]);
  });

  it('turns an undefined array entry (or argument) into null and drops undefined properties', () => {
    expect(copyArguments([[1, undefined, 3], undefined, { a: undefined, b: 2 }])).toEqual([[1, null, 3], null, { b: 2 }]);
  });

  it.each([
    ['a Date', new Date()],
    ['a function', () => 1],
    ['a class instance', new Point(1, 2)],
    ['a Map', new Map()],
    ['a RegExp', /x/],
    ['a symbol', Symbol('s')],
    ['a bigint', BigInt(1)],
  ])('refuses %s at the call, naming where it was', (_what, value) => {
    expect(() => copyArguments([value])).toThrow(IllegalValueError);
    expect(() => copyArguments(['ok', { nested: [value] }])).toThrow('Failed due to illegal value in property: 1.nested.0');
  });

  it('refuses circular structures', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => copyArguments([loop])).toThrow(IllegalValueError);
  });

  it('refuses a DOM node, and a form unless it is the only argument', () => {
    const div = { nodeType: 1, nodeName: 'DIV' };
    const form = { nodeType: 1, nodeName: 'FORM', elements: [] };
    expect(() => copyArguments([div])).toThrow('illegal value in property: 0');
    expect(() => copyArguments([form, 1])).toThrow('illegal value in property: 0');
  });

  it('sends a lone form as its named, enabled, checked fields', () => {
    const form = {
      nodeType: 1,
      nodeName: 'FORM',
      elements: [
        { name: 'title', type: 'text', value: 'May session' },
        { name: 'tag', type: 'checkbox', value: 'a', checked: true },
        { name: 'tag', type: 'checkbox', value: 'b', checked: true },
        { name: 'tag', type: 'checkbox', value: 'c', checked: false },
        { name: 'off', type: 'text', value: 'x', disabled: true },
        { name: '', type: 'text', value: 'unnamed' },
        { name: 'go', type: 'submit', value: 'Save' },
      ],
    };
    expect(copyArguments([form])).toEqual([{ title: 'May session', tag: ['a', 'b'] }]);
  });

  it('hands the page null for a result it cannot carry, and says so', () => {
    expect(copyResult({ when: new Date() })).toEqual({ value: null, dropped: true });
    expect(copyResult(undefined)).toEqual({ value: null, dropped: false });
    expect(copyResult({ a: [1, undefined] })).toEqual({ value: { a: [1, null] }, dropped: false });
  });
});
