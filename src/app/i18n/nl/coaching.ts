/**
 * Texts of coaching over time (issue 16): the interviewer's pseudonym and own trend, the coach's
 * account and her overview across devices. Apart from the first download: only the screens that
 * show them import this (the settings screen, the review screens).
 */
export const nlCoaching = {
  pseudonym: {
    heading: 'Coaching',
    label: 'Uw naam voor de coach (pseudoniem)',
    hint: 'Zo heet u voor de coach: zo kan zij uw gesprekstechniek over de tijd volgen. Gebruik geen volledige naam, bijvoorbeeld alleen een voornaam of een bijnaam. Leeg laten mag.',
    saved: 'Opgeslagen.',
    inCopy: (name: string) => `De coach ziet u als: ${name}`,
    noneInCopy: 'De coach ziet geen naam van u.',
    trendLink: 'Mijn ontwikkeling: feedback per kwartaal',
    change: 'Pseudoniem kiezen of wijzigen bij Instellingen',
  },
  /** What a coach who opens a review needs to know before anything is asked of her. */
  landing: {
    heading: 'U opent een gesprek om te reviewen',
    steps: [
      'Een interviewer deelt de notities van een gesprek met u, zonder namen en versleuteld: als link, als code die zij voorleest, of als bestand met een wachtwoord. Alleen u kunt ze lezen.',
      'Eerst kiest u een wachtwoordzin voor dit apparaat: daarmee blijft de review hier beschermd.',
      'Dan opent u de review. Een link doet dat vanzelf; een code typt u bij Review openen; een bestand kiest u daar, met het wachtwoord dat u apart kreeg.',
      'U leest het gesprek en vult uw feedback in: bij een notitie, op de gesprekstechniek en een tip.',
      'De feedback gaat terug zoals de review kwam: bij een link of code via de server (die hem niet kan lezen), bij een bestand als bestand met hetzelfde wachtwoord.',
    ],
  },
  shown: (name: string) => `Interviewer: ${name}`,
  trend: {
    title: 'Mijn ontwikkeling',
    intro:
      'Per punt van gesprekstechniek: kreeg u dit kwartaal vaker "ja" van de coach dan het vorige kwartaal? Gemaakt van de feedback op dit apparaat; het gaat nergens heen.',
    caption: (current: string, previous: string) =>
      `Feedback van de coach: ${current} vergeleken met ${previous}`,
    item: 'Punt',
    thisQuarter: 'Dit kwartaal',
    lastQuarter: 'Vorig kwartaal',
    yesOf: (yes: number, answered: number) => (answered === 0 ? '–' : `${yes} van ${answered} ja`),
    words: {
      'more-often': 'vaker ja dan vorig kwartaal',
      'as-often': 'even vaak ja als vorig kwartaal',
      'less-often': 'minder vaak ja dan vorig kwartaal',
      'too-few': 'nog te weinig reviews',
    },
    sentence: (item: string, word: string) => `${item}: ${word}`,
    none: 'U heeft nog geen feedback van een coach ontvangen.',
    quarter: (year: number, quarter: number) => `K${quarter} ${year}`,
  },
  account: {
    heading: 'Uw overzicht op al uw apparaten',
    intro:
      'Met een coach-account ziet u uw reviews van al uw apparaten bij elkaar. Het is niet nodig: zonder account werkt alles zoals nu. Vastgelegd wordt alleen wanneer, het pseudoniem van de interviewer, of het een oefengesprek was en uw antwoorden op de gesprekstechniek; nooit notities, opmerkingen of iets over een bewoner.',
    username: 'Gebruikersnaam',
    password: 'Wachtwoord',
    signIn: 'Inloggen als coach',
    signingIn: 'Inloggen…',
    signInOrganisation: 'Inloggen via uw organisatie',
    organisationHint: 'U komt daarna hier terug en bent dan ingelogd als coach.',
    organisationRefused:
      'Inloggen via uw organisatie lukte niet. Probeer het opnieuw, of vraag de beheerder of uw account de rol coach heeft.',
    adopt: 'Ik ben al ingelogd via mijn organisatie',
    signedIn: (name: string) => `Ingelogd als coach: ${name}.`,
    signOut: 'Uitloggen als coach',
    signOutHint: 'Reviews die nog niet zijn vastgelegd, worden dan niet meer vastgelegd.',
    signOutEverywhere: 'Overal uitloggen',
    signOutEverywhereHint:
      'Stopt al uw sessies, ook op andere apparaten en in beheer. Doe dit als u een apparaat kwijt bent. Reviews die hier nog wachten, gaan mee zodra u hier weer inlogt.',
    signedOutEverywhere: 'U bent overal uitgelogd, ook op dit apparaat.',
    signOutEverywhereFailed:
      'Overal uitloggen lukte niet, bijvoorbeeld omdat er geen verbinding is. U bent nog ingelogd. Probeer het later opnieuw.',
    waiting: (n: number) =>
      n === 1
        ? '1 review wacht om te worden vastgelegd. Dat gebeurt zodra u online bent.'
        : `${n} reviews wachten om te worden vastgelegd. Dat gebeurt zodra u online bent.`,
    waitingSignIn: (n: number) =>
      n === 1
        ? '1 review wacht om te worden vastgelegd. Log opnieuw in om dat te doen.'
        : `${n} reviews wachten om te worden vastgelegd. Log opnieuw in om dat te doen.`,
    problems: {
      'wrong-credentials': 'Gebruikersnaam of wachtwoord klopt niet.',
      'not-coach': 'Dit account is geen coach-account. Vraag de beheerder om de rol coach.',
      'signed-out': 'U bent uitgelogd (te lang niet gebruikt). Log opnieuw in.',
      forbidden: 'Dit account mag dit niet.',
      busy: 'Te veel pogingen kort na elkaar. Probeer het over een minuut opnieuw.',
      offline: 'Geen internet. Het overzicht van al uw apparaten komt als u online bent.',
      'server-unreachable': 'De server is niet bereikbaar. Probeer het later opnieuw.',
      'server-error': 'De server gaf een fout. Probeer het later opnieuw.',
      'no-session': 'Er is nog geen inlog via uw organisatie gevonden.',
    },
  },
  recorded: {
    recorded: 'Vastgelegd in uw overzicht als coach.',
    waiting: 'Nog niet vastgelegd in uw overzicht: dat gebeurt zodra u online bent.',
    signInAgain: 'Nog niet vastgelegd in uw overzicht: log opnieuw in als coach (Mijn reviews).',
  },
  overview: {
    heading: 'Per interviewer, per kwartaal',
    intro:
      'Uw antwoorden op de gesprekstechniek, per pseudoniem dat de interviewer koos. Uit alle reviews die u met dit account verstuurde.',
    caption: (name: string) => `Gesprekstechniek van ${name}`,
    noPseudonym: 'zonder pseudoniem',
    item: 'Punt',
    /** One line each, so the quarters' columns stay narrow on a phone. */
    cell: (yes: number, partly: number, no: number) => [`ja ${yes},`, `deels ${partly},`, `nee ${no}`],
    reviews: 'Reviews',
    practice: (n: number) => (n === 1 ? '1 oefengesprek' : `${n} oefengesprekken`),
    empty: 'Met dit account zijn nog geen reviews vastgelegd.',
    loading: 'Overzicht ophalen…',
    localHeading: 'Op dit apparaat',
  },
};

export type CoachingMessages = typeof nlCoaching;
