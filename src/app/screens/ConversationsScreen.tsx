import { deferred } from '../components/deferred';
import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';

// The shell and this screen's heading come first; the list, the passphrase forms and the crypto
// behind them follow as a separate chunk (precached, so offline too).
const UnlockedConversationList = deferred(() =>
  import('../conversations/UnlockedConversationList').then((module) => module.UnlockedConversationList),
);

export function ConversationsScreen() {
  const t = useMessages();
  return (
    <Screen title={t.conversations.title}>
      <p>{t.conversations.intro}</p>
      <UnlockedConversationList />
    </Screen>
  );
}
