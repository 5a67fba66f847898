/** The guides screen (leidraden). */
export const guides = {
  title: 'Leidraden',
  intro:
    'Een leidraad helpt u door een waarderend gesprek: ontdekken wat werkt, dromen over wat beter kan, ontwerpen wat helpt en afspreken wat de eerste stap is.',
  comingNext:
    'Komt in de volgende versie: leidraden bekijken, kopiëren, aanpassen, exporteren en importeren.',
};
