import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';
import { EnrolmentPanel } from '../sync/EnrolmentPanel';
import { OutboxPanel } from '../sync/OutboxPanel';
import { ServerHealthPanel } from '../sync/ServerHealthPanel';
import { SharingList } from '../sync/SharingList';

export function SyncScreen() {
  const t = useMessages();
  return (
    <Screen title={t.sync.title}>
      <p>{t.sync.intro}</p>
      <EnrolmentPanel />
      <OutboxPanel />
      <SharingList />
      <ServerHealthPanel />
    </Screen>
  );
}
