/**
 * Codes people read aloud, write down and type on a phone: Crockford's base32 (digits and
 * capitals without I, L, O, U), in groups of four. Any case, spaces and dashes are accepted, and a
 * typed O, I or L is read as 0, 1, 1, so the look-alikes cannot be mistyped.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;

/** `characters` random characters, 5 bits each, from the platform's cryptographic source. */
export function randomCode(characters: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil((characters * 5) / 8)));
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < characters) {
      code += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return code;
}

/** In groups of four: `ABCD-EFGH-…`. */
export function groupCode(code: string, separator = '-'): string {
  return (code.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join(separator);
}

/** The code as typed, normalised, or null when it cannot be a code of `characters` characters. */
export function normaliseCode(typed: string, characters: number): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== characters) return null;
  for (const character of code) if (!ALPHABET.includes(character)) return null;
  return code;
}
