import type { ConversationProfile } from '../../domain/conversation';
import type { Language } from './locale';

/**
 * The made-up residents an interviewer can practise with: short stories, the project's own words,
 * in both languages. Nobody in them is a real person. Loaded only with the practice screen and a
 * practice conversation, so they cost the first visit nothing.
 */
export interface PracticeScenario {
  /** Stable: a practice conversation keeps it, and a coach's app finds the story by it. */
  id: string;
  /** The built-in guide the conversation follows. */
  guideId: string;
  residentProfile: ConversationProfile;
  title: string;
  /** One line, to choose by. */
  summary: string;
  /** What the made-up resident lives with and would tell, if asked well. */
  story: string[];
  /** What to practise in this conversation. */
  lookFor: string[];
}

const nl: PracticeScenario[] = [
  {
    id: 'jonge-moeder',
    guideId: 'alleenstaande-ouder',
    residentProfile: 'alleenstaande-ouder',
    title: 'Een jonge moeder met een peuter',
    summary: 'Negentien jaar, alleen met haar zoontje van twee, veel hulpverleners om zich heen.',
    story: [
      'Ze is negentien en woont sinds een jaar met haar zoontje van twee in een kleine flat. De vader is uit beeld. Haar moeder woont aan de andere kant van de stad en past soms op.',
      'Ze heeft een jeugdhulpverlener, een schuldhulpmaatje en contact met het consultatiebureau. Ze vertelt haar verhaal steeds opnieuw, aan steeds iemand anders. “Iedereen heeft een mening over hoe ik moeder ben.”',
      'Wat wel goed gaat: de buurvrouw met wie ze samen naar de speeltuin gaat, en een medewerker van het buurthuis die haar vroeg mee te helpen bij een kookavond. Daar voelde ze zich voor het eerst geen “geval”.',
      'Ze droomt van een opleiding tot doktersassistent, maar weet niet hoe ze dat moet regelen met de opvang.',
    ],
    lookFor: [
      'Stel open vragen over wat zij zelf belangrijk vindt, niet over wat ze “moet”.',
      'Geef geen advies over opvoeden of geld, ook als het op uw lippen ligt.',
      'Let op gelijkwaardigheid en betrokkenheid: waar ervaart ze die, en waar mist ze die?',
      'Schrijf geen namen op, ook niet van haar zoontje of de buurvrouw.',
    ],
  },
  {
    id: 'mantelzorger',
    guideId: 'mantelzorger',
    residentProfile: 'mantelzorger',
    title: 'Een mantelzorger voor zijn vrouw',
    summary: 'Achtenvijftig jaar, zorgt al vier jaar voor zijn vrouw, werkt nog drie dagen.',
    story: [
      'Hij is achtenvijftig en zorgt al vier jaar voor zijn vrouw, die na een hersenbloeding veel hulp nodig heeft. Hij werkt nog drie dagen per week in een magazijn.',
      'Thuiszorg komt ’s ochtends, de rest doet hij. Hij noemt zichzelf geen mantelzorger: “Ik ben gewoon haar man.” Hij vraagt niet graag om hulp en is moe.',
      'Een aanvraag voor dagbesteding duurde maanden. Aan de telefoon moest hij zijn verhaal drie keer doen. Toen een consulent bij hen thuis kwam en eerst vroeg hoe het met hém ging, moest hij even slikken.',
      'Een buurman doet sinds kort de boodschappen mee. Hij zou graag weer eens een middag gaan vissen, zonder zorgen.',
    ],
    lookFor: [
      'Vraag naar hem zelf, niet alleen naar de zorg voor zijn vrouw.',
      'Laat stiltes bestaan; vul ze niet met oplossingen.',
      'Let op compassie en solidariteit, ervaren en gemist.',
      'Markeer een zin in zijn eigen woorden als citaat.',
    ],
  },
  {
    id: 'jongere-na-schuldhulp',
    guideId: 'jongere-schulden',
    residentProfile: 'jongere',
    title: 'Een jongere na schuldhulp',
    summary: 'Tweeëntwintig jaar, net uit een schuldhulptraject, wil zelf weer de regie.',
    story: [
      'Hij is tweeëntwintig. Op zijn achttiende liepen de schulden op: een telefoonabonnement, zorgpremie, boetes. Hij opende lange tijd geen post meer.',
      'Drie jaar zat hij in een schuldhulptraject. Hij kreeg leefgeld per week en moest voor alles toestemming vragen. “Het voelde alsof ik weer twaalf was.” Maar zijn budgetcoach nam hem serieus en legde alles uit.',
      'Nu is hij schuldenvrij en werkt hij in de bouw. Hij wil zijn eigen geld regelen, maar durft nog steeds geen enveloppen te openen.',
      'Hij zou andere jongeren willen helpen om eerder aan de bel te trekken.',
    ],
    lookFor: [
      'Vraag door op wat hielp, zodat hij het in zijn eigen woorden vertelt.',
      'Oordeel niet over hoe de schulden ontstonden.',
      'Let op autonomie en zelfbeschikking: wat mocht hij zelf beslissen, en wat niet?',
      'Schrijf geen bedragen of namen van schuldeisers op.',
    ],
  },
];

const en: PracticeScenario[] = [
  {
    id: 'jonge-moeder',
    guideId: 'alleenstaande-ouder',
    residentProfile: 'alleenstaande-ouder',
    title: 'A young mother with a toddler',
    summary: 'Nineteen, on her own with her son of two, many professionals around her.',
    story: [
      'She is nineteen and has lived for a year with her son of two in a small flat. The father is out of the picture. Her mother lives on the other side of town and sometimes babysits.',
      'She has a youth care worker, a debt buddy and contact with the child health clinic. She tells her story again and again, each time to someone else. “Everyone has an opinion about how I am as a mother.”',
      'What does go well: the neighbour she goes to the playground with, and a worker at the community centre who asked her to help with a cooking night. There, for the first time, she did not feel like “a case”.',
      'She dreams of training as a doctor’s assistant, but does not know how to fit that with childcare.',
    ],
    lookFor: [
      'Ask open questions about what she finds important, not about what she “should” do.',
      'Give no advice on parenting or money, even when it is on the tip of your tongue.',
      'Listen for equality and involvement: where does she experience them, and where does she miss them?',
      'Write no names, not of her son or the neighbour either.',
    ],
  },
  {
    id: 'mantelzorger',
    guideId: 'mantelzorger',
    residentProfile: 'mantelzorger',
    title: 'A carer for his wife',
    summary: 'Fifty-eight, has cared for his wife for four years, still works three days a week.',
    story: [
      'He is fifty-eight and has cared for his wife for four years, since a stroke left her needing a lot of help. He still works three days a week in a warehouse.',
      'Home care comes in the morning; he does the rest. He does not call himself a carer: “I am just her husband.” He does not like asking for help, and he is tired.',
      'An application for day care took months. On the phone he had to tell his story three times. When a consultant came to their home and first asked how he himself was doing, he had to swallow.',
      'A neighbour has recently started doing the shopping with him. He would love an afternoon of fishing again, without worries.',
    ],
    lookFor: [
      'Ask about him, not only about caring for his wife.',
      'Let silences be; do not fill them with solutions.',
      'Listen for compassion and solidarity, experienced and missing.',
      'Mark a sentence in his own words as a quote.',
    ],
  },
  {
    id: 'jongere-na-schuldhulp',
    guideId: 'jongere-schulden',
    residentProfile: 'jongere',
    title: 'A young person after debt counselling',
    summary: 'Twenty-two, just out of a debt programme, wants to be in charge again.',
    story: [
      'He is twenty-two. At eighteen his debts piled up: a phone contract, health insurance, fines. For a long time he stopped opening his post.',
      'For three years he was in a debt programme. He got a weekly allowance and had to ask permission for everything. “It felt like being twelve again.” But his budget coach took him seriously and explained everything.',
      'Now he is debt-free and works in construction. He wants to manage his own money, but still does not dare to open envelopes.',
      'He would like to help other young people ask for help sooner.',
    ],
    lookFor: [
      'Ask more about what helped, so he tells it in his own words.',
      'Do not judge how the debts came about.',
      'Listen for autonomy and self-determination: what could he decide himself, and what not?',
      'Write no amounts or names of creditors.',
    ],
  },
];

export function practiceScenarios(language: Language): readonly PracticeScenario[] {
  return language === 'en' ? en : nl;
}

export function practiceScenario(language: Language, id: string): PracticeScenario | undefined {
  return practiceScenarios(language).find((scenario) => scenario.id === id);
}
