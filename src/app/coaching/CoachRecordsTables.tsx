import { coachOverview } from '../../domain/coaching/coach-overview';
import { TECHNIQUE_CHECKLIST } from '../../domain/packages/checklist';
import type { CoachRecord } from '../../domain/wire/coach-reviews';
import { todayIso } from '../format';
import { language, useMessages } from '../i18n/locale';
import { useCoachingMessages } from './messages';

/**
 * The coach's records from all her devices: one table per interviewer pseudonym, a column per
 * quarter, a row per point of technique. Each table scrolls in its own region at phone width.
 */
export function CoachRecordsTables({ records }: { records: readonly CoachRecord[] }) {
  const t = useCoachingMessages().overview;
  const reviewText = useMessages().review;
  const trendText = useCoachingMessages().trend;
  // Quarters as the coach's own calendar has them: the day she sent it, on this device's clock.
  const overview = coachOverview(
    records.map((record) => ({ ...record, date: todayIso(new Date(record.reviewedAt)) })),
    language.value,
  );
  if (overview.length === 0) return <p>{t.empty}</p>;
  return (
    <>
      {overview.map(({ pseudonym, quarters }, index) => {
        const captionId = `coach-records-${index}`;
        return (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: wider than a phone, the table scrolls by itself, not the page; a scrollable region must take focus so the keyboard can scroll it (WCAG 2.1.1).
          <section key={pseudonym ?? ''} class="table-scroll" aria-labelledby={captionId} tabIndex={0}>
            <table class="circle-table narrow">
              <caption id={captionId}>{t.caption(pseudonym ?? t.noPseudonym)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  {quarters.map(({ period }) => (
                    <th scope="col" key={`${period.year}-${period.quarter}`}>
                      {trendText.quarter(period.year, period.quarter)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t.reviews}</th>
                  {quarters.map((column) => (
                    <td key={`${column.period.year}-${column.period.quarter}`}>
                      {column.reviews}
                      {column.practice > 0 && ` (${t.practice(column.practice)})`}
                    </td>
                  ))}
                </tr>
                {TECHNIQUE_CHECKLIST.map((item) => (
                  <tr key={item}>
                    <th scope="row">{reviewText.checklist[item]}</th>
                    {quarters.map((column) => {
                      const counts = column.items[item];
                      return (
                        <td key={`${column.period.year}-${column.period.quarter}`}>
                          {t.cell(counts.yes, counts.partly, counts.no).map((line, at) => (
                            <span key={line}>
                              {at > 0 && <br />}
                              {line}
                            </span>
                          ))}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
