import { useEffect, useState } from 'preact/hooks';
import type { AreaSession } from '../../db/values-circle';
import { sameOrigin } from '../../sync/api';
import { type AreaTeamProblem, readPublication, setPublication } from '../../sync/area-team';
import { online } from '../connection';
import { useMessages } from '../i18n/locale';
import { NextCircleField } from './NextCircleField';

/** The team's switch for the public "wat is er met uw inbreng gedaan" page of the year. */
export function PublicPageCard({ session, year }: { session: AreaSession; year: number }) {
  const t = useMessages();
  const text = t.publicPage;
  const [published, setPublished] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<AreaTeamProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const isOnline = () => navigator.onLine;

  useEffect(() => {
    if (!online.value) return;
    let current = true;
    void readPublication(sameOrigin(), session, year, isOnline).then((result) => {
      if (!current) return;
      if (result.ok) setPublished(result.value);
      else setProblem(result.problem);
    });
    return () => {
      current = false;
    };
  }, [session.token, year, online.value]);

  const path = `/inbreng/${encodeURIComponent(session.area.id)}/${year}`;
  const choose = async (next: boolean) => {
    setBusy(true);
    const result = await setPublication(sameOrigin(), session, year, next, isOnline);
    setBusy(false);
    setProblem(result.ok ? null : result.problem);
    if (result.ok) setPublished(result.value);
  };

  return (
    <section class="card" aria-labelledby="public-page">
      <h2 id="public-page">{text.heading}</h2>
      <p>{text.intro}</p>
      <p role="status">
        {published === null ? text.unknown : published ? text.isPublished : text.isNotPublished}
      </p>
      {published && (
        <>
          <p>
            <a href={path}>{text.open}</a>
          </p>
          <ul class="poster-links">
            <li>
              <a href={`${path}/poster`}>{t.poster.a4}</a>
            </li>
            <li>
              <a href={`${path}/poster?size=a3`}>{t.poster.a3}</a>
            </li>
          </ul>
        </>
      )}
      {problem && <p class="notice-line">{t.valuesCircle.problems[problem]}</p>}
      <button
        type="button"
        class="button"
        disabled={busy || published === null || !online.value}
        onClick={() => void choose(!published)}
      >
        {published ? text.unpublish : text.publish}
      </button>
      <NextCircleField session={session} year={year} />
    </section>
  );
}
