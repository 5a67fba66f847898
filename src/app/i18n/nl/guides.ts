/** The guides screen (leidraden). */
export const guides = {
  title: 'Leidraden',
  intro:
    'Een leidraad helpt u door een waarderend gesprek: ontdekken wat werkt, dromen over wat beter kan, ontwerpen wat helpt en afspreken wat de eerste stap is.',
  loading: 'Leidraden laden…',
  builtInHeading: 'Ingebouwde leidraden',
  ownHeading: 'Eigen leidraden',
  noOwn: 'Nog geen eigen leidraden. Kopieer een leidraad om hem aan te passen, of importeer er een.',
  builtIn: 'Ingebouwd',
  own: 'Eigen',
  version: (n: number) => `Versie ${n}`,
  forProfile: (profile: string) => `Voor: ${profile}`,
  inLanguage: { nl: 'In het Nederlands', en: 'In het Engels' },
  back: 'Terug naar alle leidraden',
  notFoundTitle: 'Leidraad niet gevonden',
  notFound: 'Deze leidraad staat niet (meer) op dit apparaat.',
  read: {
    builtInNote: 'Een ingebouwde leidraad kunt u niet aanpassen. Maak een kopie: die kunt u wel aanpassen.',
    older: (latest: number) => `Dit is een oudere versie. De nieuwste is versie ${latest}.`,
    showLatest: 'Nieuwste versie bekijken',
    probes: 'Doorvragen',
    hint: 'Tip voor u:',
    values: 'Waarden:',
    versions: 'Versies',
    versionsIntro: 'Een gesprek blijft de versie volgen waarmee het begon.',
  },
  actions: {
    edit: 'Bewerken',
    copy: 'Kopiëren',
    export: 'Exporteren',
    copyTitle: (title: string) => `${title} (kopie)`,
    copied: 'Kopie gemaakt. U kunt hem nu bewerken.',
    failed: 'Opslaan is niet gelukt. Er is niets veranderd. Probeer het opnieuw.',
  },
  propose: {
    heading: 'Voorstellen om te publiceren',
    intro:
      'Alleen leidraden die het gebiedsteam publiceert, tellen mee in de samenvattingen. Stel deze versie voor aan de beheerders van uw gebied. U ziet eerst precies wat er verstuurd wordt.',
    review: 'Bekijken wat verstuurd wordt',
    previewHeading: 'Dit wordt verstuurd, na de anonimiseerder:',
    changed: (n: number) =>
      n === 0
        ? 'De anonimiseerder vond niets om weg te halen.'
        : n === 1
          ? 'De anonimiseerder heeft 1 tekst aangepast. Kijk of die nog klopt.'
          : `De anonimiseerder heeft ${n} teksten aangepast. Kijk of die nog kloppen.`,
    probes: 'Doorvragen:',
    hint: 'Tip:',
    send: 'Versturen',
    cancel: 'Annuleren',
    done: 'Verstuurd. U ziet hier wat de beheerders besluiten, na de volgende synchronisatie.',
    sent: (date: string) => `Voorgesteld op ${date}. Wacht op een besluit van de beheerders.`,
    published: 'Gepubliceerd. Nieuwe gesprekken kunnen deze leidraad gebruiken.',
    publishedAs: (id: string, version: number) =>
      `Gepubliceerd als ${id}, versie ${version}. Nieuwe gesprekken gebruiken die gepubliceerde versie.`,
    rejected: (reason: string) => `Afgewezen. Reden van de beheerders: ${reason}`,
    proposeAgain: 'U kunt de leidraad aanpassen (dat maakt een nieuwe versie) of hem opnieuw voorstellen.',
    problems: {
      'not-enrolled':
        'Dit apparaat is nog niet ingeschreven bij een gebied. Schrijf het eerst in bij Synchroniseren.',
      offline: 'U bent offline. Er is niets verstuurd. Probeer het opnieuw als u verbinding hebt.',
      'server-unreachable': 'De server is niet bereikbaar. Er is niets verstuurd. Probeer het later opnieuw.',
      'personal-details':
        'De server vond nog persoonsgegevens in de leidraad. Er is niets opgeslagen. Pas de leidraad aan en probeer het opnieuw.',
      busy: 'De server is even druk. Er is niets verstuurd. Probeer het zo opnieuw.',
      refused: 'De server heeft het voorstel geweigerd. Er is niets opgeslagen.',
      missing: 'Deze versie staat niet meer op dit apparaat.',
      'built-in': 'Een ingebouwde leidraad is al van de organisatie.',
      changed: 'De leidraad is veranderd sinds u keek. Bekijk hem opnieuw voor u verstuurt.',
      'already-sent': 'Deze versie is al voorgesteld.',
    },
  },
  edit: {
    title: (title: string) => `Bewerken: ${title}`,
    intro:
      'Opslaan maakt een nieuwe versie. Gesprekken die een eerdere versie gebruiken, blijven die volgen.',
    resumed: 'U gaat verder met wijzigingen die nog niet zijn opgeslagen.',
    guideTitle: 'Titel',
    description: 'Beschrijving',
    descriptionHint: 'Voor wie en waarvoor is deze leidraad?',
    profile: 'Voor welke bewoner?',
    sectionTitle: 'Titel van dit deel',
    sectionIntro: 'Uitleg voor de gespreksvoerder',
    prompt: (n: number) => `Vraag ${n}`,
    question: 'Vraag aan de bewoner',
    probes: 'Doorvragen',
    probesHint: 'Eén doorvraag per regel.',
    hint: 'Tip voor de gespreksvoerder',
    values: 'Waarden die deze vraag vaak raakt',
    addPrompt: (section: string) => `Vraag toevoegen bij ${section}`,
    moveUp: (n: number) => `Vraag ${n} omhoog`,
    moveDown: (n: number) => `Vraag ${n} omlaag`,
    remove: (n: number) => `Vraag ${n} verwijderen`,
    removed: (n: number) => `Vraag ${n} verwijderd.`,
    save: (n: number) => `Opslaan als versie ${n}`,
    saving: 'Bezig met opslaan…',
    saved: (n: number) => `Opgeslagen als versie ${n}.`,
    unchanged: 'U heeft nog niets veranderd.',
    notSaved: 'Nog niet opgeslagen. Uw wijzigingen blijven staan. Buurtgesprek probeert het opnieuw.',
    problems: (n: number) =>
      n === 1
        ? 'Er is 1 probleem. Pas het aan en sla opnieuw op.'
        : `Er zijn ${n} problemen. Pas ze aan en sla opnieuw op.`,
    back: 'Terug naar de leidraad',
    discard: 'Wijzigingen weggooien',
    discardConfirm: 'Alle wijzigingen die nog niet zijn opgeslagen weggooien?',
  },
  import: {
    heading: 'Leidraad importeren',
    intro:
      'Kies een JSON-bestand met een leidraad, bijvoorbeeld van een collega. Buurtgesprek controleert het eerst.',
    file: 'JSON-bestand met een leidraad',
    imported: (title: string, version: number) => `Geïmporteerd: ${title}, versie ${version}.`,
    refused: 'Dit bestand is niet geïmporteerd. Er is niets veranderd.',
    unreadable: 'Dit bestand kan niet gelezen worden.',
    versionExists: (title: string, version: number) =>
      `Versie ${version} van ‘${title}’ staat al op dit apparaat.`,
    builtInId: (title: string) => `‘${title}’ heeft het kenmerk van een ingebouwde leidraad.`,
    asCopy: 'Importeren als kopie',
  },
  /** Where a problem is: "Sectie 3, vraag 1: de vraag is leeg." */
  where: {
    section: (n: number) => `Sectie ${n}`,
    prompt: (n: number) => `vraag ${n}`,
    probe: (n: number) => `doorvraag ${n}`,
    value: (n: number) => `waarde ${n}`,
    field: (key: string) => `het veld "${key}"`,
    guide: 'de leidraad',
    id: 'het kenmerk (id)',
    version: 'het versienummer',
    title: 'de titel',
    language: 'de taal',
    residentProfile: 'de bewoner voor wie hij is',
    description: 'de beschrijving',
    sections: 'secties',
    phase: 'de fase',
    intro: 'de uitleg',
    prompts: 'vragen',
    question: 'de vraag',
    probes: 'doorvragen',
    hint: 'de tip',
    values: 'waarden',
  },
  /** One sentence per problem code; `field` comes from `where`. */
  problem: {
    fileTooLarge: (kb: number) => `Het bestand is te groot: hooguit ${kb} kB.`,
    invalidJson: 'Het bestand is geen geldige JSON. Misschien is het beschadigd of niet helemaal opgeslagen.',
    notAGuideFile: 'Dit bestand is geen leidraad van Buurtgesprek.',
    unsupportedFormatVersion: (found: string, supported: number) =>
      `Dit bestand heeft formaatversie ${found}. Deze app leest alleen versie ${supported}.`,
    forbiddenKey: (field: string) => `${field} mag nergens in een leidraad staan.`,
    unknownKey: (field: string) => `${field} hoort niet in een leidraad.`,
    missing: (field: string) => `${field} ontbreekt.`,
    wrongType: (field: string, expected: string) => `${field} moet ${expected} zijn.`,
    types: {
      text: 'een tekst',
      number: 'een getal',
      list: 'een lijst',
      object: 'een groep velden',
      'true-or-false': 'true of false',
    },
    notAllowed: (field: string, found: string, allowed: string) =>
      `${field} "${found}" kan niet. Kies uit: ${allowed}.`,
    empty: (field: string) => `${field} is leeg.`,
    tooLong: (field: string, max: number) => `${field} is te lang: hooguit ${max} tekens.`,
    tooFew: (field: string, min: number) => `te weinig ${field}: minstens ${min}.`,
    tooMany: (field: string, max: number) => `te veel ${field}: hooguit ${max}.`,
    invalidId: (field: string, max: number) =>
      `${field} mag alleen kleine letters, cijfers en losse streepjes hebben, hooguit ${max} tekens.`,
    invalidCharacters: (field: string) => `${field} bevat onzichtbare stuurtekens.`,
    notPositiveInteger: (field: string) => `${field} moet een heel getal van 1 of meer zijn.`,
    unknownValue: (field: string, found: string, allowed: string) =>
      `${field} "${found}" bestaat niet. De waarden zijn: ${allowed}.`,
    duplicateValue: (field: string, value: string) => `${field}: "${value}" staat er al eerder in.`,
    duplicatePromptId: (field: string, id: string, first: string) =>
      `${field} "${id}" is al gebruikt bij ${first}.`,
    phaseMissing: (phase: string, order: string) => `de fase ${phase} ontbreekt. De volgorde is: ${order}.`,
    phaseDuplicate: (phase: string) => `de fase ${phase} staat er twee keer in.`,
    phaseOutOfOrder: (expected: string, order: string) =>
      `hier hoort de fase ${expected}. De volgorde is: ${order}.`,
    invalid: (field: string) => `${field} is niet geldig.`,
  },
};
