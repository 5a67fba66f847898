/**
 * How Dutch street names end, and the street names of Zuidoost that end in none of these: the
 * Bijlmer flats (Kikkenstein, Hoogoord…) are addresses on their own, "Kikkenstein 2304".
 */
export const STREET_SUFFIXES = [
  'straat',
  'straatweg',
  'laan',
  'weg',
  'plein',
  'dreef',
  'gracht',
  'kade',
  'dijk',
  'pad',
  'singel',
  'park',
  'plantsoen',
  'steeg',
  'markt',
  'baan',
  'boulevard',
  'hof',
  'erf',
  'wal',
  'burgwal',
  'oord',
  'beek',
  'dam',
  'gaarde',
  'rode',
  'hoven',
  'hove',
  'werf',
  'vaart',
  'haven',
  'wijk',
  'hoeve',
  'stein',
  'veld',
  'donk',
  'poort',
  'oever',
  'stede',
  'stee',
  'hout',
  'brink',
  'meent',
  'street',
  'road',
  'lane',
  'avenue',
  // Abbreviated as notes do: "bijlmerstr. 12", "heenvlietln 22", "karspeldr. 8", "gaasperdammerwg 3".
  'str',
  'ln',
  'dr',
  'pl',
  'wg',
  'gr',
  'kd',
] as const;

/**
 * Endings of the Zuidoost flats' names (Huigenbos, Kruitberg, Kelbergen, Kleiburg, Groeneveen,
 * Hofgeest, Ganzenhoef, Hakfort, Kortvoort, Hogevecht, Garnwerd, Elsrijk): a street before a house number, but too common in surnames
 * (Rosenberg, Hoogeveen) to tell a name from a street anywhere else.
 */
export const FLAT_ENDINGS = [
  'bos',
  'berg',
  'bergen',
  'burg',
  'veen',
  'geest',
  'hoef',
  'fort',
  'voort',
  'vecht',
  'werd',
  'rijk',
] as const;

export const ZUIDOOST_STREETS = `
Kikkenstein Kelbergen Hoogoord Gooioord Grubbehoeve Hakfort Huigenbos Hofgeest Kempering Kleiburg
Kruitberg Groenhoven Gravenstein Geerdinkhof Daalwijk Develstein Dennenrode Echtenstein Egeldonk
Eeftink Frissenstein Florijn Fleerde Gerenstein Haardstee Heesterveld Hogevecht Kantershof
Koningshoef Kortvoort Kromwijk Gliphoeve Garnwerd Groeneveen Hoekenrode Hoptille Reigersbos
Kraaiennest Ganzenhoef Grunder Kormelink Klieverink Huntum
`;
