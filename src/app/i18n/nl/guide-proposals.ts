/**
 * Proposing a guide for publication, and reading a proposed guide: loaded with the guide
 * screen's own chunk and the console, not with the first page.
 */
export const nlGuideProposals = {
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
      'Dit apparaat is nog niet ingeschreven bij een gebied. Schrijf het eerst in bij Synchronisatie.',
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
};
