/**
 * What an area-team reader may choose to look at, in the sign-in answer (`choices`): the
 * organisation, each group and each area its own grants reach, named, the widest first and each
 * group followed by its areas. The app offers exactly these; the server checks every read again.
 */
export type ScopeChoice =
  | { kind: 'organisation'; name: string }
  | { kind: 'group'; id: string; name: string }
  | { kind: 'area'; id: string; name: string; groupId: string | null };

/**
 * The name a report of the scope carries (`AggregatesReport.areaId`) and the device keeps it
 * under: an area's id, `group:<id>`, or `organisation`.
 */
export function choiceKey(choice: ScopeChoice): string {
  if (choice.kind === 'organisation') return 'organisation';
  return choice.kind === 'group' ? `group:${choice.id}` : choice.id;
}

export function isScopeChoice(value: unknown): value is ScopeChoice {
  if (typeof value !== 'object' || value === null) return false;
  const choice = value as Record<string, unknown>;
  if (typeof choice.name !== 'string') return false;
  if (choice.kind === 'organisation') return true;
  if (typeof choice.id !== 'string') return false;
  if (choice.kind === 'group') return true;
  return choice.kind === 'area' && (choice.groupId === null || typeof choice.groupId === 'string');
}

/**
 * The choice shown: the one last chosen when the reader still holds it, else the one area of a
 * one-area reader, else the widest scope offered (the first).
 */
export function chosenScope(
  choices: readonly ScopeChoice[],
  last: string | null,
  oneArea: string | undefined,
): ScopeChoice | undefined {
  return (
    choices.find((choice) => choiceKey(choice) === last) ??
    choices.find((choice) => choice.kind === 'area' && choice.id === oneArea) ??
    choices[0]
  );
}
