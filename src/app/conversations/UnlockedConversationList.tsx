import { PassphraseGate } from '../lock/PassphraseGate';
import { ConversationList } from './ConversationList';

/** The list behind the passphrase, as one lazily loaded piece of the first screen. */
export function UnlockedConversationList() {
  return (
    <PassphraseGate>
      <ConversationList />
    </PassphraseGate>
  );
}
