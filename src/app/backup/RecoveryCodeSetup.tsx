import { useState } from 'preact/hooks';
import type { BuurtgesprekDatabase } from '../../db/database';
import { setUpServerBackup } from '../../flows/back-up';
import { useMessages } from '../i18n/locale';

/**
 * Setting up server backups: the recovery code is made here and shown once, to write down, print
 * or copy. It is never shown again (the device keeps it only sealed); a lost code means making a
 * new one, which starts a new backup.
 */
export function RecoveryCodeSetup({
  db,
  dataKey,
  hasCode,
}: {
  db: BuurtgesprekDatabase;
  dataKey: CryptoKey;
  hasCode: boolean;
}) {
  const text = useMessages().backup;
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  if (code) {
    return (
      <section class="card recovery-code" aria-labelledby="recovery-code-heading">
        <h3 id="recovery-code-heading">{text.codeHeading}</h3>
        <p>{text.codeExplain}</p>
        <p class="recovery-code-value" data-testid="recovery-code">
          <strong>{code}</strong>
        </p>
        <p class="warning">{text.codeOnce}</p>
        <div class="actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {text.codePrint}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => void navigator.clipboard?.writeText(code).then(() => setCopied(true))}
          >
            {copied ? text.codeCopied : text.codeCopy}
          </button>
          <button type="button" class="button button-primary" onClick={() => setCode(null)}>
            {text.codeKept}
          </button>
        </div>
      </section>
    );
  }
  return (
    <>
      <p>{hasCode ? text.codeIsSet : text.codeNeeded}</p>
      <button type="button" class="button" onClick={() => void setUpServerBackup(db, dataKey).then(setCode)}>
        {hasCode ? text.codeNew : text.codeMake}
      </button>
    </>
  );
}
