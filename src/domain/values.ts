/**
 * The six values that residents, professionals and policy makers in Gaasperdam/Driemond share.
 * Ids are stable wire identifiers: they travel in summaries and must never be renamed.
 */
export const VALUE_IDS = [
  'autonomie',
  'betrokkenheid',
  'compassie',
  'gelijkwaardigheid',
  'solidariteit',
  'zelfbeschikking',
] as const;

export type ValueId = (typeof VALUE_IDS)[number];

export function isValueId(candidate: string): candidate is ValueId {
  return (VALUE_IDS as readonly string[]).includes(candidate);
}
