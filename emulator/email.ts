/** Apps Script rejects malformed addresses with "Invalid email: <address>" before doing anything. */
const emailShape = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export function isValidEmail(address: string): boolean {
  return emailShape.test(address);
}

export function requireValidEmail(address: unknown): string {
  const text = String(address).trim();
  if (!isValidEmail(text)) throw new Error(`Invalid email: ${String(address)}`);
  return text;
}
