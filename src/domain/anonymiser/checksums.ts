/**
 * Check digits that separate a real BSN or IBAN from any other run of digits: without them the
 * anonymiser would eat client numbers, amounts and case numbers that carry nothing personal.
 */

/** The BSN "11-proef": 9 digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11. */
export function passesElevenProof(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** ISO 13616: move the first four characters to the end, letters become 10…35, the number mod 97 is 1. */
export function passesIbanCheck(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    // Digits add one decimal place, letters two (A = 10 … Z = 35); the remainder stays small.
    remainder = code <= 57 ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97;
  }
  return remainder === 1;
}
