/** Replaced at build time by vite.config.ts with the version in package.json. */
declare const __APP_VERSION__: string;
