// Facts about the site itself, used across pages.
export const SITE_NAME = 'UiTPAS-regio: samenwerkingsgids';

/** publiq's page on the forms of cooperation: the source text of this guide. */
export const PUBLIQ_SOURCE_URL =
  'https://www.publiq.be/nl/projecten/uitpas/uitpas-in-jouw-stad-of-gemeente/uitpaspartner/regionale-aansluiting/samenwerkingsvormen';
