/**
 * Areas (gebieden) a conversation can belong to. The list is configurable on the device;
 * an area keeps a stable id so a rename never orphans the conversations held in it.
 */
export interface Area {
  id: string;
  name: string;
  /** Position in the list the interviewer chooses from. */
  order: number;
}

export const DEFAULT_AREA_NAMES = [
  'Gaasperdam',
  'Driemond',
  'Bijlmer-Centrum',
  'Bijlmer-Oost',
  'Holendrecht/Reigersbos',
] as const;

export const AREA_NAME_MAX_LENGTH = 60;

export type AreaNameProblem = 'empty' | 'too-long' | 'duplicate';

/** Trims and collapses whitespace, so "  Bijlmer   Oost " and "Bijlmer Oost" are one area. */
export function normaliseAreaName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function areaNameProblem(
  name: string,
  existing: readonly Area[],
  ownId?: string,
): AreaNameProblem | null {
  const normalised = normaliseAreaName(name);
  if (normalised === '') return 'empty';
  if (normalised.length > AREA_NAME_MAX_LENGTH) return 'too-long';
  const lower = normalised.toLocaleLowerCase('nl');
  const clash = existing.some((area) => area.id !== ownId && area.name.toLocaleLowerCase('nl') === lower);
  return clash ? 'duplicate' : null;
}

/** A readable, stable id from the first name an area had ("Holendrecht/Reigersbos" → "holendrecht-reigersbos"). */
export function areaIdFor(name: string, takenIds: ReadonlySet<string>): string {
  const base =
    normaliseAreaName(name)
      .toLocaleLowerCase('nl')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'gebied';
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function defaultAreas(): Area[] {
  const taken = new Set<string>();
  return DEFAULT_AREA_NAMES.map((name, order) => {
    const id = areaIdFor(name, taken);
    taken.add(id);
    return { id, name, order };
  });
}
