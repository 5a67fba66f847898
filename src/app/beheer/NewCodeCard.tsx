import { useEffect, useRef } from 'preact/hooks';
import type { NewCodeResponse } from '../../domain/wire/beheer';
import { enrolmentLink } from '../../domain/wire/enrolment';
import { QrCode } from '../components/QrCode';
import { formatMoment } from '../format';
import { language } from '../i18n/locale';
import { useConsoleMessages } from './messages';

/**
 * The one time a code is shown: as text to read aloud or type, and as a QR code holding a link to
 * this app's enrolment screen with the code, which the app's scanner reads as the same code.
 */
export function NewCodeCard({
  made,
  areaName,
  done,
}: {
  made: NewCodeResponse;
  areaName: string;
  done: () => void;
}) {
  const t = useConsoleMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [made.id]);
  return (
    <section class="card new-code" aria-labelledby="new-code-heading">
      <h2 id="new-code-heading" tabIndex={-1} ref={heading}>
        {t.codes.newHeading}
      </h2>
      <p>{t.codes.showOnce}</p>
      <div class="new-code-body">
        <QrCode text={enrolmentLink(location.origin, made.code)} label={t.codes.qrLabel(made.code)} />
        <div>
          <p class="new-code-text" data-testid="new-code">
            {made.code}
          </p>
          <p>{t.codes.forArea(areaName)}</p>
          {made.label && <p>{made.label}</p>}
          <p>{t.codes.validUntil(formatMoment(Date.parse(made.expiresAt), language.value))}</p>
        </div>
      </div>
      <button type="button" class="button" onClick={done}>
        {t.codes.done}
      </button>
    </section>
  );
}
