import { ComingNext } from '../components/ComingNext';
import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';

export function ConversationsScreen() {
  const t = useMessages();
  return (
    <Screen title={t.conversations.title}>
      <p>{t.conversations.intro}</p>
      <ComingNext text={t.conversations.comingNext} />
    </Screen>
  );
}
