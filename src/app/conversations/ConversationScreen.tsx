import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';
import { PassphraseGate } from '../lock/PassphraseGate';
import { dataKey } from '../session';
import { ConversationWork } from './ConversationWork';

export function ConversationScreen({ id }: { id: string }) {
  const t = useMessages();
  const key = dataKey.value;
  return (
    <Screen title={t.talk.title}>
      <PassphraseGate>
        {key && (
          <div class="conversation-view">
            <ConversationWork id={id} dataKey={key} />
          </div>
        )}
      </PassphraseGate>
    </Screen>
  );
}
