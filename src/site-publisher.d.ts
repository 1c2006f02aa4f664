// Replaced at build time by astro.config.mjs (vite.define) with the publisher settings.
declare const __SITE_PUBLISHER__: import('./lib/publisher').Publisher | null;
