import type { ValueId } from '../../domain/values';
import type { Language } from './locale';

/**
 * Guidance on the appreciative method, the project's own words, in both languages. Kept apart
 * from the message catalogue and loaded only when someone opens it, so it costs the first visit
 * nothing.
 */
export interface MethodGuidance {
  intro: string;
  phasesHeading: string;
  phases: { name: string; aim: string; questions: string[]; probes: string[] }[];
  questionsLabel: string;
  probesLabel: string;
  avoidHeading: string;
  avoid: { what: string; instead: string }[];
  tagHeading: string;
  tagIntro: string;
  experiencedLabel: string;
  missingLabel: string;
  /** Example sentences per value; the value's name comes from the message catalogue. */
  values: Record<ValueId, { experienced: string; missing: string }>;
}

const nl: MethodGuidance = {
  intro:
    'In een waarderend gesprek zoekt u samen met de bewoner naar wat werkt in zijn of haar leven, wat hij of zij hoopt en wat in de weg zit. U luistert, vraagt door en laat de eigen woorden van de bewoner staan. U controleert niets en u lost niets op.',
  phasesHeading: 'De vier fasen',
  questionsLabel: 'Voorbeelden van open vragen',
  probesLabel: 'Doorvragen',
  phases: [
    {
      name: 'Ontdekken',
      aim: 'Wat werkt er nu al? U zoekt naar momenten waarop het goed ging en wat daarbij hielp.',
      questions: [
        'Kunt u een moment vertellen waarop u zich echt geholpen voelde?',
        'Wat gaat er goed in uw week, ook als het klein is?',
      ],
      probes: ['Wat maakte dat het toen lukte?', 'Wie was daarbij belangrijk?', 'Hoe merkte u dat?'],
    },
    {
      name: 'Dromen',
      aim: 'Wat hoopt de bewoner? U nodigt uit om vooruit te kijken, zonder meteen aan grenzen te denken.',
      questions: [
        'Stel dat het over een jaar beter gaat: wat is er dan anders?',
        'Wat zou u willen dat de gemeente over u weet?',
      ],
      probes: ['Hoe zou dat eruitzien op een gewone dag?', 'Wat zou u dan zelf doen?'],
    },
    {
      name: 'Ontwerpen',
      aim: 'Wat zou helpen? U bedenkt samen wat er nodig is, vanuit wat al werkt.',
      questions: ['Wat zou een eerste stap kunnen zijn?', 'Wie of wat zou u daarbij kunnen helpen?'],
      probes: ['Wat heeft u daarvoor nodig?', 'Wat heeft eerder wel gewerkt?'],
    },
    {
      name: 'Doen',
      aim: 'Wat gebeurt er nu? U spreekt af wat u met het gesprek doet en wanneer de bewoner iets hoort.',
      questions: [
        'Wat wilt u dat er met dit gesprek gebeurt?',
        'Mogen wij u laten weten wat er met uw verhaal is gedaan?',
      ],
      probes: ['Wat vindt u belangrijk om mee te geven?'],
    },
  ],
  avoidHeading: 'Wat u beter niet doet',
  avoid: [
    {
      what: 'Advies geven ("U zou eens naar … moeten gaan").',
      instead: 'Vraag wat de bewoner zelf al heeft geprobeerd en wat hielp.',
    },
    {
      what: 'Oordelen, ook positief ("Dat is verstandig van u").',
      instead: 'Vat samen in de woorden van de bewoner en vraag of het klopt.',
    },
    {
      what: 'Over regels en beleid praten ("Daar heeft u geen recht op").',
      instead: 'Noteer het als drempel en ga terug naar de ervaring van de bewoner.',
    },
    {
      what: 'Gesloten of sturende vragen ("Dat was zeker moeilijk?").',
      instead: 'Vraag open: "Hoe was dat voor u?"',
    },
  ],
  tagHeading: 'Waarden taggen: ervaren of gemist',
  tagIntro:
    'Tag een waarde als ervaren wanneer de bewoner vertelt dat die waarde er was in zijn of haar leven, en als gemist wanneer die juist ontbrak. Tag wat de bewoner vertelt, niet wat u er zelf van vindt. Twijfelt u, vraag dan door.',
  experiencedLabel: 'Ervaren',
  missingLabel: 'Gemist',
  values: {
    autonomie: {
      experienced: '"Ik bepaal zelf hoe ik mijn dag indeel, de thuiszorg past zich aan mij aan."',
      missing: '"Ze besluiten alles over mijn hoofd heen, ik word niet eens gebeld."',
    },
    betrokkenheid: {
      experienced: '"Mijn consulent belde na een maand uit zichzelf om te vragen hoe het ging."',
      missing: '"Na het eerste gesprek heb ik nooit meer iemand gehoord."',
    },
    compassie: {
      experienced: '"Ze nam de tijd en zei: dit is ook echt zwaar voor u."',
      missing: '"Ik moest mijn verhaal vijf keer vertellen en niemand keek me aan."',
    },
    gelijkwaardigheid: {
      experienced: '"We zaten samen aan tafel en hij legde uit zonder moeilijke woorden."',
      missing: '"Aan de balie praten ze tegen me alsof ik een kind ben."',
    },
    solidariteit: {
      experienced: '"De buren doen om de beurt boodschappen voor mijn moeder."',
      missing: '"Iedereen heeft het druk, ik sta er alleen voor."',
    },
    zelfbeschikking: {
      experienced: '"Ik mocht zelf kiezen welke schuldhulp bij mij past."',
      missing: '"Het plan lag al klaar, ik moest alleen tekenen."',
    },
  },
};

const en: MethodGuidance = {
  intro:
    "In an appreciative conversation you look, together with the resident, for what works in their life, what they hope for and what gets in the way. You listen, ask further and let the resident's own words stand. You check nothing and you solve nothing.",
  phasesHeading: 'The four phases',
  questionsLabel: 'Examples of open questions',
  probesLabel: 'Asking further',
  phases: [
    {
      name: 'Discover',
      aim: 'What works already? You look for moments when things went well and what helped.',
      questions: [
        'Can you tell me about a moment when you really felt helped?',
        'What goes well in your week, even if it is small?',
      ],
      probes: ['What made it work then?', 'Who mattered in that?', 'How did you notice?'],
    },
    {
      name: 'Dream',
      aim: 'What does the resident hope for? You invite them to look ahead, without thinking of limits straight away.',
      questions: [
        'Suppose things are better a year from now: what is different?',
        'What would you like the municipality to know about you?',
      ],
      probes: ['What would that look like on an ordinary day?', 'What would you do yourself?'],
    },
    {
      name: 'Design',
      aim: 'What would help? Together you work out what is needed, starting from what already works.',
      questions: ['What could be a first step?', 'Who or what could help you with that?'],
      probes: ['What would you need for that?', 'What has worked before?'],
    },
    {
      name: 'Deliver',
      aim: 'What happens now? You agree what you will do with the conversation and when the resident hears back.',
      questions: [
        'What would you like to happen with this conversation?',
        'May we let you know what was done with your story?',
      ],
      probes: ['What is important for you to pass on?'],
    },
  ],
  avoidHeading: 'What to avoid',
  avoid: [
    {
      what: 'Giving advice ("You should go to …").',
      instead: 'Ask what the resident has tried already and what helped.',
    },
    {
      what: 'Judging, even kindly ("That is sensible of you").',
      instead: "Summarise in the resident's words and ask whether it is right.",
    },
    {
      what: 'Talking about rules and policy ("You are not entitled to that").',
      instead: "Note it as an obstacle and go back to the resident's experience.",
    },
    {
      what: 'Closed or leading questions ("That must have been hard?").',
      instead: 'Ask openly: "How was that for you?"',
    },
  ],
  tagHeading: 'Tagging values: experienced or missing',
  tagIntro:
    'Tag a value as experienced when the resident tells you it was there in their life, and as missing when it was lacking. Tag what the resident says, not what you think of it. When in doubt, ask further.',
  experiencedLabel: 'Experienced',
  missingLabel: 'Missing',
  values: {
    autonomie: {
      experienced: '"I decide how my day goes; the home care adapts to me."',
      missing: '"They decide everything over my head; nobody even calls me."',
    },
    betrokkenheid: {
      experienced: '"My case worker called after a month, on her own, to ask how I was."',
      missing: '"After the first meeting I never heard from anyone again."',
    },
    compassie: {
      experienced: '"She took her time and said: this really is hard for you."',
      missing: '"I had to tell my story five times and nobody looked at me."',
    },
    gelijkwaardigheid: {
      experienced: '"We sat at the same table and he explained without difficult words."',
      missing: '"At the desk they talk to me as if I were a child."',
    },
    solidariteit: {
      experienced: '"The neighbours take turns doing my mother\'s shopping."',
      missing: '"Everyone is busy; I am on my own."',
    },
    zelfbeschikking: {
      experienced: '"I could choose the debt counselling that suits me."',
      missing: '"The plan was ready; I only had to sign."',
    },
  },
};

export const METHOD_GUIDANCE: Record<Language, MethodGuidance> = { nl, en };
