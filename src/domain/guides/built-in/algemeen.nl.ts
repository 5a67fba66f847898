import type { Guide } from '../guide';
import { SUMMARY_CONSENT_PROMPT } from './consent-prompts.nl';

// Questions and probes are said to the resident ("u"); intros and hints speak to the interviewer ("je").
export const algemeenNl: Guide = {
  id: 'algemeen',
  version: 1,
  title: 'Gesprek met een bewoner',
  language: 'nl',
  residentProfile: 'algemeen',
  description:
    'Een gesprek van ongeveer een uur met een bewoner die hulp of ondersteuning krijgt. Het gaat om de ervaring van de bewoner, niet om beleid.',
  builtIn: true,
  sections: [
    {
      phase: 'opening',
      title: 'Kennismaken',
      intro: 'Neem de tijd voor een rustig begin. Wie weet wat er met zijn woorden gebeurt, vertelt meer.',
      prompts: [
        {
          id: 'opening-kennismaken',
          question:
            'Mijn naam is … en ik werk bij de gemeente. Ik wil graag horen hoe het met u gaat en wat u meemaakt. Het gaat om uw ervaring. Het is geen controle. Het verandert niets aan de hulp die u krijgt. Wat wilt u eerst van mij weten?',
          probes: [
            'Komt het nu goed uit? Het gesprek duurt ongeveer een uur.',
            'Wilt u dat er iemand bij is?',
          ],
          hint: 'Zeg duidelijk dat het gesprek vrijwillig is en los staat van uitkering, zorg of aanvragen. Dan kan de bewoner vrij praten.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'opening-aantekeningen',
          question:
            'Ik schrijf tijdens het gesprek wat dingen op, op dit apparaat. Die aantekeningen blijven hier, goed beveiligd. Uw naam en adres schrijf ik niet op. U mag altijd meekijken. Vindt u het goed dat ik aantekeningen maak?',
          probes: ['Wilt u zien wat ik net heb opgeschreven?', 'Is er iets wat ik niet mag opschrijven?'],
          hint: 'Leg de toestemming vast in de app voordat je iets opschrijft. Een nee is ook goed: dan luister je alleen. Schrijf geen namen op, ook niet van anderen. Een coach leest alleen mee als de bewoner daar ja op zegt.',
          values: ['zelfbeschikking'],
        },
        SUMMARY_CONSENT_PROMPT,
      ],
    },
    {
      phase: 'discover',
      title: 'Ontdekken: wat werkt',
      intro:
        'Begin bij wat goed gaat. Over je eigen kracht praten is makkelijker dan over problemen. Blijf bij de ervaring van de bewoner, niet bij regels of beleid.',
      prompts: [
        {
          id: 'discover-wat-gaat-goed',
          question: 'Wat gaat er op dit moment goed in uw leven?',
          probes: ['Waar bent u trots op?', 'Wat doet u zelf om dat zo te houden?'],
          hint: 'Ook kleine dingen tellen. Vraag door op wat de bewoner zelf doet.',
          values: ['autonomie'],
        },
        {
          id: 'discover-goed-moment',
          question: 'Denk aan een moment waarop hulp of steun echt goed voelde. Wilt u daarover vertellen?',
          probes: [
            'Wat gebeurde er precies?',
            'Wat deed die persoon waardoor het goed voelde?',
            'Wat zegt dat over wat voor u belangrijk is?',
          ],
          hint: 'Vraag naar één echt moment, niet naar hulp in het algemeen. Laat het verhaal helemaal vertellen. Schrijf mooie zinnen letterlijk op, als citaat.',
          values: ['betrokkenheid', 'compassie', 'gelijkwaardigheid'],
        },
        {
          id: 'discover-energie',
          question: 'Waar krijgt u energie van?',
          probes: ['Wanneer voelt u zich op uw best?', 'Wat doet u graag?'],
          hint: 'Stilte is goed. Geef de bewoner tijd om na te denken en vul niets in.',
          values: ['autonomie'],
        },
        {
          id: 'discover-wie-helpt',
          question: 'Wie zijn belangrijk voor u? Wie helpt u als het even tegenzit?',
          probes: [
            'Denkt u ook aan buren, familie, vrienden, een kerk, moskee of club?',
            'En voor wie bent u zelf belangrijk?',
          ],
          hint: 'Schrijf geen namen op, alleen de rol: een buurvrouw, een zus, een vrijwilliger.',
          values: ['solidariteit', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'dream',
      title: 'Dromen: hoe het kan zijn',
      intro: 'Nu kijkt de bewoner vooruit. Er is geen goed of fout antwoord. Zeg niet wat wel of niet kan.',
      prompts: [
        {
          id: 'dream-goede-dag',
          question: 'Stel: het is een jaar later en het gaat goed met u. Hoe ziet een gewone dag eruit?',
          probes: ['Wat doet u dan?', 'Wie zijn er om u heen?', 'Wat is er anders dan nu?'],
          hint: 'Gebruik de woorden van de bewoner. Vul niet in wat jij belangrijk vindt.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'dream-hulp-die-past',
          question: 'Hoe ziet hulp eruit die echt bij u past?',
          probes: [
            'Hoe wordt u dan behandeld?',
            'Wie beslist er dan over uw hulp?',
            'Hoe merkt u dat iemand echt naar u luistert?',
          ],
          hint: 'Begint de bewoner over wat er mis is? Luister, en vraag dan: hoe zou het wel moeten?',
          values: ['gelijkwaardigheid', 'zelfbeschikking', 'compassie', 'betrokkenheid'],
        },
        {
          id: 'dream-buurt',
          question: 'Wat wenst u voor uw buurt?',
          probes: ['Wat zouden buren voor elkaar kunnen doen?', 'Waar zou u zelf aan mee willen doen?'],
          values: ['solidariteit'],
        },
      ],
    },
    {
      phase: 'design',
      title: 'Ontwerpen: wat er nodig is',
      intro:
        'Van de droom naar wat er nodig is. Vraag wat de bewoner zelf kan, wat anderen kunnen en wat de gemeente anders kan doen.',
      prompts: [
        {
          id: 'design-wat-helpt',
          question: 'Wat zou u helpen om een stap dichter bij die goede dag te komen?',
          probes: ['Wat heeft u eerder al geholpen?', 'Wat hebt u daarvoor nodig?'],
          hint: 'Je hoeft het niet op te lossen. Vraag door tot het concreet is.',
          values: ['autonomie'],
        },
        {
          id: 'design-wie-kan-wat',
          question: 'Wie zou u daarbij kunnen helpen? En wat kunt u zelf doen?',
          probes: ['Wat zou een buur, familielid of vrijwilliger kunnen doen?', 'Wat doet u liever zelf?'],
          hint: 'Laat de bewoner de rollen verdelen.',
          values: ['solidariteit', 'zelfbeschikking'],
        },
        {
          id: 'design-gemeente-anders',
          question: 'Wat zouden de gemeente en hulpverleners anders kunnen doen?',
          probes: [
            'Wat moeten ze vooral blijven doen?',
            'Wat moeten ze juist niet meer doen?',
            'Wat had u op dat moment nodig gehad?',
          ],
          hint: 'Hier hoor je soms kritiek. Luister en bedank. Verdedig niets en leg geen regels uit. Noteer wat in de weg staat als drempel.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'compassie'],
        },
      ],
    },
    {
      phase: 'deliver',
      title: 'Doen: de eerste stap',
      intro:
        'Sluit af met iets kleins en concreets. De bewoner kiest. Beloof alleen wat je zeker kunt waarmaken.',
      prompts: [
        {
          id: 'deliver-eerste-stap',
          question: 'Wat is een eerste kleine stap die u zelf wilt zetten?',
          probes: ['Wanneer wilt u dat doen?', 'Wie of wat kan u daarbij helpen?'],
          hint: 'Geef geen advies, tenzij de bewoner erom vraagt. Een stap die iemand zelf kiest, houdt langer stand.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'deliver-afspraak',
          question: 'Wilt u dat ik iets voor u uitzoek of doorgeef? Wat spreken we af?',
          probes: ['Wanneer hoort u weer van mij?', 'Hoe wilt u dat ik contact met u opneem?'],
          hint: 'Noteer de afspraak bij het vervolg, zonder naam of telefoonnummer. Kom er echt op terug: zo groeit vertrouwen.',
          values: ['betrokkenheid'],
        },
      ],
    },
    {
      phase: 'closing',
      title: 'Afsluiten',
      intro: 'Kijk samen terug, bedank de bewoner en vertel eerlijk wat er met het verhaal gebeurt.',
      prompts: [
        {
          id: 'closing-terugblik',
          question: 'Ik vertel kort wat ik gehoord heb. Klopt dat zo?',
          probes: ['Wat mis ik nog?', 'Wat was voor u het belangrijkste van dit gesprek?'],
          hint: 'Vat samen in de woorden van de bewoner, niet in vaktaal. Pas aan wat niet klopt.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'closing-wat-gebeurt-er',
          question:
            'Uw verhaal komt zonder naam bij de verhalen van andere bewoners uit de buurt. Eén keer per jaar praten bewoners, hulpverleners en de gemeente daar samen over. Dat heet een waardenkring. U bent daar ook welkom. Mogen de zinnen die ik letterlijk heb opgeschreven mee? Ik lees ze even voor.',
          probes: ['Wilt u horen wat er met de verhalen gebeurt?', 'Wilt u iets aan die zinnen veranderen?'],
          hint: 'Beloof geen uitkomsten. Lees elk citaat voor en vraag opnieuw of het mee mag. Vertel waar de bewoner de datum van de waardenkring kan vinden.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'solidariteit'],
        },
        {
          id: 'closing-bedanken',
          question: 'Hartelijk dank voor uw tijd en uw verhaal. Hoe was dit gesprek voor u?',
          probes: ['Wilt u nog iets zeggen waar we het niet over hadden?'],
          hint: 'Vertel dat de bewoner de toestemming later nog kan intrekken, en hoe.',
          values: ['betrokkenheid'],
        },
      ],
    },
  ],
};
