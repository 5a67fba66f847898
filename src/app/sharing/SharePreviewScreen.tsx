import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';
import { PassphraseGate } from '../lock/PassphraseGate';
import { dataKey } from '../session';
import { SharePreview } from './SharePreview';

/** `/gesprekken/:id/delen`: quotes live in the sealed notes, so the preview needs the device unlocked. */
export function SharePreviewScreen({ id }: { id: string }) {
  const t = useMessages();
  const key = dataKey.value;
  return (
    <Screen title={t.sharing.preview.title}>
      <PassphraseGate>{key && <SharePreview id={id} dataKey={key} />}</PassphraseGate>
    </Screen>
  );
}
