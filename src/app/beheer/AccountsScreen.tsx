import { useEffect, useState } from 'preact/hooks';
import type { ConsoleAccountListing } from '../../domain/wire/beheer';
import { Screen } from '../components/Screen';
import { AccountCard } from './AccountCard';
import { consoleApi } from './api';
import { areas, noteProblem, refreshAreas } from './console-state';
import { useConsoleMessages } from './messages';
import { NewAccountForm } from './NewAccountForm';

/** Accounts and their roles: for administrators of the whole organisation (the server decides). */
export function AccountsScreen() {
  const t = useConsoleMessages();
  const [accounts, setAccounts] = useState<ConsoleAccountListing[] | null>(null);
  const [refused, setRefused] = useState(false);

  const load = async () => {
    const result = await consoleApi.accounts();
    if (result.ok) setAccounts(result.value.accounts);
    else if (result.problem === 'forbidden') setRefused(true);
    else noteProblem(result);
  };
  useEffect(() => {
    void refreshAreas();
    void load();
  }, []);

  return (
    <Screen title={t.accounts.heading}>
      <p>{t.accounts.intro}</p>
      {refused ? (
        <p>{t.problems.forbidden}</p>
      ) : accounts === null ? (
        <p>{t.loading}</p>
      ) : (
        <>
          {accounts.length === 0 && <p>{t.accounts.none}</p>}
          <ul class="console-devices console-accounts">
            {accounts.map((account) => (
              <AccountCard key={account.id} account={account} known={areas.value} changed={load} />
            ))}
          </ul>
          <NewAccountForm added={load} />
        </>
      )}
    </Screen>
  );
}
