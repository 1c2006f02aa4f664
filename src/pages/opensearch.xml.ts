// OpenSearch description: lets browsers add the guide's search (it opens /zoeken/?q=).
import type { APIRoute } from 'astro';
import { url } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const absolute = (path: string) => new URL(url(path), site).href;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>UiTPAS-regio</ShortName>
  <Description>Zoek in de gids voor regionale UiTPAS-samenwerking</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>nl</Language>
  <Image width="32" height="32" type="image/svg+xml">${absolute('favicon.svg')}</Image>
  <Url type="text/html" method="get" template="${absolute('zoeken/')}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${absolute('opensearch.xml')}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
