// A1 addresses as Sheets writes them, for messages that point people at a cell.

export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `Scorecard!K7`; a name with spaces or punctuation is quoted: `'Action Items'!B4`. */
export function cellAddress(sheetName: string, row: number, column: number): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${columnLetters(column)}${row}`;
}
