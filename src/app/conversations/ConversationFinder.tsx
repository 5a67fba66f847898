import { useState } from 'preact/hooks';
import type { Area } from '../../domain/areas';
import { CONVERSATION_KINDS, type ConversationFilter } from '../../domain/conversation-filter';
import { activeThemes, themeLabel } from '../../domain/themes';
import { VALUE_IDS, type ValueId } from '../../domain/values';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { language, useMessages } from '../i18n/locale';
import { searchProgress } from '../search-session';
import { useCodebook } from '../use-codebook';

interface FinderProps {
  query: string;
  filter: ConversationFilter;
  areas: readonly Area[];
  onQuery: (query: string) => void;
  onFilter: (filter: ConversationFilter) => void;
}

const STATUSES = ['draft', 'in-progress', 'completed'] as const;

export function ConversationFinder({ query, filter, areas, onQuery, onFilter }: FinderProps) {
  const t = useMessages();
  const codebook = useCodebook();
  const db = useDevice().db.value;
  const progress = searchProgress.value;
  const [guides, setGuides] = useState<{ id: string; title: string }[]>([]);
  // The guides (and their text) are fetched only when the finder is opened, to keep the list light.
  const loadGuides = async () => {
    if (!db || guides.length > 0) return;
    const { guidesIn } = await import('../../db/guides');
    setGuides((await guidesIn(db, language.value)).map(({ id, title }) => ({ id, title })));
  };
  const valueOptions = VALUE_IDS.flatMap((valueId) =>
    (['experienced', 'missing'] as const).map((polarity) => ({
      value: `${valueId}:${polarity}`,
      label: t.find.valueOption(t.values[valueId].name, t.talk[polarity]),
    })),
  );
  const any = { value: '', label: t.find.any };
  const set = (change: Partial<ConversationFilter>) => onFilter({ ...filter, ...change });

  return (
    <details class="card finder" onToggle={() => void loadGuides()}>
      <summary>{t.find.heading}</summary>
      <TextField id="find-query" type="search" label={t.find.search} value={query} onValue={onQuery} />
      {progress && (
        <p role="status">
          <progress max={progress.total} value={progress.done} />{' '}
          {t.find.preparing(progress.done, progress.total)}
        </p>
      )}
      <SelectField
        id="find-area"
        label={t.find.area}
        value={filter.areaId ?? ''}
        onValue={(areaId) => set({ areaId: areaId || undefined })}
        options={[any, ...areas.map((area) => ({ value: area.id, label: area.name }))]}
      />
      <SelectField
        id="find-status"
        label={t.find.status}
        value={filter.status ?? ''}
        onValue={(status) => set({ status: STATUSES.find((known) => known === status) })}
        options={[
          any,
          ...STATUSES.map((status) => ({ value: status, label: t.conversations.status[status] })),
        ]}
      />
      <SelectField
        id="find-kind"
        label={t.find.kind}
        value={filter.kind ?? ''}
        onValue={(kind) => set({ kind: CONVERSATION_KINDS.find((known) => known === kind) })}
        options={[any, ...CONVERSATION_KINDS.map((kind) => ({ value: kind, label: t.find.kinds[kind] }))]}
      />
      <SelectField
        id="find-guide"
        label={t.find.guide}
        value={filter.guideId ?? ''}
        onValue={(guideId) => set({ guideId: guideId || undefined })}
        options={[any, ...guides.map((guide) => ({ value: guide.id, label: guide.title }))]}
      />
      <SelectField
        id="find-value"
        label={t.find.value}
        value={filter.value ? `${filter.value.valueId}:${filter.value.polarity}` : ''}
        onValue={(choice) => {
          const [valueId, polarity] = choice.split(':');
          const known = VALUE_IDS.find((id) => id === valueId) as ValueId | undefined;
          set({
            value:
              known && (polarity === 'experienced' || polarity === 'missing')
                ? { valueId: known, polarity }
                : undefined,
          });
        }}
        options={[any, ...valueOptions]}
      />
      <SelectField
        id="find-theme"
        label={t.find.theme}
        value={filter.themeId ?? ''}
        onValue={(themeId) => set({ themeId: themeId || undefined })}
        options={[
          any,
          ...(codebook ? activeThemes(codebook) : []).map((theme) => ({
            value: theme.id,
            label: themeLabel(theme, language.value),
          })),
        ]}
      />
      <div class="field-pair">
        <div class="field">
          <label for="find-from">{t.find.from}</label>
          <input
            id="find-from"
            type="date"
            value={filter.from ?? ''}
            onInput={(event) => set({ from: event.currentTarget.value || undefined })}
          />
        </div>
        <div class="field">
          <label for="find-until">{t.find.until}</label>
          <input
            id="find-until"
            type="date"
            value={filter.until ?? ''}
            onInput={(event) => set({ until: event.currentTarget.value || undefined })}
          />
        </div>
      </div>
      <button
        type="button"
        class="button"
        onClick={() => {
          onQuery('');
          onFilter({});
        }}
      >
        {t.find.clear}
      </button>
    </details>
  );
}
