/**
 * The Dutch message catalogue: the default language, and the shape every other language must
 * match (see en.ts). Plain language, B1 level: short sentences, everyday words, "u".
 */
import type { nlScreens } from './nl/screens';

export const nl = {
  app: {
    name: 'Buurtgesprek',
    skipToContent: 'Naar de inhoud',
    loading: 'Buurtgesprek wordt geladen…',
  },
  nav: {
    label: 'Hoofdmenu',
    conversations: 'Gesprekken',
    guides: 'Leidraden',
    valuesCircle: 'Waardenkring',
    sync: 'Synchronisatie',
    settings: 'Instellingen',
  },
  /** Menu labels with soft hyphens (U+00AD): where a 360 px phone must break them, Dutch rules decide where. */
  navBreakable: {
    conversations: 'Gesprek\u00ADken',
    guides: 'Leid\u00ADraden',
    valuesCircle: 'Waarden\u00ADkring',
    sync: 'Synchro\u00ADnisatie',
    settings: 'Instel\u00ADlingen',
  },
  connection: {
    offline: 'Geen internet. Alles wat u doet, wordt op dit apparaat bewaard.',
    offlineShort: 'Offline',
  },
  update: {
    available: 'Nieuwe versie beschikbaar',
    reload: 'herladen',
    offlineReady: 'Buurtgesprek werkt nu ook zonder internet.',
    dismiss: 'Sluiten',
  },
  saving: {
    quota:
      'Opslaan lukt niet: dit apparaat is vol. Wat u typte, staat nog op het scherm. Maak ruimte vrij; Buurtgesprek probeert het steeds opnieuw.',
    unavailable:
      'Deze browser laat Buurtgesprek niets opslaan, bijvoorbeeld in een privévenster. Wat u typt, blijft alleen bewaard zolang dit tabblad open is. Open Buurtgesprek in een gewoon venster of installeer de app.',
    blocked:
      'Een ander tabblad met Buurtgesprek houdt de opslag vast. Sluit de andere tabbladen. Wat u typte, wordt daarna opgeslagen.',
    newerVersion:
      'Op dit apparaat is al een nieuwere versie van Buurtgesprek gebruikt. Herlaad de pagina om verder te werken.',
    unknown:
      'Opslaan is niet gelukt. Wat u typte, staat nog in het geheugen. Buurtgesprek probeert het opnieuw.',
    unsaved: (count: number) =>
      count === 1 ? '1 wijziging nog niet opgeslagen.' : `${count} wijzigingen nog niet opgeslagen.`,
    retry: 'Opnieuw proberen',
  },
  lock: {
    coachSetUpHeading: 'Kies uw wachtwoordzin als coach',
    coachSetUpIntro:
      'Het gesprek dat u reviewt, wordt versleuteld op dit apparaat bewaard, net als uw feedback. Met deze wachtwoordzin opent u ze later weer.',
    coachForgetWarning:
      'Vergeet u de wachtwoordzin, dan zijn de reviews op dit apparaat weg. De interviewer kan het gesprek opnieuw met u delen.',
    setUpHeading: 'Kies een wachtwoordzin',
    setUpIntro:
      'Notities van gesprekken worden versleuteld op dit apparaat bewaard. Alleen met uw wachtwoordzin zijn ze te lezen. Zo blijven bewoners beschermd als u dit apparaat kwijtraakt.',
    forgetWarning:
      'Let op: vergeet u de wachtwoordzin, dan zijn de notities op dit apparaat voorgoed weg. Niemand kan ze terughalen, ook de gemeente niet.',
    passphrase: 'Wachtwoordzin',
    passphraseHint: (min: number) =>
      `Minstens ${min} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.`,
    repeat: 'Herhaal de wachtwoordzin',
    setUp: 'Wachtwoordzin instellen',
    settingUp: 'Bezig met instellen…',
    unlockHeading: 'Notities ontgrendelen',
    unlockIntro: 'Vul uw wachtwoordzin in om de gesprekken op dit apparaat te openen.',
    unlock: 'Ontgrendelen',
    unlocking: 'Bezig met ontgrendelen…',
    wrong: 'Deze wachtwoordzin klopt niet. Probeer het opnieuw.',
    tooShort: (min: number) => `De wachtwoordzin is te kort: gebruik minstens ${min} tekens.`,
    mismatch: 'De twee wachtwoordzinnen zijn niet gelijk.',
    sameAsOld: 'De nieuwe wachtwoordzin is gelijk aan de oude.',
    tooGuessable:
      'Deze wachtwoordzin is te makkelijk te raden. Wie dit apparaat vindt, kan dan bij de notities.',
    chooseUnrelatedWords: 'Kies vier of vijf woorden die niet bij elkaar horen en die u kunt onthouden.',
    guessableBecause: {
      keyboard: 'Toetsen naast elkaar op het toetsenbord zijn makkelijk te raden.',
      repeat: 'Herhalingen zoals "aaa" of "abcabc" zijn makkelijk te raden.',
      sequence: 'Reeksen zoals "abc" of "6543" zijn makkelijk te raden.',
      dates: 'Jaartallen en datums zijn makkelijk te raden.',
      common: 'Dit lijkt op een wachtwoord dat veel mensen gebruiken.',
      oneWord: 'Eén woord alleen is makkelijk te raden.',
      names: 'Namen zijn makkelijk te raden.',
      aboutApp: 'Woorden over deze app of uw gebied zijn makkelijk te raden.',
    },
    lockNow: 'Vergrendelen',
    locked: 'De notities zijn vergrendeld.',
    storageMissing: 'Zonder opslag op dit apparaat kunnen geen notities bewaard worden.',
    withAuthenticator: 'Ontgrendelen met vingerafdruk of sleutel',
    authenticatorWaiting: 'Volg de stappen op uw apparaat…',
    authenticatorFailed: 'Ontgrendelen met vingerafdruk of sleutel lukte niet. Vul uw wachtwoordzin in.',
  },
  conversations: {
    feedbackBadge: 'Nieuwe feedback',
    title: 'Gesprekken',
    intro:
      'Hier voert u gesprekken met bewoners, ook zonder internet. Notities blijven versleuteld op dit apparaat.',
    new: 'Nieuw gesprek',
    practice: 'Oefengesprek starten',
    practiceBadge: 'Oefengesprek',
    empty: 'Nog geen gesprekken op dit apparaat.',
    count: (n: number) => (n === 1 ? '1 gesprek' : `${n} gesprekken`),
    more: 'Meer gesprekken laden',
    status: { draft: 'Nog geen toestemming', 'in-progress': 'Bezig', completed: 'Afgerond' },
    rowLabel: (date: string, area: string, status: string) => `${date}, ${area}: ${status}`,
  },
  find: {
    heading: 'Zoeken en filteren',
    search: 'Zoek in notities',
    area: 'Gebied',
    status: 'Status',
    guide: 'Leidraad',
    value: 'Waarde',
    theme: 'Thema',
    from: 'Vanaf datum',
    until: 'Tot en met datum',
    kind: 'Soort gesprek',
    kinds: { real: 'Met een bewoner', practice: 'Oefengesprekken' },
    any: 'Alle',
    valueOption: (value: string, polarity: string) => `${value}: ${polarity}`,
    clear: 'Wis filters',
    results: (n: number) => (n === 1 ? '1 gesprek gevonden' : `${n} gesprekken gevonden`),
    preparing: (done: number, total: number) => `Zoeken voorbereiden: ${done} van ${total} gesprekken…`,
  },
  start: {
    title: 'Nieuw gesprek',
    intro: 'Er is bewust geen veld voor naam, adres of telefoonnummer van de bewoner.',
    area: 'Gebied',
    date: 'Datum van het gesprek',
    guide: 'Leidraad',
    profile: 'Wie is de bewoner, grofweg?',
    submit: 'Gesprek beginnen',
    cancel: 'Terug naar gesprekken',
    missingDate: 'Vul een datum in.',
  },
  profiles: {
    mantelzorger: 'Mantelzorger',
    jongere: 'Jongere',
    'alleenstaande-ouder': 'Alleenstaande ouder',
    oudere: 'Oudere',
    anders: 'Anders',
    algemeen: 'Iedere bewoner',
  },
  consent: {
    title: 'Toestemming',
    intro: 'Lees dit samen met de bewoner. Vraag per punt of het goed is.',
    notes:
      'Ik mag tijdens het gesprek aantekeningen maken. Die blijven op mijn apparaat, versleuteld. Niemand anders leest ze.',
    themes:
      'Waar we het over hadden, mag zonder uw naam meetellen voor de waardenkring in uw gebied. Daar praten bewoners, hulpverleners en de gemeente over wat beter kan. Het gaat dan alleen om onderwerpen en tellingen, nooit om wie u bent.',
    quotes:
      'Ik mag een paar zinnen die u zegt letterlijk gebruiken, zonder uw naam en zonder iets waaraan iemand u kan herkennen. Ik laat ze eerst aan u zien als u dat wilt.',
    coachReview:
      'Mijn coach mag mijn aantekeningen lezen, zonder uw naam, om mij te helpen beter te leren luisteren en vragen. De coach oordeelt niet over u.',
    coachNotGiven: 'De bewoner heeft (nog) niet gezegd dat een coach de aantekeningen mag lezen.',
    coachGive: 'Bewoner stemt nu toch in met een coach',
    coachWithdraw: 'Toestemming voor de coach intrekken',
    needNotes:
      'Zonder toestemming voor aantekeningen kunt u het gesprek wel voeren, maar legt de app niets vast.',
    record: 'Toestemming vastleggen',
    recordAll: 'Ja op alle punten: vastleggen',
    recorded: (time: string) => `Toestemming vastgelegd om ${time}.`,
    discard: 'Niet doorgaan: wis dit gesprek',
    withdraw: 'Toestemming intrekken',
    withdrawExplain:
      'Trekt de bewoner de toestemming in? Dan wordt dit gesprek helemaal van dit apparaat gewist, ook wat nog verstuurd zou worden. Was de samenvatting al verstuurd, dan vergeet de server die ook, zodra er verbinding is. Dit kan niet ongedaan worden.',
    withdrawConfirm: 'Ja, wis dit gesprek',
    withdrawCancel: 'Nee, niet wissen',
    erased: 'Het gesprek is gewist.',
  },
  method: {
    open: 'Over de methode',
    title: 'De waarderende methode',
    close: 'Sluiten',
  },
  reflection: {
    heading: 'Uw reflectie',
    label: 'Reflectie op dit gesprek',
    hint: 'Alleen voor u: wat ging goed, wat zou u een volgende keer anders vragen? Het wordt versleuteld bewaard, zoals notities. Een coach leest het alleen als u het meestuurt.',
  },
  talk: {
    title: 'Gesprek',
    notFound: 'Dit gesprek staat niet (meer) op dit apparaat.',
    loading: 'Gesprek openen…',
    phase: {
      opening: 'Opening',
      discover: 'Ontdekken',
      dream: 'Dromen',
      design: 'Ontwerpen',
      deliver: 'Doen',
      closing: 'Afsluiting',
    },
    step: (current: number, total: number) => `Vraag ${current} van ${total}`,
    phases: 'Fasen van het gesprek',
    probesAndTip: 'Doorvragen en tip',
    quotePicker: 'Citaat kiezen',
    quotePickerHint:
      'Tik op een zin met de eigen woorden van de bewoner. Nog eens tikken haalt het citaat weg.',
    probes: 'Doorvragen',
    hint: 'Tip voor u',
    note: 'Notitie',
    freeNote: 'Vrije notitie',
    freeNoteHint: 'Alles wat niet bij één vraag hoort.',
    saved: 'Opgeslagen',
    saving: 'Opslaan…',
    markQuote: 'Selectie als citaat markeren',
    quoteHint: 'Selecteer eerst letterlijke woorden van de bewoner in de notitie.',
    quotes: 'Citaten',
    removeQuote: (text: string) => `Citaat verwijderen: ${text}`,
    values: 'Waarden',
    valuesHint: 'Tik aan wat de bewoner ervaart of mist.',
    suggestedValue: 'past bij deze vraag',
    experienced: 'ervaren',
    missing: 'gemist',
    tagLabel: (value: string, polarity: string) => `${value} ${polarity}`,
    themes: 'Thema’s',
    newThemes: (labels: string) => `Nieuwe thema’s van het gebiedsteam: ${labels}`,
    newThemesSeen: 'Gezien',
    proposeLabel: 'Thema dat ontbreekt',
    propose: 'Voorstellen',
    proposalChip: (label: string) => `Voorstel: ${label}`,
    proposalNoted: (label: string) =>
      `${label} is bewaard als voorstel op dit apparaat. Versturen kan bij Instellingen, Voorstellen.`,
    offerTheme: (label: string) => `Thema ${label} toevoegen aan dit gesprek`,
    previous: 'Vorige',
    next: 'Volgende',
    wrapUp: 'Afronden',
    wrapUpTitle: 'Afronden',
    obstacles: 'Drempels',
    obstaclesHint: 'Wat staat de bewoner in de weg?',
    obstacleText: 'Nieuwe drempel',
    obstacleTheme: 'Thema van de drempel',
    noTheme: 'Geen thema',
    addObstacle: 'Drempel toevoegen',
    removeObstacle: (text: string) => `Drempel verwijderen: ${text}`,
    followUp: 'Afspraak voor vervolg',
    people: 'Genoemde personen',
    peopleHint:
      'Namen die in het gesprek vallen, alleen om ze later onherkenbaar te maken. Deze lijst verlaat dit apparaat nooit.',
    personName: 'Naam',
    addPerson: 'Naam toevoegen',
    removePerson: (name: string) => `${name} verwijderen`,
  },
  summary: {
    title: 'Samenvatting',
    valuesExperienced: 'Waarden die de bewoner ervaart',
    valuesMissing: 'Waarden die de bewoner mist',
    times: (n: number) => (n === 1 ? '1 keer' : `${n} keer`),
    none: 'Geen',
    complete: 'Gesprek afronden',
    completed: 'Dit gesprek is afgerond.',
    correct: 'Corrigeren',
    correcting: 'U corrigeert een afgerond gesprek. De vorige versie wordt bewaard.',
    revision: (n: number) => `Versie ${n}`,
    backToList: 'Terug naar gesprekken',
  },
  values: {
    autonomie: {
      name: 'Autonomie',
      description: 'Uw eigen dagelijks leven kunnen leiden en zelf keuzes maken.',
    },
    betrokkenheid: {
      name: 'Betrokkenheid',
      description: 'Merken dat anderen, ook professionals, u zien, om u geven en betrokken blijven.',
    },
    compassie: { name: 'Compassie', description: 'Met begrip en warmte ontvangen worden in uw situatie.' },
    gelijkwaardigheid: {
      name: 'Gelijkwaardigheid',
      description:
        'Als gelijke behandeld worden: wat u weet, telt net zo zwaar als wat een professional weet.',
    },
    solidariteit: {
      name: 'Solidariteit',
      description: 'Mensen die elkaar steunen: buren, vrijwilligers, mantelzorgers.',
    },
    zelfbeschikking: {
      name: 'Zelfbeschikking',
      description: 'Zelf beslissen over wat uw leven aangaat, zoals de hulp die u krijgt.',
    },
  },
  sync: {
    title: 'Synchronisatie',
    intro:
      'Alleen geanonimiseerde thema’s, tellingen van waarden en citaten waarvoor de bewoner toestemming gaf, verlaten dit apparaat. Notities nooit.',
    deviceHeading: 'Dit apparaat',
    enrolledIn: (area: string) => `Dit apparaat is ingeschreven bij gebied ${area}.`,
    enrolledSince: (date: string) => `Ingeschreven op ${date}.`,
    notEnrolled:
      'Dit apparaat is nog niet ingeschreven bij een gebied. Tot dan blijft alles op dit apparaat.',
    scan: 'Scan de code',
    scanHint: 'Richt de camera op de QR-code die de beheerder u laat zien.',
    scanStop: 'Stoppen met scannen',
    scanVideo: 'Camerabeeld voor het scannen van de QR-code',
    scanning: 'De camera zoekt een QR-code…',
    scanned: (code: string) => `Code ${code} gelezen.`,
    scanNoCamera: 'De camera is niet beschikbaar. Typ de code over.',
    scanNotACode: 'Deze QR-code is geen inschrijfcode.',
    codeLabel: 'Inschrijfcode',
    codeHint:
      'Twaalf tekens, zoals ABCD-EFGH-JKMN. U krijgt de code van de beheerder. Hoofdletters, spaties en streepjes maken niet uit.',
    enrol: 'Inschrijven',
    enrolling: 'Bezig met inschrijven…',
    enrolled: (area: string) => `Gelukt: dit apparaat hoort nu bij gebied ${area}.`,
    enrolAgain: 'Met een nieuwe code inschrijven',
    cancel: 'Annuleren',
    enrolProblems: {
      malformed: 'Dit is geen geldige code. Een code heeft twaalf letters en cijfers, zoals ABCD-EFGH-JKMN.',
      'unknown-code': 'Deze code kent de server niet. Controleer de code, of vraag een nieuwe.',
      'used-code': 'Deze code is al gebruikt. Vraag de beheerder om een nieuwe.',
      'expired-code': 'Deze code is verlopen. Vraag de beheerder om een nieuwe.',
      busy: 'Te veel pogingen kort na elkaar. Probeer het over een minuut opnieuw.',
      offline: 'Geen internet. Inschrijven kan alleen met verbinding.',
      'server-unreachable': 'De server is nu niet bereikbaar. Probeer het later opnieuw.',
      'server-error': 'De server gaf een fout. Probeer het later opnieuw.',
    },
    outboxHeading: 'Verzendwachtrij',
    outboxEmpty: 'Er wacht niets om verstuurd te worden.',
    outboxWaiting: (n: number) =>
      n === 1
        ? '1 samenvatting wacht om verstuurd te worden.'
        : `${n} samenvattingen wachten om verstuurd te worden.`,
    syncNow: 'Nu synchroniseren',
    syncing: 'Bezig met versturen…',
    progressLabel: 'Voortgang van het versturen',
    progress: (sent: number, total: number) => `${sent} van ${total} verstuurd.`,
    lastDone: (time: string, sent: number) =>
      sent === 0 ? `Om ${time} gecontroleerd: niets te versturen.` : `Om ${time}: ${sent} verstuurd.`,
    lastStopped: (time: string, sent: number, reason: string) =>
      `Om ${time} gestopt${sent > 0 ? ` na ${sent} verstuurd` : ''}: ${reason} Buurtgesprek probeert het vanzelf opnieuw.`,
    conversationsHeading: 'Gesprekken',
    noConversations: 'Nog geen afgeronde gesprekken.',
    conversationLink: (date: string, area: string) => `Gesprek van ${date}, ${area}`,
    serverHeading: 'Server',
    checking: 'Verbinding controleren…',
    reachable: (version: string) => `Server bereikbaar (versie ${version}).`,
    databaseOk: 'De database van de server werkt.',
    databaseError:
      'De server werkt, maar zijn database geeft een fout. Uw gegevens blijven veilig op dit apparaat.',
    unreachable: 'De server is nu niet bereikbaar. Uw gegevens blijven veilig op dit apparaat.',
    offline: 'Geen internet. Buurtgesprek verstuurt pas iets als er weer verbinding is.',
    checkAgain: 'Opnieuw controleren',
  },
};

/**
 * The full shape: the core above, which ships with the first screen, plus the texts of screens
 * that load later (./nl/screens.ts), which arrive with them (see loadScreenMessages in locale.ts).
 */
export type Messages = typeof nl & typeof nlScreens;
