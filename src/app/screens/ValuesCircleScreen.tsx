import { VALUE_IDS } from '../../domain/values';
import { ComingNext } from '../components/ComingNext';
import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';

export function ValuesCircleScreen() {
  const t = useMessages();
  return (
    <Screen title={t.valuesCircle.title}>
      <p>{t.valuesCircle.intro}</p>
      <h2>{t.valuesCircle.valuesHeading}</h2>
      <dl class="value-list">
        {VALUE_IDS.map((id) => (
          <div key={id} class={`value value-${id}`}>
            <dt>{t.values[id].name}</dt>
            <dd>{t.values[id].description}</dd>
          </div>
        ))}
      </dl>
      <ComingNext text={t.valuesCircle.comingNext} />
    </Screen>
  );
}
