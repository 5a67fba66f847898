import { signal } from '@preact/signals';
import type { AreasResponse, ConsoleSession } from '../../domain/wire/beheer';
import { type ConsoleProblem, type ConsoleResult, consoleApi, rememberCsrfToken } from './api';

/**
 * What the console knows between its screens: who is signed in (undefined while asking the server),
 * the areas she administers, the area chosen on the codes and devices screens, and the last status
 * message, read out by a live region.
 */
export const session = signal<ConsoleSession | null | undefined>(undefined);
export const areas = signal<AreasResponse | null>(null);
export const chosenAreaId = signal<string>('');
export const status = signal<string>('');
/** Raised when focus should go to the status itself: the control that led to it is gone. */
export const statusFocus = signal(0);
/** A problem the whole console shows (offline, no role), as a key of the `problems` texts. */
export const consoleProblem = signal<ConsoleProblem | 'noRole' | null>(null);

export function isAdministrator(current: ConsoleSession): boolean {
  return current.account.grants.some((grant) => grant.role === 'beheerder');
}

export function startSession(current: ConsoleSession): void {
  rememberCsrfToken(current.csrfToken);
  session.value = current;
  consoleProblem.value = isAdministrator(current) ? null : 'noRole';
}

export async function resumeSession(): Promise<void> {
  const result = await consoleApi.session();
  if (result.ok) startSession(result.value);
  else session.value = null;
}

export async function endSession(): Promise<void> {
  await consoleApi.signOut();
  forgetSession();
}

function forgetSession(): void {
  rememberCsrfToken('');
  session.value = null;
  areas.value = null;
  chosenAreaId.value = '';
}

/**
 * Ends every session of one's own account, this one included, and says so with focus on the
 * status: the sign-in form takes the place of the button she pressed.
 */
export async function endEverySession(said: string): Promise<void> {
  const result = await consoleApi.signOutEverywhere();
  if (!result.ok) return noteProblem(result);
  forgetSession();
  status.value = said;
  statusFocus.value++;
}

/** Reads a failed request the same way on every screen: an ended session goes back to sign-in. */
export function noteProblem(result: Extract<ConsoleResult<unknown>, { ok: false }>): void {
  if (result.problem === 'expired') {
    session.value = null;
    areas.value = null;
  }
  if (result.problem !== 'refused') consoleProblem.value = result.problem;
}

export async function refreshAreas(): Promise<void> {
  const result = await consoleApi.areas();
  if (!result.ok) return noteProblem(result);
  areas.value = result.value;
  const ids = result.value.areas.map((area) => area.id);
  if (!ids.includes(chosenAreaId.value)) chosenAreaId.value = ids[0] ?? '';
}
