import { Screen } from '../components/Screen';
import { useConsoleMessages } from './messages';

export function AccountsScreen() {
  const t = useConsoleMessages();
  return (
    <Screen title={t.accounts.heading}>
      <p>{t.accounts.intro}</p>
      <p>{t.accounts.notYet}</p>
    </Screen>
  );
}
