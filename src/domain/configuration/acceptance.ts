import { findTheme, themeAcceptedIn } from '../themes';
import type { Summary } from '../wire/summary';
import type { FieldError } from '../wire/validation';
import type { AreaConfiguration } from './merge';

/**
 * What a summary names that its area's configuration does not know: a guide version that was never
 * published there, a theme that is not in the codebook, or a theme retired before the summary's
 * period. Each problem names the field and the id (ids are made of a-z, 0-9 and hyphens, never
 * free text), so a refusal says exactly why and never repeats anything a resident said.
 */
export function unknownIdsIn(summary: Summary, configuration: AreaConfiguration): FieldError[] {
  const errors: FieldError[] = [];
  const { guide } = summary;
  const versions = configuration.guides.filter((known) => known.id === guide.id);
  if (versions.length === 0) {
    errors.push({
      path: 'guide/id',
      message: `names guide "${guide.id}", which is not published for this area`,
    });
  } else if (!versions.some((known) => known.version === guide.version)) {
    errors.push({
      path: 'guide/version',
      message: `names version ${guide.version} of guide "${guide.id}", which is not published for this area`,
    });
  }
  for (const field of ['themeIds', 'obstacleThemeIds'] as const) {
    summary[field].forEach((id, index) => {
      const theme = findTheme(configuration.codebook, id);
      if (theme === undefined) {
        errors.push({
          path: `${field}/${index}`,
          message: `names theme "${id}", which is not in this area's codebook`,
        });
      } else if (!themeAcceptedIn(theme, summary.period)) {
        errors.push({
          path: `${field}/${index}`,
          message: `names theme "${id}", which was retired before this summary's period`,
        });
      }
    });
  }
  return errors;
}
