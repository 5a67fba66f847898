import { useEffect } from 'preact/hooks';
import { deferred } from '../components/deferred';
import { PassphraseGate } from '../lock/PassphraseGate';
import { whenIdle } from '../when-idle';

// The list, its search and the feedback marks are not needed until the notes are unlocked: the
// passphrase form comes without them and they load in a quiet moment while it is filled in.
const ConversationList = deferred(() =>
  import('./ConversationList').then((module) => module.ConversationList),
);

/** The list behind the passphrase, as one lazily loaded piece of the first screen. */
export function UnlockedConversationList() {
  useEffect(() => whenIdle(ConversationList.preload), []);
  return (
    <PassphraseGate>
      <ConversationList />
    </PassphraseGate>
  );
}
