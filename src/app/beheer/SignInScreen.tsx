import { useEffect, useState } from 'preact/hooks';
import type { SignInMethods } from '../../domain/wire/beheer';
import { Screen } from '../components/Screen';
import { TextField } from '../components/TextField';
import { consoleApi } from './api';
import { consoleProblem, startSession, status } from './console-state';
import { useConsoleMessages } from './messages';

type SignInProblem = 'wrong' | 'tooMany' | 'disabled' | null;

export function SignInScreen() {
  const t = useConsoleMessages();
  const [methods, setMethods] = useState<SignInMethods | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username: boolean; password: boolean }>({
    username: false,
    password: false,
  });
  const [problem, setProblem] = useState<SignInProblem>(null);
  const [busy, setBusy] = useState(false);
  // Single sign-on that was refused comes back here with ?signin=<reason> (routes/oidc.ts).
  const [ssoFailed] = useState(() => new URLSearchParams(location.search).has('signin'));

  useEffect(() => {
    void consoleApi.methods().then((result) => {
      if (result.ok) setMethods(result.value);
    });
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const empty = { username: username.trim() === '', password: password === '' };
    setMissing(empty);
    if (empty.username || empty.password || busy) return;
    setBusy(true);
    setProblem(null);
    const result = await consoleApi.signIn(username.trim(), password);
    setBusy(false);
    if (result.ok) {
      setPassword('');
      status.value = '';
      startSession(result.value);
      return;
    }
    if (result.status === 429) setProblem('tooMany');
    else if (result.code === 'no_role') consoleProblem.value = 'noRole';
    else if (result.code === 'account_disabled') setProblem('disabled');
    else if (result.status === 401 || result.status === 400) setProblem('wrong');
    else consoleProblem.value = result.problem === 'refused' ? 'server' : result.problem;
  };

  const oidc = methods?.oidc;
  const provider = typeof oidc === 'object' && oidc.name ? oidc.name : t.signIn.ssoDefault;
  return (
    <Screen title={t.signIn.heading}>
      <p>{t.signIn.intro}</p>
      {ssoFailed && (
        <p class="warning" role="alert">
          {t.signIn.ssoFailed}
        </p>
      )}
      {oidc && (
        <>
          <a class="button button-primary" href="/api/account/oidc/start">
            {t.signIn.sso(provider)}
          </a>
          <p class="console-or">{t.signIn.or}</p>
        </>
      )}
      <form class="card console-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="console-username"
          label={t.signIn.username}
          value={username}
          onValue={setUsername}
          autocomplete="username"
          error={missing.username ? t.signIn.required : null}
        />
        <TextField
          id="console-password"
          label={t.signIn.password}
          type="password"
          value={password}
          onValue={setPassword}
          autocomplete="current-password"
          error={missing.password ? t.signIn.required : problem ? t.signIn[problem] : null}
        />
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? t.signIn.busy : t.signIn.submit}
          </button>
        </div>
      </form>
    </Screen>
  );
}
