import type { Guide } from '../guide';

// "je" throughout: most young people find "u" distant. The first probe checks that choice.
export const jongereSchuldenNl: Guide = {
  id: 'jongere-schulden',
  version: 1,
  title: 'Gesprek met een jongere met ervaring in schuldhulp',
  language: 'nl',
  residentProfile: 'jongere',
  description:
    'Voor een gesprek met een jongere die hulp heeft gehad of krijgt bij geldzorgen of schulden. Het gaat om hoe de jongere de hulp heeft ervaren, niet om de schulden zelf.',
  builtIn: true,
  sections: [
    {
      phase: 'opening',
      title: 'Kennismaken',
      intro:
        'Veel jongeren met schulden zijn gewend aan controle en formulieren. Maak het gesprek zo gewoon mogelijk: op een plek die de jongere kiest, zonder papieren op tafel.',
      prompts: [
        {
          id: 'opening-kennismaken',
          question:
            'Ik ben … en ik werk bij de gemeente. Ik wil graag van jou horen hoe het met je gaat en hoe jij de hulp hebt ervaren. Het gaat om jouw verhaal. Ik kom niets controleren. Wat je zegt, heeft geen gevolgen voor je schuldhulp of uitkering. Wat wil je eerst van mij weten?',
          probes: [
            'Vind je het goed dat ik je zeg, of liever u?',
            'Komt het nu goed uit? Het duurt ongeveer een uur.',
          ],
          hint: 'Zeg duidelijk dat het gesprek los staat van het schuldhulptraject. Veel jongeren zijn bang dat wat ze zeggen tegen hen gebruikt wordt.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'opening-aantekeningen',
          question:
            'Ik schrijf wat dingen op, op dit apparaat. Dat blijft hier, goed beveiligd. Je naam schrijf ik niet op. Je mag altijd meekijken. Is dat goed?',
          probes: ['Wil je zien wat ik net heb opgeschreven?', 'Is er iets wat ik niet mag opschrijven?'],
          hint: 'Leg de toestemming vast voordat je iets opschrijft. Schrijf geen bedragen, schuldeisers of namen op. Een coach leest alleen mee als de jongere daar ja op zegt.',
          values: ['zelfbeschikking'],
        },
        {
          id: 'opening-samenvatting',
          question:
            'Na het gesprek maak ik een korte samenvatting zonder naam. Daarin staat waar we over praatten en wat jij belangrijk vindt. Die gaat naar het team dat in deze buurt aan betere hulp werkt. Is dat goed? En mag ik soms een zin van jou letterlijk gebruiken, ook zonder naam? Je mag nee zeggen. Je mag later ook nog van gedachten veranderen.',
          probes: [
            'Zijn er dingen waar je niet over wilt praten?',
            'Wil je stoppen of even pauzeren? Zeg het gewoon.',
          ],
          hint: 'Leg elke keuze apart vast: samenvatting en letterlijke zinnen. Neem een nee aan zonder te vragen waarom.',
          values: ['zelfbeschikking', 'autonomie'],
        },
      ],
    },
    {
      phase: 'discover',
      title: 'Ontdekken: wat werkt',
      intro:
        'Begin niet bij de schulden, begin bij de jongere. Vraag niet hoe de schulden zijn ontstaan. Vertelt de jongere het zelf? Luister zonder oordeel en ga terug naar wat hielp.',
      prompts: [
        {
          id: 'discover-wat-gaat-goed',
          question: 'Wat gaat er nu goed bij jou?',
          probes: ['Waar ben je goed in?', 'Waar ben je trots op?'],
          hint: 'Ook kleine dingen tellen: op tijd zijn, een baan vasthouden, voor een broertje zorgen.',
          values: ['autonomie'],
        },
        {
          id: 'discover-goed-moment',
          question:
            'Denk aan een moment waarop iemand je echt goed hielp, met geld of met iets anders. Wat gebeurde er toen?',
          probes: [
            'Wat deed die persoon precies?',
            'Hoe merkte je dat diegene je serieus nam?',
            'Wat maakte het anders dan andere keren?',
          ],
          hint: 'Vraag naar één echt moment. Laat het verhaal helemaal vertellen. Schrijf mooie zinnen letterlijk op, als citaat.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'compassie'],
        },
        {
          id: 'discover-energie',
          question: 'Waar krijg je energie van?',
          probes: ['Wat doe je graag?', 'Wanneer voel je je sterk?'],
          hint: 'Stilte is goed. Vul niets in voor de jongere.',
          values: ['autonomie'],
        },
        {
          id: 'discover-wie-helpt',
          question: 'Wie staan achter je? Bij wie kun je terecht?',
          probes: [
            'Denk aan familie, vrienden, een coach, school, werk of sport.',
            'Aan wie vertel je het als er iets misgaat?',
          ],
          hint: 'Schrijf geen namen op, alleen de rol: een tante, een trainer, een vriend.',
          values: ['solidariteit', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'dream',
      title: 'Dromen: hoe het kan zijn',
      intro:
        'Nu mag de jongere groot denken. Er is geen goed of fout antwoord. Zeg niet wat wel of niet kan.',
      prompts: [
        {
          id: 'dream-toekomst',
          question: 'Stel: over een paar jaar heb je geen geldzorgen meer. Hoe ziet je leven eruit?',
          probes: [
            'Wat doe je dan: school, werk, iets anders?',
            'Waar woon je, en met wie?',
            'Wat merk je als eerste?',
          ],
          hint: 'Gebruik de woorden van de jongere. Ga niet rekenen of het haalbaar is.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'dream-hulp-die-past',
          question: 'Hoe ziet hulp eruit die echt bij jongeren zoals jij past?',
          probes: [
            'Hoe praat een hulpverlener dan met je?',
            'Hoe beslis je zelf mee over je geld en je plan?',
            'Hoe snel hoor je dan iets terug?',
          ],
          hint: 'Begint de jongere over wat er mis ging? Luister, en vraag dan: hoe had het wel gemoeten?',
          values: ['gelijkwaardigheid', 'zelfbeschikking', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'design',
      title: 'Ontwerpen: wat er nodig is',
      intro:
        'Van de droom naar wat er nodig is. Dit gaat over wat er nodig was en is, niet over wat er fout ging.',
      prompts: [
        {
          id: 'design-eerder-helpen',
          question: 'Wat had je eerder kunnen helpen, voordat het moeilijk werd?',
          probes: [
            'Wanneer had je hulp willen hebben?',
            'Wie had dat kunnen zien of zeggen?',
            'Wat had je toen willen weten?',
          ],
          hint: 'Oordeel niet over keuzes van toen. Je zoekt wat een volgende jongere kan helpen.',
          values: ['betrokkenheid', 'autonomie'],
        },
        {
          id: 'design-wie-kan-wat',
          question: 'Wie zou je nu verder kunnen helpen? En wat kun je zelf doen?',
          probes: ['Wat zou een vriend, familielid of coach kunnen doen?', 'Wat wil je liever zelf regelen?'],
          hint: 'Laat de jongere de rollen verdelen. Je hoeft het niet op te lossen.',
          values: ['solidariteit', 'zelfbeschikking'],
        },
        {
          id: 'design-gemeente-anders',
          question:
            'Wat zouden de gemeente en hulpverleners anders kunnen doen voor jongeren met geldzorgen?',
          probes: [
            'Denk aan brieven, afspraken, regels of hoe er met je gepraat wordt.',
            'Wat moeten ze vooral blijven doen?',
            'Wat moet echt anders?',
          ],
          hint: 'Hier hoor je soms kritiek. Luister en bedank. Verdedig niets en leg geen regels uit. Noteer wat in de weg stond als drempel.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'compassie'],
        },
      ],
    },
    {
      phase: 'deliver',
      title: 'Doen: de eerste stap',
      intro:
        'Sluit af met iets kleins en concreets. De jongere kiest. Beloof alleen wat je zeker kunt waarmaken.',
      prompts: [
        {
          id: 'deliver-eerste-stap',
          question: 'Wat is een eerste kleine stap die je zelf wilt zetten?',
          probes: ['Wanneer ga je dat doen?', 'Wie kan je daarbij helpen?'],
          hint: 'Geef geen advies, tenzij de jongere erom vraagt. Een stap die iemand zelf kiest, houdt langer stand.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'deliver-afspraak',
          question: 'Wil je dat ik iets voor je uitzoek of doorgeef? Wat spreken we af?',
          probes: [
            'Wanneer hoor je weer van mij?',
            'Hoe wil je dat ik contact opneem: bellen, appen of mailen?',
          ],
          hint: 'Noteer de afspraak bij het vervolg, zonder naam of telefoonnummer. Kom er echt op terug: jongeren haken af als beloftes niet worden nagekomen.',
          values: ['betrokkenheid'],
        },
      ],
    },
    {
      phase: 'closing',
      title: 'Afsluiten',
      intro: 'Kijk samen terug, bedank de jongere en vertel eerlijk wat er met het verhaal gebeurt.',
      prompts: [
        {
          id: 'closing-terugblik',
          question: 'Ik vertel kort wat ik gehoord heb. Klopt dat zo?',
          probes: ['Wat mis ik nog?', 'Wat was voor jou het belangrijkste van dit gesprek?'],
          hint: 'Vat samen in de woorden van de jongere, niet in vaktaal. Pas aan wat niet klopt.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'closing-wat-gebeurt-er',
          question:
            'Jouw verhaal komt zonder naam bij de verhalen van andere bewoners uit de buurt. Eén keer per jaar praten bewoners, hulpverleners en de gemeente daar samen over. Dat heet een waardenkring. Jij bent daar ook welkom. Mogen de zinnen die ik letterlijk heb opgeschreven mee? Ik lees ze even voor.',
          probes: ['Wil je horen wat er met de verhalen gebeurt?', 'Wil je iets aan die zinnen veranderen?'],
          hint: 'Beloof geen uitkomsten. Lees elk citaat voor en vraag opnieuw of het mee mag.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'solidariteit'],
        },
        {
          id: 'closing-bedanken',
          question: 'Dank je wel voor je tijd en je verhaal. Hoe was dit gesprek voor jou?',
          probes: ['Wil je nog iets zeggen waar we het niet over hadden?'],
          hint: 'Vertel dat de jongere de toestemming later nog kan intrekken, en hoe.',
          values: ['betrokkenheid'],
        },
      ],
    },
  ],
};
