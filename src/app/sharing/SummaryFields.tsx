import { findTheme, themeLabel } from '../../domain/themes';
import { VALUE_IDS } from '../../domain/values';
import type { Summary } from '../../domain/wire/summary';
import { language, useMessages } from '../i18n/locale';
import { useCodebook } from '../use-codebook';

/** The summary's fields and value counts, in words: what the area team will count. */
export function SummaryFields({
  summary,
  areaName,
  guideTitle,
}: {
  summary: Summary;
  areaName: string | undefined;
  guideTitle: string | undefined;
}) {
  const t = useMessages();
  const previewText = t.sharing.preview;
  const codebook = useCodebook();
  // Theme names come from the codebook: until it is read, show nothing rather than bare ids.
  if (!codebook) return null;
  const themeName = (themeId: string) => {
    const theme = findTheme(codebook, themeId);
    return theme ? themeLabel(theme, language.value) : themeId;
  };
  const listOr = (ids: readonly string[]) => (ids.length ? ids.map(themeName).join(', ') : previewText.none);
  return (
    <section class="card" aria-labelledby="preview-fields">
      <h2 id="preview-fields">{t.sharing.heading}</h2>
      <dl class="preview-fields">
        <dt>{previewText.area}</dt>
        <dd>{areaName ?? summary.areaId}</dd>
        <dt>{previewText.period}</dt>
        <dd>{previewText.periodValue(summary.period.year, summary.period.quarter)}</dd>
        <dt>{previewText.guide}</dt>
        <dd>{previewText.guideValue(guideTitle ?? summary.guide.id, summary.guide.version)}</dd>
        <dt>{previewText.profile}</dt>
        <dd>{t.profiles[summary.residentProfile]}</dd>
        <dt>{previewText.themes}</dt>
        <dd>{listOr(summary.themeIds)}</dd>
        <dt>{previewText.obstacleThemes}</dt>
        <dd>{listOr(summary.obstacleThemeIds)}</dd>
      </dl>
      <table class="preview-values">
        <caption>{previewText.values}</caption>
        <thead>
          <tr>
            <th scope="col">{previewText.valueColumn}</th>
            <th scope="col">{previewText.experiencedColumn}</th>
            <th scope="col">{previewText.missingColumn}</th>
          </tr>
        </thead>
        <tbody>
          {VALUE_IDS.map((valueId) => (
            <tr key={valueId}>
              <th scope="row">{t.values[valueId].name}</th>
              <td>{summary.values[valueId].experienced}</td>
              <td>{summary.values[valueId].missing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
