// zxcvbn-ts's language packages type only their index; the app loads single word lists from them.
declare module '@zxcvbn-ts/language-en/dist/firstnames.json.mjs' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-nl-be/dist/boysFirstnames.json.esm.js' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-nl-be/dist/girlsFirstnames.json.esm.js' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-nl-be/dist/commonWords.json.esm.js' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-nl-be/dist/lastnames.json.esm.js' {
  const words: string[];
  export default words;
}
