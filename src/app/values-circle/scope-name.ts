import type { ScopeChoice } from '../../domain/wire/area-team';
import type { Messages } from '../i18n/nl';

/** How a scope is named on screen: an area by its name, a group as a stadsdeel, the organisation. */
export function scopeName(choice: ScopeChoice, circleText: Messages['valuesCircle']): string {
  if (choice.kind === 'organisation') return circleText.organisation;
  return choice.kind === 'group' ? circleText.groupOption(choice.name) : choice.name;
}
