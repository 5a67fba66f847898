import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type AreaTeamSession,
  choicesOf,
  forgetAreaTeam,
  storeAreaTeamSession,
} from '../../db/values-circle';
import { signOutAreaTeamEverywhere } from '../../flows/sign-out-everywhere';
import { sameOrigin } from '../../sync/api';
import { type AreaTeamProblem, signIn, signOut } from '../../sync/area-team';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { useMessages } from '../i18n/locale';
import { browserServer } from '../server-access';
import { scopeName } from './scope-name';

/** Signing in as an area team (username and password from the administrator), or out again. */
export function AreaTeamPanel({ session }: { session: AreaTeamSession | null }) {
  const t = useMessages();
  const circleText = t.valuesCircle;
  const db = useDevice().db.value;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AreaTeamProblem | null>(null);
  const [everywhereProblem, setEverywhereProblem] = useState<AreaTeamProblem | null>(null);
  // Signed out everywhere: said where the button was, with focus, once the form has replaced it.
  const [endedEverywhere, setEndedEverywhere] = useState(false);
  const ended = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (endedEverywhere && !session) ended.current?.focus();
  }, [endedEverywhere, session === null]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!db || busy) return;
    setBusy(true);
    setProblem(null);
    setEndedEverywhere(false);
    const result = await signIn(sameOrigin(), username.trim(), password, () => navigator.onLine);
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setPassword('');
    await storeAreaTeamSession(db, result.value);
  };
  // The widest scope the reader holds names the team: an area, a stadsdeel or the organisation.
  const widest = session ? choicesOf(session)[0] : undefined;
  const leave = async () => {
    if (!db || !session) return;
    await forgetAreaTeam(db);
    void signOut(sameOrigin(), session);
  };
  const leaveEverywhere = async () => {
    if (!db || busy) return;
    setBusy(true);
    setEverywhereProblem(null);
    const result = await signOutAreaTeamEverywhere(db, browserServer());
    setBusy(false);
    if (result.ok) setEndedEverywhere(true);
    else setEverywhereProblem(result.problem);
  };

  return (
    <section class="card" aria-labelledby="team-heading">
      <h2 id="team-heading">{circleText.teamHeading}</h2>
      {session ? (
        <>
          <p>{circleText.signedIn(session.username, widest ? scopeName(widest, circleText) : '')}</p>
          <button type="button" class="button" onClick={() => void leave()} aria-describedby="sign-out-hint">
            {circleText.signOut}
          </button>
          <p id="sign-out-hint" class="hint-line">
            {circleText.signOutHint}
          </p>
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => void leaveEverywhere()}
            aria-describedby="sign-out-everywhere-hint"
          >
            {circleText.signOutEverywhere}
          </button>
          <p id="sign-out-everywhere-hint" class="hint-line">
            {circleText.signOutEverywhereHint}
          </p>
          {everywhereProblem && (
            <p class="warning" role="alert">
              {everywhereProblem === 'signed-out'
                ? circleText.problems['signed-out']
                : circleText.signOutEverywhereFailed}
            </p>
          )}
        </>
      ) : (
        <>
          {endedEverywhere && (
            <p class="notice-line" role="status" tabIndex={-1} ref={ended}>
              {circleText.signedOutEverywhere}
            </p>
          )}
          <p>{circleText.notSignedIn}</p>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id="team-username"
              label={circleText.username}
              value={username}
              onValue={setUsername}
              autocomplete="username"
            />
            <TextField
              id="team-password"
              label={circleText.password}
              type="password"
              value={password}
              onValue={setPassword}
              autocomplete="current-password"
              error={problem ? circleText.problems[problem] : null}
            />
            <button
              type="submit"
              class="button button-primary"
              disabled={busy || !username.trim() || !password}
            >
              {busy ? circleText.signingIn : circleText.signIn}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
