import { useState } from 'preact/hooks';
import type { RetentionPolicy } from '../../domain/configuration/retention';
import { RESIDENT_PROFILES, type ResidentProfile } from '../../domain/guides/profiles';
import { MIN_SUPPRESSION_K } from '../../domain/suppression';
import type { ConfigurationEdit, ConsoleConfiguration } from '../../domain/wire/beheer-configuration';
import { useConsoleMessages } from './messages';

const RETENTION_FIELDS = ['shareDays', 'backupDays', 'summaryYears', 'auditYears'] as const;

/** Resident profiles, k and retention: each saved on its own, after its preview. */
export function SettingsSection({
  current,
  organisation,
  propose,
}: {
  current: ConsoleConfiguration;
  organisation: boolean;
  propose: (edit: ConfigurationEdit) => void;
}) {
  const t = useConsoleMessages();
  const c = t.configuration;
  const [profiles, setProfiles] = useState<ResidentProfile[]>(current.configuration.residentProfiles);
  const [k, setK] = useState(String(current.configuration.suppressionK));
  const [retention, setRetention] = useState<Record<keyof RetentionPolicy, string>>({
    shareDays: String(current.retention.shareDays),
    backupDays: String(current.retention.backupDays),
    summaryYears: String(current.retention.summaryYears),
    auditYears: String(current.retention.auditYears),
  });
  // The audit trail is one for the organisation: an area does not set how long it is kept.
  const fields = RETENTION_FIELDS.filter((name) => organisation || name !== 'auditYears');
  const toggle = (profile: ResidentProfile, on: boolean) =>
    setProfiles(
      on
        ? RESIDENT_PROFILES.filter((p) => p === profile || profiles.includes(p))
        : profiles.filter((p) => p !== profile),
    );
  const submit = (edit: ConfigurationEdit) => (event: Event) => {
    event.preventDefault();
    propose(edit);
  };
  const changedRetention = Object.fromEntries(
    fields
      .filter((name) => retention[name] !== String(current.retention[name]))
      .map((name) => [name, Number(retention[name])]),
  );

  return (
    <div class="console-columns">
      <form
        class="card"
        aria-labelledby="profiles-heading"
        onSubmit={submit({ kind: 'set-profiles', profiles })}
      >
        <h2 id="profiles-heading">{c.profiles.heading}</h2>
        <fieldset>
          <legend>{c.profiles.legend}</legend>
          {RESIDENT_PROFILES.map((profile) => (
            <label key={profile} class="check">
              <input
                type="checkbox"
                checked={profiles.includes(profile)}
                onChange={(event) => toggle(profile, event.currentTarget.checked)}
              />
              {c.profiles.names[profile] ?? profile}
            </label>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="button">
            {c.profiles.save}
          </button>
        </div>
      </form>
      <form class="card" aria-labelledby="k-heading" onSubmit={submit({ kind: 'set-k', k: Number(k) })}>
        <h2 id="k-heading">{c.threshold.heading}</h2>
        <div class="field">
          <label for="setting-k">{c.threshold.label}</label>
          <p id="setting-k-hint" class="field-hint">
            {c.threshold.hint}
          </p>
          <input
            id="setting-k"
            type="number"
            inputMode="numeric"
            min={MIN_SUPPRESSION_K}
            step={1}
            value={k}
            aria-describedby="setting-k-hint"
            onInput={(event) => setK(event.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button">
            {c.threshold.save}
          </button>
        </div>
      </form>
      <form
        class="card"
        aria-labelledby="retention-heading"
        onSubmit={submit({ kind: 'set-retention', retention: changedRetention })}
      >
        <h2 id="retention-heading">{c.retention.heading}</h2>
        {fields.map((name) => (
          <div class="field" key={name}>
            <label for={`retention-${name}`}>{c.retention[name]}</label>
            <input
              id={`retention-${name}`}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={retention[name]}
              onInput={(event) => setRetention({ ...retention, [name]: event.currentTarget.value })}
            />
          </div>
        ))}
        <div class="actions">
          <button type="submit" class="button">
            {c.retention.save}
          </button>
        </div>
      </form>
    </div>
  );
}
