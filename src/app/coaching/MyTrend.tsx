import { receivedFeedback } from '../../db/received-feedback';
import { checklistTrend } from '../../domain/coaching/checklist-trend';
import type { Period } from '../../domain/period';
import { todayIso } from '../format';
import { useMessages } from '../i18n/locale';
import { useLive } from '../use-live';
import { useCoachingMessages } from './messages';

/**
 * The interviewer's own trend: per point of technique, this quarter's share of "yes" against the
 * previous quarter's, in words first and then the counts they come from. From the feedback on this
 * device only.
 */
export function MyTrend({ dataKey }: { dataKey: CryptoKey }) {
  const t = useCoachingMessages().trend;
  const checklistNames = useMessages().review.checklist;
  const received = useLive((db) => receivedFeedback(db, dataKey), [dataKey]);
  if (!received) return null;
  const trend = checklistTrend(
    received.map(({ at, feedback }) => ({ date: todayIso(new Date(at)), checklist: feedback.checklist })),
    todayIso(),
  );
  const quarter = ({ year, quarter }: Period) => t.quarter(year, quarter);
  return (
    <>
      <p>{t.intro}</p>
      {received.length === 0 && <p>{t.none}</p>}
      <ul class="trend-words">
        {trend.items.map((item) => (
          <li key={item.item}>{t.sentence(checklistNames[item.item], t.words[item.word])}</li>
        ))}
      </ul>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: wider than a phone, the table scrolls by itself, not the page; a scrollable region must take focus so the keyboard can scroll it (WCAG 2.1.1). */}
      <section class="table-scroll" aria-labelledby="trend-caption" tabIndex={0}>
        <table class="circle-table narrow">
          <caption id="trend-caption">{t.caption(quarter(trend.current), quarter(trend.previous))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.item}</th>
              <th scope="col">
                {t.lastQuarter} ({quarter(trend.previous)})
              </th>
              <th scope="col">
                {t.thisQuarter} ({quarter(trend.current)})
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.items.map((item) => (
              <tr key={item.item}>
                <th scope="row">{checklistNames[item.item]}</th>
                <td>{t.yesOf(item.previous.yes, item.previous.answered)}</td>
                <td>{t.yesOf(item.current.yes, item.current.answered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
