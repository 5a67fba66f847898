import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type CoachAccount,
  forgetCoachAccount,
  readCoachAccount,
  storeCoachAccount,
  waitingCoachRecords,
} from '../../db/coach-account';
import type { CoachRecord } from '../../domain/wire/coach-reviews';
import { coachRecordsEverywhere, type WaitingState } from '../../flows/coach-records';
import { signOutCoachEverywhere } from '../../flows/sign-out-everywhere';
import {
  type CoachAccountProblem,
  coachSessionInBrowser,
  coachSignIn,
  coachSignOut,
  signInMethods,
} from '../../sync/coach-account';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { browserServer } from '../server-access';
import { useLive } from '../use-live';
import { CoachRecordsTables } from './CoachRecordsTables';
import { useCoachingMessages } from './messages';

/**
 * The coach's optional account on /reviews: signing in (password, or taking over a single sign-on
 * session the console started), and once signed in her records from all her devices. Without
 * it, the overview of this device below works as before.
 */
export function CoachAccountSection() {
  const t = useCoachingMessages().account;
  const db = useDevice().db.value;
  const account = useLive((database) => readCoachAccount(database), []);
  // Signed out everywhere: said with focus once the sign-in form has taken the button's place.
  const [endedEverywhere, setEndedEverywhere] = useState(false);
  const ended = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (endedEverywhere && account === null) ended.current?.focus();
  }, [endedEverywhere, account === null]);
  if (account === undefined || !db) return null;
  return (
    <section class="card" aria-labelledby="coach-account-heading">
      <h2 id="coach-account-heading">{t.heading}</h2>
      {account === null ? (
        <>
          {endedEverywhere && (
            <p class="notice-line" role="status" tabIndex={-1} ref={ended}>
              {t.signedOutEverywhere}
            </p>
          )}
          <SignInForm />
        </>
      ) : (
        <SignedIn account={account} endedEverywhere={() => setEndedEverywhere(true)} />
      )}
    </section>
  );
}

function SignInForm() {
  const t = useCoachingMessages().account;
  const db = useDevice().db.value;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CoachAccountProblem | null>(null);
  const [oidc, setOidc] = useState(false);
  // Records made while signed in that wait for her to sign in again (the session had ended).
  const waiting = useLive((database) => waitingCoachRecords(database), []);

  // Back from single sign-on (`?signin=ok`, or the reason it was refused): take the session over
  // at once, and take the answer out of the address so a reload does not repeat it.
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void signInMethods(browserServer().client).then((methods) => setOidc(methods.oidc));
    const answer = new URLSearchParams(location.search).get('signin');
    if (answer === null) return;
    history.replaceState(history.state, '', location.pathname);
    if (answer === 'ok') void adopt();
    else setRefused(true);
  }, []);

  const done = async (result: Awaited<ReturnType<typeof coachSignIn>>) => {
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setPassword('');
    if (db) await storeCoachAccount(db, result.value);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const server = browserServer();
    await done(await coachSignIn(server.client, username.trim(), password, server.isOnline));
  };
  const adopt = async () => {
    setBusy(true);
    setProblem(null);
    const server = browserServer();
    await done(await coachSessionInBrowser(server.client, server.isOnline));
  };

  return (
    <>
      <p>{t.intro}</p>
      {waiting !== undefined && waiting.length > 0 && (
        <p class="warning">{t.waitingSignIn(waiting.length)}</p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="coach-username"
          label={t.username}
          value={username}
          onValue={setUsername}
          autocomplete="username"
        />
        <TextField
          id="coach-password"
          label={t.password}
          type="password"
          value={password}
          onValue={setPassword}
          autocomplete="current-password"
          error={problem ? t.problems[problem] : null}
        />
        <button type="submit" class="button button-primary" disabled={busy || !username.trim() || !password}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
      {oidc && (
        <>
          <p>
            <a href="/api/account/oidc/start?return=/reviews">{t.signInOrganisation}</a>
          </p>
          <p class="hint-line">{t.organisationHint}</p>
          {refused && <p class="warning">{t.organisationRefused}</p>}
          <button type="button" class="button" disabled={busy} onClick={() => void adopt()}>
            {t.adopt}
          </button>
        </>
      )}
    </>
  );
}

function SignedIn({ account, endedEverywhere }: { account: CoachAccount; endedEverywhere(): void }) {
  const t = useCoachingMessages();
  const db = useDevice().db.value;
  const [records, setRecords] = useState<CoachRecord[] | null>(null);
  const [waiting, setWaiting] = useState<WaitingState>({ waiting: 0, problem: null });
  const [problem, setProblem] = useState<CoachAccountProblem | null>(null);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [everywhereProblem, setEverywhereProblem] = useState<CoachAccountProblem | null>(null);

  useEffect(() => {
    if (!db) return;
    const load = () =>
      void coachRecordsEverywhere(db, browserServer()).then((answer) => {
        setLoading(false);
        setWaiting(answer.waiting);
        setProblem(answer.problem);
        if (answer.records) setRecords(answer.records);
      });
    load();
    // What waited offline goes as soon as the device is back online.
    window.addEventListener('online', load);
    return () => window.removeEventListener('online', load);
  }, [db, account.name]);

  const leave = async () => {
    if (!db) return;
    await forgetCoachAccount(db);
    void coachSignOut(browserServer().client, account);
  };
  const leaveEverywhere = async () => {
    if (!db || busy) return;
    setBusy(true);
    setEverywhereProblem(null);
    const result = await signOutCoachEverywhere(db, browserServer());
    setBusy(false);
    if (result.ok) endedEverywhere();
    else setEverywhereProblem(result.problem);
  };

  return (
    <>
      <p>{t.account.signedIn(account.name)}</p>
      <div role="status">
        {loading && <p class="hint-line">{t.overview.loading}</p>}
        {waiting.waiting > 0 && (
          <p class="warning">
            {waiting.problem === 'signed-out'
              ? t.account.waitingSignIn(waiting.waiting)
              : t.account.waiting(waiting.waiting)}
          </p>
        )}
        {problem && <p class="warning">{t.account.problems[problem]}</p>}
      </div>
      <h3>{t.overview.heading}</h3>
      <p>{t.overview.intro}</p>
      {records && <CoachRecordsTables records={records} />}
      <button
        type="button"
        class="button"
        onClick={() => void leave()}
        aria-describedby="coach-sign-out-hint"
      >
        {t.account.signOut}
      </button>
      <p id="coach-sign-out-hint" class="hint-line">
        {t.account.signOutHint}
      </p>
      <button
        type="button"
        class="button"
        disabled={busy}
        onClick={() => void leaveEverywhere()}
        aria-describedby="coach-sign-out-everywhere-hint"
      >
        {t.account.signOutEverywhere}
      </button>
      <p id="coach-sign-out-everywhere-hint" class="hint-line">
        {t.account.signOutEverywhereHint}
      </p>
      {everywhereProblem && (
        <p class="warning" role="alert">
          {everywhereProblem === 'signed-out'
            ? t.account.problems['signed-out']
            : t.account.signOutEverywhereFailed}
        </p>
      )}
    </>
  );
}
