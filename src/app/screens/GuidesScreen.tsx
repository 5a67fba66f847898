import { ComingNext } from '../components/ComingNext';
import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';

export function GuidesScreen() {
  const t = useMessages();
  return (
    <Screen title={t.guides.title}>
      <p>{t.guides.intro}</p>
      <ComingNext text={t.guides.comingNext} />
    </Screen>
  );
}
