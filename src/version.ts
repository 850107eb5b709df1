/** Replaced at build time from package.json; the fallback serves tests run from source. */
declare const __CADENCE_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __CADENCE_VERSION__ === 'string' ? __CADENCE_VERSION__ : '0.0.0-dev';
