/**
 * Coarse resident profiles a guide is written for. Deliberately coarse: a profile travels with
 * the guide id into summaries, and a finer one (age, household) could help single out a resident.
 */
export const RESIDENT_PROFILES = [
  'mantelzorger',
  'jongere',
  'alleenstaande-ouder',
  'oudere',
  'anders',
  'algemeen',
] as const;

export type ResidentProfile = (typeof RESIDENT_PROFILES)[number];

export function isResidentProfile(candidate: string): candidate is ResidentProfile {
  return (RESIDENT_PROFILES as readonly string[]).includes(candidate);
}
