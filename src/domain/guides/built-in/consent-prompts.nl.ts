import type { GuidePrompt } from '../guide';

/**
 * Asking consent for the anonymised summary and for quotes, in the same words in every guide that
 * addresses the resident formally: what a resident agrees to must not depend on the guide chosen.
 * The young person's guide asks it in its own, informal words.
 */
export const SUMMARY_CONSENT_PROMPT: GuidePrompt = {
  id: 'opening-samenvatting',
  question:
    'Na het gesprek maak ik een korte samenvatting zonder naam. Daarin staat waar we over praatten en wat u belangrijk vindt. Die gaat naar het team dat in deze buurt aan betere hulp werkt. Mag dat? En mag ik soms een zin van u letterlijk gebruiken, ook zonder naam? U mag nee zeggen. U mag later ook nog van gedachten veranderen.',
  probes: [
    'Zijn er onderwerpen waar u niet over wilt praten?',
    'Wilt u tussendoor stoppen of even pauzeren? Zeg het gerust.',
  ],
  hint: 'Leg elke keuze apart vast: samenvatting en letterlijke zinnen. Neem een nee aan zonder te vragen waarom.',
  values: ['zelfbeschikking', 'autonomie'],
};
