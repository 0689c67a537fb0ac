// Reader features beyond the charts: search, the style guide's live components, downloads and citations.
import { expect, test } from '@playwright/test';
import { axeViolations, watch } from './site.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/browser.ts';

interface Meta {
  licence: string;
  builtOn: string;
  commit: string;
}
interface DealsFile {
  meta: Meta;
  deals: { id: string; title: string }[];
}

test.describe('search', () => {
  test('finds a deal and an event by keyboard alone, keeps the query in the URL, and opens a result', async ({
    page,
    baseURL,
  }) => {
    const problems = watch(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    // Reach the search page from the header by keyboard.
    await page.locator('header nav a', { hasText: 'Search' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/$/);
    await page.locator('#search-input').focus();
    await page.keyboard.type('Nauru');
    // The first search loads Pagefind's WebAssembly and index, which takes a few seconds on a busy machine.
    await expect(page.locator('#search-status')).toHaveText(/\d+ results\./, { timeout: 20_000 });
    await expect(page).toHaveURL(/\?q=Nauru$/);
    const results = page.locator('#search-results > li');
    expect(await results.count()).toBeGreaterThan(0);
    await expect(results.locator('h2 a').first()).toContainText('Nauru');
    await expect(results.locator('mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Down arrow moves into the results, Up arrow back to the box.
    await page.keyboard.press('ArrowDown');
    const first = results.locator('a').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#search-input')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href?.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&') ?? ''}$`));
    expect(problems).toEqual([]);
  });

  test('indexes stories and deals only, with events as sub-results, and opens a shared ?q= link', async ({ page }) => {
    await page.goto('/search/?q=Kigali');
    await expect(page.locator('#search-input')).toHaveValue('Kigali');
    await expect(page.locator('#search-status')).toHaveText(/\d+ results\./, { timeout: 20_000 });
    const kinds = await page.locator('#search-results .kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Story', 'Deal']));
    // Events are headings on deal and story pages, so they come back as links to their own anchor.
    const anchors = await page
      .locator('#search-results li ul a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(anchors.some((href) => /#title-/.test(href))).toBe(true);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzqxjv');
    await expect(page.locator('#search-status')).toHaveText('No results.', { timeout: 20_000 });
    await expect(page.locator('#search-results > li')).toHaveCount(0);
  });
});

test('the style guide renders every MDX component', async ({ page }) => {
  await page.goto('/styleguide/');
  const main = page.locator('main');
  await expect(main.locator('sup.cite')).not.toHaveCount(0);
  await expect(main.locator('.footnotes li')).not.toHaveCount(0);
  await expect(main.locator('a.fact')).not.toHaveCount(0);
  await expect(main.locator('aside.callout')).toHaveCount(4);
  await expect(main.locator('figure.pull-quote figcaption a[href^="http"]')).toHaveCount(1);
  await expect(main.locator('article.deal-card')).toHaveCount(1);
  // The map, and the map of the scrollytelling example.
  await expect(main.locator('figure.world-map')).toHaveCount(2);
  await expect(main.locator('[data-scrolly] [data-step]')).toHaveCount(2);
  await expect(main.locator('figure.timeline')).toHaveCount(1);
  await expect(main.locator('.status-legend, [class*="legend"]').first()).toBeVisible();
  const image = main.locator('figure.figure img');
  await expect(image).toHaveAttribute('alt', /.+/);
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('a <Fact> prints the value from the data and links to its deal', async ({ page }) => {
  await page.goto('/styleguide/');
  const fact = page.locator('a.fact[data-fact="uk-rwanda.people"]').first();
  await expect(fact).toHaveAttribute('href', '/deals/uk-rwanda/');
  await expect(fact.locator('data')).toHaveAttribute('value', /^\d+$/);
});

test('a deal page offers its data with licence and version, and a citation', async ({ page }) => {
  await page.goto('/deals/us-rwanda/');
  const reuse = page.locator('section.reuse');
  await expect(reuse.locator('.citation')).toContainText('United States – Rwanda deportation arrangement');
  await expect(reuse.locator('.citation')).toContainText('/deals/us-rwanda/');
  await expect(reuse.locator('a[rel="license"]')).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  const json = (await (await page.request.get('/data/deals/us-rwanda.json')).json()) as {
    meta: Meta;
    deal: { id: string };
  };
  expect(json.deal.id).toBe('us-rwanda');
  expect(json.meta.licence).toBe('CC BY 4.0');
  expect(json.meta.commit).not.toBe('');
  await expect(reuse).toContainText(json.meta.commit);
  const csv = await (await page.request.get('/data/deals/us-rwanda.csv')).text();
  expect(csv.split('\r\n')[0]).toBe('id,date,type,deals,title,summary,people,source_urls');
  const all = (await (await page.request.get('/data/deals.json')).json()) as DealsFile;
  expect(all.meta.builtOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test.describe('print', () => {
  test('a story prints without navigation or chart controls, with full source addresses', async ({ page }) => {
    await page.goto('/stories/rwanda-us-talks/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    // Both of the header's navigations: the site's and the language switcher.
    await expect(page.locator('header nav')).toHaveCount(2);
    for (const nav of await page.locator('header nav').all()) await expect(nav).toBeHidden();
    await expect(page.locator('footer.site-footer')).toBeHidden();
    expect(await page.locator('.se-chart .controls').count()).toBeGreaterThan(0);
    for (const controls of await page.locator('.se-chart .controls').all()) await expect(controls).toBeHidden();
    // Printed in light colours even when the reader's screen is dark.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const link = page.locator('.footnotes a[href^="http"]').first();
    const href = await link.getAttribute('href');
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(href ?? 'missing');
    await expect(page.locator('.footnotes .back').first()).toBeHidden();
  });

  test('the timeline prints as its dated list, even where the list is closed on screen', async ({ page }) => {
    await page.goto('/stories/rwanda-us-talks/');
    const list = page.locator('figure.timeline details.list').first();
    await expect(list).not.toHaveAttribute('open');
    const first = list.locator('li[data-event]').first();
    await expect(first).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(first).toBeVisible();
    await expect(page.locator('figure.timeline .scroll').first()).toBeHidden();
    await page.goto('/');
    await expect(page.locator('figure.world-map svg').first()).toBeVisible();
  });
});

test.describe('embeds', () => {
  test('only /embed/ pages may be framed by other sites', async ({ request }) => {
    const embed = (await request.get('/embed/map/')).headers();
    expect(embed['content-security-policy']).toContain('frame-ancestors *');
    expect(embed['content-security-policy']).not.toContain("frame-ancestors 'none'");
    const story = (await request.get('/stories/rwanda-us-talks/')).headers();
    expect(story['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('an embedded map keeps its URL state, shows the data date, links back, and reports its height', async ({
    playwright,
    baseURL,
  }) => {
    // A publisher's page is "public" to Chromium, which blocks it from framing a local server unless told not to.
    const browser = await playwright.chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
    });
    const page = await browser.newPage();
    const src = `${baseURL ?? ''}/embed/map/?deal=us-rwanda`;
    // The publisher's page, on another origin, collects the frame's resize messages.
    const host = `<!doctype html><title>Host</title><script>
        window.heights = [];
        addEventListener('message', (e) => { if (e.data && e.data.type === 'sent-elsewhere:resize') heights.push(e.data.height); });
      </script><iframe src="${src}" width="600" height="200"></iframe>`;
    const publisher = 'http://publisher.example/';
    await page.route(publisher, (route) => route.fulfill({ body: host, contentType: 'text/html' }));
    await page.goto(publisher);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
      .toBeGreaterThan(0);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(Math.max(...heights)).toBeGreaterThan(300);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('figure.world-map')).toBeVisible();
    await expect(frame.locator('footer')).toContainText(/Data reviewed \w+ \d+, \d{4}/);
    const back = frame.locator('a[data-embed-back]');
    await expect(back).toHaveAttribute('target', '_top');
    await expect(back).toHaveAttribute('href', /\/\?deal=us-rwanda/);
    await browser.close();
  });

  test('the embedded timeline stands alone without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/embed/timeline/');
    await expect(page.locator('header nav')).toHaveCount(0);
    await expect(page.locator('figure.timeline .scroll svg')).toBeVisible();
    expect(await page.locator('figure.timeline li[data-event]').count()).toBeGreaterThan(100);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await context.close();
  });
});
