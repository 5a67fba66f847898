import { useEffect, useState } from 'preact/hooks';
import type { ConfigurationScope } from '../../domain/configuration/layer';
import type { ConfigurationEdit, ConsoleConfiguration } from '../../domain/wire/beheer-configuration';
import { Screen } from '../components/Screen';
import { SelectField } from '../components/SelectField';
import { consoleApi } from './api';
import { ChangePreview } from './ChangePreview';
import { CodebookSection } from './CodebookSection';
import { useConfigurationChange } from './configuration-change';
import { areas, chosenAreaId, noteProblem, refreshAreas } from './console-state';
import { GuideProposalCard } from './GuideProposalCard';
import { GuidesSection } from './GuidesSection';
import { useConsoleMessages } from './messages';
import { ProposalCard } from './ProposalCard';
import { SettingsSection } from './SettingsSection';

/** The organisation's option in the scope picker; area ids never take this form. */
const ORGANISATION = '*';
/** A group's option: `group:` and its id (an area id has no colon). */
const GROUP = 'group:';

function scopeOf(option: string): ConfigurationScope {
  if (option === ORGANISATION) return { kind: 'organisation' };
  if (option.startsWith(GROUP)) return { kind: 'group', groupId: option.slice(GROUP.length) };
  return { kind: 'area', areaId: option };
}

/**
 * The configuration of one layer: the whole organisation, a group of areas (what its areas inherit
 * between the organisation and their own), or one area: proposals to decide, the codebook,
 * guides, profiles, k and retention. Every change is shown first as what devices would notice.
 */
export function ConfigurationScreen() {
  const t = useConsoleMessages();
  const c = t.configuration;
  const known = areas.value;
  const [scope, setScope] = useState<string>(chosenAreaId.value || ORGANISATION);
  const [current, setCurrent] = useState<ConsoleConfiguration | null>(null);
  const target = scopeOf(scope);
  const areaId = target.kind === 'area' ? target.areaId : null;

  useEffect(() => void refreshAreas(), []);
  useEffect(() => {
    // An administrator of some areas has no organisation to choose.
    if (known !== null && !known.canAddAreas && scope === ORGANISATION) setScope(known.areas[0]?.id ?? '');
  }, [known]);
  const load = async () => {
    if (scope === '') return;
    const result = await consoleApi.configuration(target);
    if (result.ok) setCurrent(result.value);
    else noteProblem(result);
  };
  useEffect(() => {
    setCurrent(null);
    if (areaId !== null) chosenAreaId.value = areaId;
    void load();
  }, [scope]);
  const changes = useConfigurationChange(load);
  const propose = (edit: ConfigurationEdit) =>
    void changes.propose({
      send: (preview) => consoleApi.changeConfiguration(target, edit, preview),
      saved: (answer) => c.saved(answer.version ?? 0),
    });

  const options = [
    ...(known?.canAddAreas ? [{ value: ORGANISATION, label: c.organisation }] : []),
    // Groups are the organisation's to shape, so only its administrators see them here.
    ...(known?.canAddAreas ? known.groups : []).map((group) => ({
      value: `${GROUP}${group.id}`,
      label: c.groupScope(group.name),
    })),
    ...(known?.areas ?? []).map((area) => ({ value: area.id, label: c.areaScope(area.name) })),
  ];
  return (
    <Screen title={c.heading}>
      <p>{c.intro}</p>
      {known === null ? (
        <p>{t.loading}</p>
      ) : (
        <SelectField
          id="configuration-scope"
          label={c.scope}
          value={scope}
          options={options}
          onValue={setScope}
        />
      )}
      {changes.problem && (
        <p class="warning" role="alert">
          {changes.problem}
        </p>
      )}
      {changes.pending && (
        <ChangePreview
          preview={changes.pending.preview}
          busy={changes.busy}
          confirm={() => void changes.confirm()}
          cancel={changes.cancel}
        />
      )}
      {current === null ? (
        scope !== '' && <p>{t.loading}</p>
      ) : (
        <div key={`${scope}/${current.version}`}>
          <p class="field-hint">{c.version(current.version)}</p>
          {areaId !== null && (
            <section class="card" aria-labelledby="proposals-heading">
              <h2 id="proposals-heading">{c.proposals.heading}</h2>
              <p>{c.proposals.intro}</p>
              {current.proposals.length === 0 ? (
                <p>{c.proposals.none}</p>
              ) : (
                <ul class="proposal-list">
                  {current.proposals.map((proposal) => (
                    <ProposalCard
                      key={proposal.id}
                      proposal={proposal}
                      themes={current.configuration.codebook.themes}
                      changes={changes}
                    />
                  ))}
                </ul>
              )}
            </section>
          )}
          {areaId !== null && (
            <section class="card" aria-labelledby="guide-proposals-heading">
              <h2 id="guide-proposals-heading">{c.guideProposals.heading}</h2>
              <p>{c.guideProposals.intro}</p>
              {current.guideProposals.length === 0 ? (
                <p>{c.guideProposals.none}</p>
              ) : (
                <ul class="proposal-list">
                  {current.guideProposals.map((proposal) => (
                    <GuideProposalCard key={proposal.id} proposal={proposal} changes={changes} />
                  ))}
                </ul>
              )}
            </section>
          )}
          <CodebookSection themes={current.configuration.codebook.themes} propose={propose} />
          <GuidesSection guides={current.guides} propose={propose} />
          <SettingsSection
            current={current}
            organisation={target.kind === 'organisation'}
            propose={propose}
          />
        </div>
      )}
    </Screen>
  );
}
