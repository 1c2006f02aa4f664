import { describe, expect, it } from 'vitest';
import { structureProblems } from '../support/htmlStructure';

const page = (head: string, body: string, after = '') =>
  `<!DOCTYPE html><html lang="nl"><head><title>t</title>${head}</head><body>${body}</body></html>${after}`;

describe('structureProblems', () => {
  it('accepts a sound page, with scripts in head and body and tags named in script text', () => {
    const html = page(
      '<script type="module" src="/a.js"></script>',
      '<p>Hallo</p><script>const s = "<body>";</script><!-- <html> -->',
      '\n',
    );
    expect(structureProblems(html)).toEqual([]);
  });

  it('finds a script after </html> (the Nu checker: "Stray start tag script")', () => {
    const problems = structureProblems(page('', '<p>x</p>', '<script type="module" src="/z.js"></script>'));
    expect(problems.join(' ')).toMatch(/<script> after <\/body>/);
  });

  it('finds text and elements after </body>', () => {
    expect(structureProblems(page('', '<p>x</p>').replace('</body>', '</body><p>later</p>')).join(' ')).toMatch(
      /<p> after <\/body>/,
    );
  });

  it('finds a second <body> and a second <head>', () => {
    expect(structureProblems(page('', '<body class="x"><p>x</p>'))).toContain(
      '<body> must appear exactly once, found 2.',
    );
    expect(structureProblems(page('', '<head></head><p>x</p>'))).toContain('<head> must appear exactly once, found 2.');
  });

  it('finds a script between </head> and <body>', () => {
    const html = page('', '<p>x</p>').replace('</head><body>', '</head><script src="/b.js"></script><body>');
    expect(structureProblems(html).join(' ')).toMatch(/<script> outside <head> and <body>/);
  });
});
