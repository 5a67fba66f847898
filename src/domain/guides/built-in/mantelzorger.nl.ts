import type { Guide } from '../guide';
import { SUMMARY_CONSENT_PROMPT } from './consent-prompts.nl';

// Questions and probes are said to the resident ("u"); intros and hints speak to the interviewer ("je").
export const mantelzorgerNl: Guide = {
  id: 'mantelzorger',
  version: 1,
  title: 'Gesprek met een mantelzorger',
  language: 'nl',
  residentProfile: 'mantelzorger',
  description:
    'Voor een gesprek met iemand die zorgt voor een naaste: een partner, ouder, kind, buur of vriend. Het gaat om de mantelzorger zelf, niet alleen om de zorg.',
  builtIn: true,
  sections: [
    {
      phase: 'opening',
      title: 'Kennismaken',
      intro:
        'Mantelzorgers hebben weinig tijd. Spreek een tijd af die past, en zeg dat het gesprek korter mag als de zorg roept.',
      prompts: [
        {
          id: 'opening-kennismaken',
          question:
            'Mijn naam is … en ik werk bij de gemeente. Ik wil graag horen hoe het is om voor iemand te zorgen. Het gaat om uw ervaring. Het is geen controle. Het verandert niets aan de hulp die u of uw naaste krijgt. Wat wilt u eerst van mij weten?',
          probes: [
            'Komt het nu goed uit? Het gesprek duurt ongeveer een uur.',
            'Moeten we rekening houden met de zorg, bijvoorbeeld een vaste tijd?',
          ],
          hint: 'Zeg duidelijk dat het gesprek vrijwillig is en los staat van zorg, indicaties of aanvragen.',
          values: ['gelijkwaardigheid'],
        },
        {
          id: 'opening-aantekeningen',
          question:
            'Ik schrijf tijdens het gesprek wat dingen op, op dit apparaat. Die aantekeningen blijven hier, goed beveiligd. Uw naam schrijf ik niet op, en ook niet die van uw naaste. U mag altijd meekijken. Vindt u het goed dat ik aantekeningen maak?',
          probes: ['Wilt u zien wat ik net heb opgeschreven?', 'Is er iets wat ik niet mag opschrijven?'],
          hint: 'Leg de toestemming vast voordat je iets opschrijft. Schrijf ook niets op waaraan de verzorgde herkenbaar is, zoals een zeldzame ziekte met een straatnaam. Een coach leest alleen mee als de bewoner daar ja op zegt.',
          values: ['zelfbeschikking'],
        },
        SUMMARY_CONSENT_PROMPT,
      ],
    },
    {
      phase: 'discover',
      title: 'Ontdekken: wat werkt',
      intro:
        'Mantelzorgers horen vaak alleen hoe zwaar het is. Begin bij wat lukt, en bij de mantelzorger als mens, niet alleen als zorger.',
      prompts: [
        {
          id: 'discover-wat-gaat-goed',
          question: 'Wat gaat er goed in de zorg voor uw naaste?',
          probes: ['Waar bent u trots op?', 'Wat hebt u geleerd sinds u zorgt?'],
          hint: 'Vraag door op wat de mantelzorger zelf doet en weet. Die kennis is veel waard.',
          values: ['autonomie', 'compassie'],
        },
        {
          id: 'discover-goed-moment',
          question:
            'Denk aan een moment waarop u zich echt gesteund voelde als mantelzorger. Wat gebeurde er toen?',
          probes: [
            'Wie was erbij?',
            'Wat deed die persoon precies?',
            'Hoe merkte u dat er naar u werd geluisterd?',
          ],
          hint: 'Vraag naar één echt moment. Het kan ook om een buur of een collega gaan, niet alleen om hulpverleners. Schrijf mooie zinnen letterlijk op, als citaat.',
          values: ['betrokkenheid', 'compassie', 'gelijkwaardigheid'],
        },
        {
          id: 'discover-energie',
          question: 'Wanneer hebt u tijd voor uzelf? Waar krijgt u dan energie van?',
          probes: ['Wat doet u graag als de zorg even niet nodig is?', 'Wat helpt u om vol te houden?'],
          hint: 'Veel mantelzorgers zijn niet gewend om over zichzelf te praten. Geef ruimte en laat stiltes vallen.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'discover-wie-helpt',
          question: 'Wie deelt de zorg met u? En wie steunt u zelf?',
          probes: [
            'Denkt u ook aan familie, buren, vrijwilligers of andere mantelzorgers?',
            'Aan wie kunt u het vragen als u even niet kunt?',
          ],
          hint: 'Schrijf geen namen op, alleen de rol: een dochter, een buurman, een vrijwilliger.',
          values: ['solidariteit', 'betrokkenheid'],
        },
      ],
    },
    {
      phase: 'dream',
      title: 'Dromen: hoe het kan zijn',
      intro:
        'Nu kijkt de mantelzorger vooruit. Er is geen goed of fout antwoord. Zeg niet wat wel of niet kan.',
      prompts: [
        {
          id: 'dream-goede-week',
          question: 'Stel: de zorg is goed geregeld. Hoe ziet uw week er dan uit?',
          probes: [
            'Wat doet u dan weer voor uzelf?',
            'Hoe gaat het dan met uw naaste?',
            'Wat is er anders dan nu?',
          ],
          hint: 'Gebruik de woorden van de mantelzorger. Vul niet in wat jij belangrijk vindt.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'dream-gezien-worden',
          question: 'Stel dat hulpverleners u echt zien als mantelzorger. Wat doen of zeggen ze dan?',
          probes: ['Hoe gaan ze om met wat u weet over uw naaste?', 'Hoe merkt u dat ze ook aan u denken?'],
          hint: 'Mantelzorgers kennen hun naaste vaak het best. Vraag door op wanneer die kennis wel of niet telde.',
          values: ['gelijkwaardigheid', 'betrokkenheid', 'compassie'],
        },
        {
          id: 'dream-omgeving',
          question: 'Wat zou u willen van de mensen om u heen, zoals familie of buren?',
          probes: ['Wat zouden zij kunnen doen zonder dat u het hoeft te vragen?'],
          values: ['solidariteit'],
        },
      ],
    },
    {
      phase: 'design',
      title: 'Ontwerpen: wat er nodig is',
      intro: 'Van de droom naar wat er nodig is. Vraag naar wat helpt, niet naar welke regeling past.',
      prompts: [
        {
          id: 'design-wat-helpt',
          question: 'Welke hulp zou de zorg voor u lichter maken?',
          probes: [
            'Wat zou u een dag of een weekend vrij geven?',
            'Welke informatie had u eerder willen hebben?',
          ],
          hint: 'Regelingen uitleggen kan na het gesprek. Nu gaat het om wat de mantelzorger nodig heeft.',
          values: ['autonomie', 'solidariteit'],
        },
        {
          id: 'design-wie-kan-wat',
          question: 'Wie zou een deel van de zorg kunnen overnemen? En wat wilt u zelf blijven doen?',
          probes: ['Wat maakt het moeilijk om hulp te vragen?', 'Wat zou het makkelijker maken?'],
          hint: 'Sommige mantelzorgers willen zorg niet uit handen geven. Respecteer dat en vraag wat er wel kan.',
          values: ['solidariteit', 'zelfbeschikking'],
        },
        {
          id: 'design-gemeente-anders',
          question: 'Wat zouden de gemeente en zorgverleners anders kunnen doen voor mantelzorgers?',
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
      intro: 'Sluit af met iets kleins en concreets, het liefst ook iets voor de mantelzorger zelf.',
      prompts: [
        {
          id: 'deliver-eerste-stap',
          question: 'Wat is een kleine stap die u deze maand voor uzelf wilt zetten?',
          probes: ['Wanneer wilt u dat doen?', 'Wie kan dan even voor uw naaste zorgen?'],
          hint: 'De mantelzorger kiest. Geef geen advies, tenzij erom gevraagd wordt.',
          values: ['autonomie', 'zelfbeschikking'],
        },
        {
          id: 'deliver-afspraak',
          question: 'Wilt u dat ik iets voor u uitzoek of doorgeef? Wat spreken we af?',
          probes: ['Wanneer hoort u weer van mij?', 'Hoe en wanneer kan ik u het best bereiken?'],
          hint: 'Beloof alleen wat je zeker kunt waarmaken. Noteer de afspraak bij het vervolg, zonder naam of telefoonnummer.',
          values: ['betrokkenheid'],
        },
      ],
    },
    {
      phase: 'closing',
      title: 'Afsluiten',
      intro: 'Kijk samen terug, bedank de mantelzorger en vertel eerlijk wat er met het verhaal gebeurt.',
      prompts: [
        {
          id: 'closing-terugblik',
          question: 'Ik vertel kort wat ik gehoord heb. Klopt dat zo?',
          probes: ['Wat mis ik nog?', 'Wat was voor u het belangrijkste van dit gesprek?'],
          hint: 'Vat samen in de woorden van de mantelzorger, niet in vaktaal. Pas aan wat niet klopt.',
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
          question: 'Hartelijk dank voor uw tijd. Ik weet dat die kostbaar is. Hoe was dit gesprek voor u?',
          probes: ['Wilt u nog iets zeggen waar we het niet over hadden?'],
          hint: 'Vertel dat de mantelzorger de toestemming later nog kan intrekken, en hoe.',
          values: ['betrokkenheid', 'compassie'],
        },
      ],
    },
  ],
};
