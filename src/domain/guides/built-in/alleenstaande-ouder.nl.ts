import type { Guide } from '../guide';
import { SUMMARY_CONSENT_PROMPT } from './consent-prompts.nl';

// "u" to the parent, the respectful default with an adult; the first probe offers "je", which a young parent may prefer.
export const alleenstaandeOuderNl: Guide = {
  id: 'alleenstaande-ouder',
  version: 1,
  title: 'Gesprek met een alleenstaande ouder',
  language: 'nl',
  residentProfile: 'alleenstaande-ouder',
  description:
    'Voor een gesprek met een ouder die alleen zorgt voor een of meer kinderen. Het gaat om de ervaring van de ouder, niet om een beoordeling van de opvoeding.',
  builtIn: true,
  sections: [
    {
      phase: 'opening',
      title: 'Kennismaken',
      intro:
        'Ouders voelen zich snel beoordeeld door de gemeente. Laat vanaf het begin merken dat je komt om te leren, niet om te controleren.',
      prompts: [
        {
          id: 'opening-kennismaken',
          question:
            'Mijn naam is … en ik werk bij de gemeente. Ik wil graag horen hoe het is om alleen voor uw kind of kinderen te zorgen. Het gaat om uw ervaring. Het is geen controle. Het verandert niets aan de hulp die u of uw kinderen krijgen. Wat wilt u eerst van mij weten?',
          probes: [
            'Zeg ik u, of mag ik je zeggen?',
            'Komt het nu goed uit? Het gesprek duurt ongeveer een uur.',
          ],
          hint: 'Is er een kind bij? Vraag of het gesprek zo goed gaat, of dat een ander moment beter is. Zeg duidelijk dat het gesprek los staat van jeugdhulp, uitkering of toeslagen.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'opening-aantekeningen',
          question:
            'Ik schrijf tijdens het gesprek wat dingen op, op dit apparaat. Die aantekeningen blijven hier, goed beveiligd. Uw naam schrijf ik niet op, en ook niet die van uw kinderen. U mag altijd meekijken. Vindt u het goed dat ik aantekeningen maak?',
          probes: ['Wilt u zien wat ik net heb opgeschreven?', 'Is er iets wat ik niet mag opschrijven?'],
          hint: 'Leg de toestemming vast voordat je iets opschrijft. Schrijf geen namen, leeftijden of scholen van kinderen op: daarmee is een gezin snel herkenbaar. Een coach leest alleen mee als de ouder daar ja op zegt.',
          values: ['zelfbeschikking'],
        },
        SUMMARY_CONSENT_PROMPT,
      ],
    },
    {
      phase: 'discover',
      title: 'Ontdekken: wat werkt',
      intro:
        'Begin bij wat goed gaat in het gezin en bij de ouder zelf. Blijf bij de ervaring van de ouder, niet bij regels of beleid.',
      prompts: [
        {
          id: 'discover-wat-gaat-goed',
          question: 'Wat gaat er goed in uw gezin?',
          probes: ['Waar bent u trots op, als ouder?', 'Wat doet u zelf waardoor dat lukt?'],
          hint: 'Ook kleine dingen tellen: samen eten, een goed rapport, een rustige avond.',
          values: ['autonomie'],
        },
        {
          id: 'discover-goed-moment',
          question: 'Denk aan een moment waarop u zich als ouder echt gesteund voelde. Wat gebeurde er toen?',
          probes: ['Wie was erbij?', 'Wat deed die persoon precies?', 'Wat maakte dat het goed voelde?'],
          hint: 'Het mag een klein moment zijn: een juf die even belde, een buurvrouw die oppaste. Schrijf mooie zinnen letterlijk op, als citaat.',
          values: ['betrokkenheid', 'compassie', 'gelijkwaardigheid'],
        },
        {
          id: 'discover-energie',
          question: 'Wat geeft u energie, naast de zorg voor uw kinderen?',
          probes: ['Wanneer hebt u tijd voor uzelf?', 'Wat doet u graag samen met uw kinderen?'],
          hint: 'Veel ouders vergeten zichzelf. Geef ruimte om ook over de ouder als persoon te praten.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'discover-wie-helpt',
          question: 'Wie helpt u? Bij wie kunt u terecht als het even niet gaat?',
          probes: [
            'Denkt u ook aan familie, buren, andere ouders, school of opvang?',
            'Wie kan er oppassen als u ergens heen moet?',
          ],
          hint: 'Vraag niet door over de andere ouder, tenzij de ouder daar zelf over begint. Schrijf geen namen op, alleen de rol.',
          values: ['solidariteit', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'dream',
      title: 'Dromen: hoe het kan zijn',
      intro: 'Nu kijkt de ouder vooruit. Er is geen goed of fout antwoord. Zeg niet wat wel of niet kan.',
      prompts: [
        {
          id: 'dream-goede-week',
          question:
            'Stel: het is een jaar later en het gaat goed met u en uw kinderen. Hoe ziet een gewone week eruit?',
          probes: [
            'Wat doet u dan voor uzelf: werk, een opleiding, iets anders?',
            'Wie zijn er om u heen?',
            'Wat is er anders dan nu?',
          ],
          hint: 'Gebruik de woorden van de ouder. Vul niet in wat jij belangrijk vindt.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'dream-hulp-die-past',
          question: 'Hoe ziet hulp eruit die past bij u en uw gezin?',
          probes: [
            'Hoe wordt u dan behandeld als ouder?',
            'Wie beslist er dan over wat uw gezin nodig heeft?',
          ],
          hint: 'Laat merken dat je de kennis van de ouder over het eigen kind serieus neemt.',
          values: ['gelijkwaardigheid', 'zelfbeschikking', 'compassie'],
        },
        {
          id: 'dream-omgeving',
          question: 'Wat zou u willen van de mensen om u heen?',
          probes: ['Wat zouden ouders in de buurt voor elkaar kunnen doen?'],
          values: ['solidariteit'],
        },
      ],
    },
    {
      phase: 'design',
      title: 'Ontwerpen: wat er nodig is',
      intro:
        'Van de droom naar wat er nodig is. Vraag wat de ouder zelf kan, wat anderen kunnen en wat de gemeente anders kan doen.',
      prompts: [
        {
          id: 'design-wat-helpt',
          question: 'Wat zou het dagelijks leven voor u makkelijker maken?',
          probes: [
            'Denkt u aan opvang, geld, wonen, werk of tijd voor uzelf?',
            'Wat heeft u eerder al geholpen?',
          ],
          hint: 'Je hoeft het niet op te lossen. Vraag door tot het concreet is.',
          values: ['autonomie'],
        },
        {
          id: 'design-wie-kan-wat',
          question: 'Wie zou u daarbij kunnen helpen? En wat wilt u zelf doen?',
          probes: ['Wat zouden andere ouders voor elkaar kunnen doen?', 'Wat doet u liever zelf?'],
          hint: 'Laat de ouder de rollen verdelen.',
          values: ['solidariteit', 'zelfbeschikking'],
        },
        {
          id: 'design-gemeente-anders',
          question:
            'Wat zouden de gemeente, school en hulpverleners anders kunnen doen voor alleenstaande ouders?',
          probes: [
            'Wat werkt nu goed en moet blijven?',
            'Waar loopt u steeds tegenaan?',
            'Wat had u nodig gehad toen het zwaar was?',
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
        'Sluit af met iets kleins en concreets. De ouder kiest. Beloof alleen wat je zeker kunt waarmaken.',
      prompts: [
        {
          id: 'deliver-eerste-stap',
          question: 'Wat is een eerste kleine stap die u zelf wilt zetten?',
          probes: ['Wanneer wilt u dat doen?', 'Wie of wat kan u daarbij helpen?'],
          hint: 'Geef geen advies, tenzij de ouder erom vraagt. Een stap die iemand zelf kiest, houdt langer stand.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'deliver-afspraak',
          question: 'Wilt u dat ik iets voor u uitzoek of doorgeef? Wat spreken we af?',
          probes: ['Wanneer hoort u weer van mij?', 'Welk moment van de dag komt u het best uit?'],
          hint: 'Houd rekening met school- en opvangtijden. Noteer de afspraak bij het vervolg, zonder naam of telefoonnummer.',
          values: ['betrokkenheid'],
        },
      ],
    },
    {
      phase: 'closing',
      title: 'Afsluiten',
      intro: 'Kijk samen terug, bedank de ouder en vertel eerlijk wat er met het verhaal gebeurt.',
      prompts: [
        {
          id: 'closing-terugblik',
          question: 'Ik vertel kort wat ik gehoord heb. Klopt dat zo?',
          probes: ['Wat mis ik nog?', 'Wat was voor u het belangrijkste van dit gesprek?'],
          hint: 'Vat samen in de woorden van de ouder, niet in vaktaal. Pas aan wat niet klopt.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'closing-wat-gebeurt-er',
          question:
            'Uw verhaal komt zonder naam bij de verhalen van andere bewoners uit de buurt. Eén keer per jaar praten bewoners, hulpverleners en de gemeente daar samen over. Dat heet een waardenkring. U bent daar ook welkom. Mogen de zinnen die ik letterlijk heb opgeschreven mee? Ik lees ze even voor.',
          probes: ['Wilt u horen wat er met de verhalen gebeurt?', 'Wilt u iets aan die zinnen veranderen?'],
          hint: 'Beloof geen uitkomsten. Lees elk citaat voor en vraag opnieuw of het mee mag.',
          values: ['betrokkenheid', 'gelijkwaardigheid', 'solidariteit'],
        },
        {
          id: 'closing-bedanken',
          question: 'Hartelijk dank voor uw tijd en uw verhaal. Hoe was dit gesprek voor u?',
          probes: ['Wilt u nog iets zeggen waar we het niet over hadden?'],
          hint: 'Vertel dat de ouder de toestemming later nog kan intrekken, en hoe.',
          values: ['betrokkenheid'],
        },
      ],
    },
  ],
};
