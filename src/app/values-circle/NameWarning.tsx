import { useMessages } from '../i18n/locale';

/**
 * Said under a text of an action that goes on the public page when the anonymiser finds a person's
 * name in it (`namesAPerson`): a warning, not a block, since it also takes some places' and
 * events' names for a person's. The field points at it with `aria-describedby` only while it is shown.
 */
export function NameWarning({ id }: { id: string }) {
  const text = useMessages().circleOutcome;
  return (
    <p id={id} class="field-warning" role="status">
      <span aria-hidden="true">⚠ </span>
      {text.textLooksLikeName}
    </p>
  );
}
