import { randomInt } from 'node:crypto';
import {
  ENROLMENT_CODE_ALPHABET,
  ENROLMENT_CODE_LENGTH,
  normaliseEnrolmentCode,
} from '../../domain/wire/enrolment';
import { hashSecret } from './secrets';

/** A new code in canonical form (60 random bits); printed once, stored only as its hash. */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < ENROLMENT_CODE_LENGTH; i++) {
    code += ENROLMENT_CODE_ALPHABET[randomInt(ENROLMENT_CODE_ALPHABET.length)];
  }
  return code;
}

/** The stored hash of a code as typed, or undefined when it cannot be a code at all. */
export function enrolmentCodeHash(typed: string): string | undefined {
  const code = normaliseEnrolmentCode(typed);
  return code === null ? undefined : hashSecret(code);
}
