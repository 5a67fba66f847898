import { deferred } from '../components/deferred';
import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';
import { HOME_PATH } from '../routes';

// The shell and this screen's heading come first; the passphrase forms and the crypto behind them
// follow as a separate chunk (precached, so offline too), the list itself only after unlock.
const UnlockedConversationList = deferred(() =>
  import('../conversations/UnlockedConversationList').then((module) => module.UnlockedConversationList),
);

/** Whether the page opens on this screen, so its passphrase form is worth fetching at once. */
export function showsConversationList(path: string): boolean {
  return path === '/' || path === HOME_PATH;
}

export const preloadConversationList = UnlockedConversationList.preload;

export function ConversationsScreen() {
  const t = useMessages();
  return (
    <Screen title={t.conversations.title}>
      <p>{t.conversations.intro}</p>
      <UnlockedConversationList />
    </Screen>
  );
}
