import { enGuideProposals } from '../i18n/en/guide-proposals';
import { language } from '../i18n/locale';
import { nlGuideProposals } from '../i18n/nl/guide-proposals';

/** The texts of a guide proposal in the current language; both arrive with the chunk that shows one. */
export function useProposalMessages(): typeof nlGuideProposals {
  return language.value === 'en' ? enGuideProposals : nlGuideProposals;
}
