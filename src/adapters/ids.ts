// Random ids for one server call. Each id is 10 hex digits (40 random bits). A version-4 UUID carries
// 122 random bits: its 32 hex digits less the version digit (always 4) and the variant digit (2 random
// bits of 4), so the 30 random digits of one Utilities.getUuid make three ids. Ids drawn in one call
// share a UUID but never a digit, so no id says anything about another (a reveal-order key drawn beside
// a session id stays secret).
const ID_DIGITS = 10;

export function uuidIdSource(getUuid: () => string): () => string {
  let digits = '';
  return () => {
    if (digits.length < ID_DIGITS) {
      const hex = getUuid().replace(/-/g, '');
      digits = hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
    }
    const id = digits.slice(0, ID_DIGITS);
    digits = digits.slice(ID_DIGITS);
    return id;
  };
}
