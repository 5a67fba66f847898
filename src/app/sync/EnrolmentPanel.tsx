import { useState } from 'preact/hooks';
import { readEnrolment } from '../../db/enrolment';
import { enrolmentCodeFromScan } from '../../domain/wire/enrolment';
import { enrolDevice } from '../../flows/enrol';
import type { EnrolProblem } from '../../sync/enrol';
import { TextField } from '../components/TextField';
import { useDevice } from '../device';
import { formatMoment } from '../format';
import { language, useMessages } from '../i18n/locale';
import { browserServer } from '../server-access';
import { syncNow } from '../sync-session';
import { useLive } from '../use-live';
import { QrScanner } from './QrScanner';

/**
 * Enrolling this device in an area with the one-time code an administrator handed out. A barcode
 * scanner that types the code and presses Enter works the same as typing it.
 */
export function EnrolmentPanel() {
  const t = useMessages();
  const db = useDevice().db.value;
  const enrolment = useLive(readEnrolment, []);
  // A link from the console's QR code, opened by the phone's own camera app, brings the code along.
  const [code, setCode] = useState(() => enrolmentCodeFromScan(location.search) ?? '');
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EnrolProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [again, setAgain] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    void enrolWith(code);
  };

  // Scanning fills in the code and enrols, exactly as typing it and pressing the button would.
  const scanned = (scannedCode: string) => {
    setScanning(false);
    setCode(scannedCode);
    void enrolWith(scannedCode);
  };

  const enrolWith = async (typed: string) => {
    if (!db || busy) return;
    setBusy(true);
    setProblem(null);
    setDone(null);
    const result = await enrolDevice(db, browserServer(), typed);
    if (result.ok) {
      setCode('');
      setAgain(false);
      setDone(t.sync.enrolled(result.area.name));
      // Summaries that waited for an enrolment can go now.
      void syncNow(true);
    } else {
      setProblem(result.problem);
    }
    setBusy(false);
  };

  const showForm = enrolment === null || again;
  return (
    <section class="card" aria-labelledby="device-heading">
      <h2 id="device-heading">{t.sync.deviceHeading}</h2>
      <div role="status">{done && <p class="sharing-line">{done}</p>}</div>
      {enrolment ? (
        <>
          <p>
            <strong>{t.sync.enrolledIn(enrolment.area.name)}</strong>
          </p>
          <p class="hint-line">{t.sync.enrolledSince(formatMoment(enrolment.enrolledAt, language.value))}</p>
        </>
      ) : (
        enrolment === null && <p>{t.sync.notEnrolled}</p>
      )}
      {showForm ? (
        <form onSubmit={submit} noValidate>
          <TextField
            id="enrolment-code"
            label={t.sync.codeLabel}
            hint={t.sync.codeHint}
            value={code}
            onValue={setCode}
            autocomplete="off"
            code
            error={problem ? t.sync.enrolProblems[problem] : null}
          />
          <div class="actions">
            <button type="submit" class="button button-primary" disabled={busy}>
              {busy ? t.sync.enrolling : t.sync.enrol}
            </button>
            {!scanning && (
              <button type="button" class="button" onClick={() => setScanning(true)} disabled={busy}>
                {t.sync.scan}
              </button>
            )}
            {again && (
              <button type="button" class="button" onClick={() => setAgain(false)}>
                {t.sync.cancel}
              </button>
            )}
          </div>
          {scanning && <QrScanner onCode={scanned} stop={() => setScanning(false)} />}
        </form>
      ) : (
        <button type="button" class="link-button" onClick={() => setAgain(true)}>
          {t.sync.enrolAgain}
        </button>
      )}
    </section>
  );
}
