// The emulator has no formula engine. Formulas made only of numbers and + - * / ( ) are worked
// out so simple cases read back as Sheets shows them; every other formula reads back as ''.

export function formulaValue(formula: string): number | '' {
  const source = formula.slice(1);
  if (!/^[\d\s.+\-*/()]+$/.test(source)) return '';
  const tokens = source.match(/\d+(?:\.\d+)?|\.\d+|[-+*/()]/g) ?? [];
  let position = 0;

  const expression = (): number => {
    let value = term();
    while (tokens[position] === '+' || tokens[position] === '-') {
      const operator = tokens[position++];
      const right = term();
      value = operator === '+' ? value + right : value - right;
    }
    return value;
  };
  const term = (): number => {
    let value = factor();
    while (tokens[position] === '*' || tokens[position] === '/') {
      const operator = tokens[position++];
      const right = factor();
      value = operator === '*' ? value * right : value / right;
    }
    return value;
  };
  const factor = (): number => {
    const token = tokens[position++];
    if (token === '-') return -factor();
    if (token === '+') return factor();
    if (token === '(') {
      const value = expression();
      if (tokens[position++] !== ')') throw new Error('unbalanced');
      return value;
    }
    const value = Number(token);
    if (token === undefined || Number.isNaN(value)) throw new Error('not a number');
    return value;
  };

  try {
    const value = expression();
    return position === tokens.length && Number.isFinite(value) ? value : '';
  } catch {
    return '';
  }
}
