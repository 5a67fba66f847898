import { ownerNamesAPerson } from '../../domain/values-circle/public-names';
import type { Agenda } from '../../domain/wire/agenda';
import type { FieldError } from '../http/api-error';

/**
 * The device blocks a person's name as an action's owner, but an old app version or another client
 * could send one, and the owner is shown on the public page. One field error per such owner,
 * naming the field, never the text: the answer and the logs must not repeat what was refused.
 */
export function personNamedAsOwner(agenda: Agenda): FieldError[] {
  return (agenda.outcome?.actions ?? []).flatMap((action, index) =>
    ownerNamesAPerson(action.owner)
      ? [
          {
            path: `body/agenda/outcome/actions/${index}/owner`,
            message: 'names a person: name the team or organisation that does it',
          },
        ]
      : [],
  );
}
