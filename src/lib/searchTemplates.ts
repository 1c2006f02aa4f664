// Result templates for Pagefind's Component UI (adequate-little-templates syntax).
// Kept as strings: the {{ }} syntax is not Astro's.

/** One result: Pagefind's own template plus the part of the guide ("onderdeel"). */
export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if meta.onderdeel}}<p class="search-result-onderdeel"><span class="visually-hidden">Onderdeel: </span>{{ meta.onderdeel }}</p>{{/if}}
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;

/** As tall as a typical result, so only the results in view load their data. */
export const PLACEHOLDER_TEMPLATE = `<li class="pf-result" aria-hidden="true"><div class="search-result-placeholder"><div class="pf-skeleton pf-skeleton-title"></div></div></li>`;
