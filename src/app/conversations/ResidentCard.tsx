import { readResidentCardFacts } from '../../db/resident-page';
import { circleDay } from '../../domain/values-circle/circle-day';
import { isUpcoming } from '../../domain/wire/next-circle';
import { QrCode } from '../components/QrCode';
import { formatMoment, todayIso } from '../format';
import { language, useMessages } from '../i18n/locale';
import { useLive } from '../use-live';

/**
 * The card itself: the way back for the resident, and nothing about them. What it shows was
 * fetched with the last sync (src/sync/resident-page.ts), so it works offline; when the device
 * does not know an address it says why in plain words instead of showing an empty code.
 */
export function ResidentCard() {
  const t = useMessages().residentCard;
  // Live: a sync finishing while the card is open brings the address onto it.
  const facts = useLive(readResidentCardFacts, []);

  if (facts === undefined) return <h2 id="resident-card-title">{t.title}</h2>;
  const date =
    facts.kind === 'known' && facts.nextCircle !== null && isUpcoming(facts.nextCircle, todayIso())
      ? facts.nextCircle
      : null;
  const url =
    facts.kind === 'known' && facts.path !== null ? new URL(facts.path, location.origin).href : null;
  return (
    <div class="resident-card-body">
      <h2 id="resident-card-title">{t.title}</h2>
      {facts.kind === 'not-enrolled' && <p class="resident-card-problem">{t.notEnrolled}</p>}
      {facts.kind === 'not-fetched' && <p class="resident-card-problem">{t.notFetched}</p>}
      {facts.kind === 'known' && url === null && <p class="resident-card-problem">{t.notPublished}</p>}
      {url !== null && facts.kind === 'known' && (
        <>
          <p>{t.lead(facts.areaName)}</p>
          <QrCode text={url} label={t.qrLabel(url)} />
          <p>
            {t.scan} <span class="resident-card-address">{url}</span>
          </p>
        </>
      )}
      {facts.kind === 'known' && (
        <p class="resident-card-date">
          {date === null ? t.nextUnknown : t.nextCircle(circleDay(date, language.value))}
        </p>
      )}
      {facts.kind === 'known' && (
        <p class="resident-card-as-of">{t.asOf(formatMoment(facts.fetchedAt, language.value))}</p>
      )}
    </div>
  );
}
