import { useState } from 'preact/hooks';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/locale';

/** Names said in the conversation, kept only so the anonymiser can remove them later. Never synced. */
export function PeopleMentioned({
  names,
  onChange,
}: {
  names: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const t = useMessages();
  const [name, setName] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const clean = name.trim();
    if (clean === '' || names.includes(clean)) return;
    onChange([...names, clean]);
    setName('');
  };
  return (
    <section aria-labelledby="people-heading">
      <h3 id="people-heading">{t.talk.people}</h3>
      <p class="field-hint">{t.talk.peopleHint}</p>
      {names.length > 0 && (
        <ul class="plain-list">
          {names.map((person) => (
            <li key={person}>
              <span>{person}</span>
              <button
                type="button"
                class="icon-button"
                aria-label={t.talk.removePerson(person)}
                onClick={() => onChange(names.filter((other) => other !== person))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <TextField
          id="person-name"
          label={t.talk.personName}
          value={name}
          onValue={setName}
          autocomplete="off"
        />
        <button type="submit" class="button">
          {t.talk.addPerson}
        </button>
      </form>
    </section>
  );
}
