// The language check must find a page missing in one language, a wrong <html lang>, a missing hreflang and an
// English interface string left on a French page, and must not count text marked as English.
import { describe, expect, it } from 'vitest';
import { englishLeftovers, messageFragments, pageProblems, textInPageLanguage } from '../../scripts/languages.ts';

const head = (path: string) =>
  ['en', 'fr', 'es']
    .map(
      (l) =>
        `<link rel="alternate" hreflang="${l}" href="https://x.example${l === 'en' ? path.replace(/^\/(fr|es)\//, '/') : `/${l}${path.replace(/^\/(fr|es)\//, '/')}`}">`,
    )
    .join('');
const page = (lang: string, path: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title>${head(path)}</head><body>${body}</body></html>`;
const everywhere = () => true;

describe('messageFragments', () => {
  it('keeps the words of a message (of four letters or more), not its placeholders or plural syntax', () => {
    expect(messageFragments('{count, plural, one {The only deal} other {All # deals}}')).toEqual([
      'The only deal',
      'deals',
    ]);
    expect(messageFragments('Data last reviewed {date}.')).toEqual(['Data last reviewed']);
  });
});

describe('textInPageLanguage', () => {
  it('leaves out text marked with another language, scripts and code', () => {
    const { lang, text } = textInPageLanguage(
      page(
        'fr',
        '/fr/',
        '<p>Accords <span lang="en">Deals</span></p><script>var Deals</script><code>status</code><img alt="Carte">',
      ),
    );
    expect(lang).toBe('fr');
    expect(text).toContain('Accords');
    expect(text).toContain('Carte');
    expect(text).not.toMatch(/Deals|status/);
  });
});

describe('englishLeftovers and pageProblems', () => {
  it('finds an English interface string on a French page', () => {
    expect(englishLeftovers('Accords · Skip to main content', 'fr')).toContain('skip.toMain: "Skip to main content"');
    expect(pageProblems('/fr/deals/', page('fr', '/fr/deals/', '<a>Stories</a>'), everywhere)).toContain(
      'English left: nav.stories: "Stories"',
    );
  });

  it('accepts a French page whose English words are marked as English', () => {
    expect(
      pageProblems('/fr/deals/', page('fr', '/fr/deals/', '<p lang="en">Stories</p><p>Récits</p>'), everywhere),
    ).toEqual([]);
  });

  it('reports a missing counterpart, a wrong lang and a missing hreflang', () => {
    const problems = pageProblems(
      '/deals/',
      page('fr', '/deals/', '').replace(/<link rel="alternate" hreflang="es"[^>]*>/, ''),
      (p) => p !== '/es/deals/',
    );
    expect(problems).toContain('<html lang="fr">, expected "en"');
    expect(problems).toContain('has no es counterpart (/es/deals/)');
    expect(problems).toContain('its head has no hreflang="es" alternate');
  });
});
