import type { GuidePrompt } from '../guide';

/**
 * Asking consent for the anonymised summary and for quotes, in the same words in every guide that
 * addresses the resident formally: what a resident agrees to must not depend on the guide chosen.
 * The young person's guide asks it in its own, informal words.
 */
export const SUMMARY_CONSENT_PROMPT: GuidePrompt = {
  id: 'opening-samenvatting',
  question:
    'After our talk I make a short summary without your name. It says what we talked about and what matters to you. It goes to the team working on better help in this neighbourhood. Is that all right? And may I sometimes use a sentence of yours word for word, also without your name? You can say no. You can also change your mind later.',
  probes: [
    'Are there things you do not want to talk about?',
    'Would you like to stop or take a break at some point? Just say so.',
  ],
  hint: 'Record each choice on its own: summary and word-for-word sentences. Accept a no without asking why.',
  values: ['zelfbeschikking', 'autonomie'],
};
