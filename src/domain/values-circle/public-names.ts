import { findPersonalDetails, namesAnOrganisation, namesSomeoneByFirstName } from '../anonymiser';

/**
 * Whether the anonymiser finds a person's name in a text of the circle's outcome. An action's
 * owner, what it is, a reason and its updates are all on the public page, the poster and the
 * paragraaf. The owner must be a team or an organisation: a name there is refused by the server
 * (checks/action-owners.ts) and not added on the device. A name in an organisation's name
 * ("Buurthuis De Kameleon", "Stichting Kees Boeke") is the organisation's, not a person's
 * (`namesAnOrganisation`). In the other texts a name is only a warning, because the anonymiser's
 * names are too often a place's or an event's. Only names count: a team's phone number or a street
 * may be public.
 *
 * Imported only by the values circle's screens and the server: building the anonymiser's word
 * tables is a long task on a phone, and start-up must not pay for it.
 */
export function namesAPerson(text: string): boolean {
  return findPersonalDetails(text).some(
    (found) => found.type === 'person' && !namesAnOrganisation(text, found),
  );
}

/**
 * Whether an action's owner names a person: a name the anonymiser finds outside an organisation's
 * name, or a known first name on its own ("Fatima van Team Zuidoost"), which the anonymiser,
 * made for notes, may pass. The owner is public, so this errs on refusing.
 */
export function ownerNamesAPerson(owner: string): boolean {
  return namesAPerson(owner) || namesSomeoneByFirstName(owner);
}

/**
 * An action's owner as shown in public (the public page, the paragraaf): null where it names a
 * person, so the page says "het gebiedsteam" instead. The server refuses such an owner, but one
 * stored before it did stays in the database and on devices until the team records it again.
 */
export function publicOwner(owner: string): string | null {
  return ownerNamesAPerson(owner) ? null : owner;
}
