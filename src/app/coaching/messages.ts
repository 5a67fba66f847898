import { enCoaching } from '../i18n/en/coaching';
import { language } from '../i18n/locale';
import { type CoachingMessages, nlCoaching } from '../i18n/nl/coaching';

/** Coaching's texts in the current language; both come with the screens that import this. */
export function useCoachingMessages(): CoachingMessages {
  return language.value === 'en' ? enCoaching : nlCoaching;
}
