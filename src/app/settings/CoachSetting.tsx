import { useMessages } from '../i18n/locale';

/** For coaches: where their reviews are, and where to open one from a code or a file. */
export function CoachSetting() {
  const t = useMessages();
  return (
    <section class="card setting" aria-labelledby="coach-heading">
      <h2 id="coach-heading">{t.review.coachTitle}</h2>
      <p>
        <a href="/reviews">{t.review.coachLink}</a>
      </p>
      <p>
        <a href="/review">{t.review.openHeading}</a>
      </p>
    </section>
  );
}
