// The people charts: the dot chart of counts by deal (home page, MDX) and a deal's step chart of its counts.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watch } from './site.ts';

interface DealsFile {
  deals: { id: string; title: string; figures: { people: { value: number; asOf: string }[] } }[];
}
const deals = async (page: Page) => ((await (await page.request.get('/data/deals.json')).json()) as DealsFile).deals;
const chart = (page: Page) => page.locator('figure.people').first();

/** Charts enhance when they near the viewport: bring the chart there and wait for its keyboard hint. */
async function ready(page: Page) {
  await chart(page).scrollIntoViewIfNeeded();
  await expect(chart(page).locator('.hint')).toBeVisible();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home table lists every deal: each count with its date, the others as not known', async ({ page }) => {
    const all = await deals(page);
    await page.goto('/');
    const rows = chart(page).locator('details.table tbody tr');
    await expect(rows).toHaveCount(all.length);
    for (const deal of all) {
      const row = chart(page).locator(`tr[data-deal="${deal.id}"]`);
      await expect(row.locator('th a')).toHaveAttribute('href', `/deals/${deal.id}/`);
      if (deal.figures.people.length > 0) {
        await expect(row).toHaveAttribute('data-known', 'true');
        await expect(row.locator('td.num')).toHaveText(/\d/);
        await expect(row.locator('time')).toHaveCount(1);
      } else {
        await expect(row).toHaveAttribute('data-known', 'false');
        await expect(row.locator('td.num')).toHaveText('not known');
      }
    }
    // Counts come first, largest first by value; the unknown ones last.
    const known = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-known')));
    expect(known.indexOf('false') === -1 || known.slice(known.indexOf('false')).every((k) => k === 'false')).toBe(true);
  });

  test('deals without a count are listed as such, never drawn; every mark links to its deal page', async ({ page }) => {
    const all = await deals(page);
    await page.goto('/');
    const unknown = all.filter((d) => d.figures.people.length === 0);
    await expect(chart(page).locator('[data-unknown]')).toHaveCount(unknown.length);
    for (const deal of unknown) {
      await expect(chart(page).locator(`[data-unknown="${deal.id}"] a`)).toHaveAttribute('href', `/deals/${deal.id}/`);
      await expect(chart(page).locator(`a.mark[data-deal="${deal.id}"]`)).toHaveCount(0);
    }
    const marks = chart(page).locator('a.mark');
    const count = await marks.count();
    expect(count).toBe(Math.min(15, all.length - unknown.length));
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i);
      const id = await mark.getAttribute('data-deal');
      await expect(mark).toHaveAttribute('href', `/deals/${id ?? ''}/`);
      await expect(mark).toHaveAccessibleName(/people|person/);
      expect((await page.request.get(`/deals/${id ?? ''}/`)).status()).toBe(200);
    }
    // The "more" line points to the full list of deals.
    await expect(chart(page).locator('.more a')).toHaveAttribute('href', '/deals/');
  });

  test('a deal page draws its counts as steps, each point linked to its figure', async ({ page }) => {
    await page.goto('/deals/us-ghana/');
    const points = page.locator('figure.people-steps a.mark');
    await expect(points).toHaveCount(2);
    for (const href of await points.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(href ?? '#missing')).toContainText(/\d/);
    }
    await expect(page.locator('figure.people-steps svg.plot .line.open')).toHaveCount(1);
  });

  test('a deal with one count says so in words, with no chart', async ({ page }) => {
    await page.goto('/deals/uk-rwanda/');
    await expect(page.locator('figure.people-steps')).toHaveCount(0);
    await expect(page.locator('[data-people-single]')).toContainText('Only one published count');
  });
});

test.describe('with JavaScript', () => {
  test('keyboard: one tab stop, arrows, Home and End move between marks and show the card; Escape closes it', async ({
    page,
    baseURL,
  }) => {
    const problems = watch(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await ready(page);
    const marks = chart(page).locator('a.mark');
    await expect(chart(page).locator('a.mark[tabindex="0"]')).toHaveCount(1);
    await marks.first().focus();
    const card = chart(page).locator('.card');
    await expect(card).toBeVisible();
    const firstTitle = await chart(page)
      .locator(`tr[data-deal="${(await marks.first().getAttribute('data-deal')) ?? ''}"] th`)
      .textContent();
    await expect(card.locator('strong')).toHaveText(firstTitle?.trim() ?? '');
    await page.keyboard.press('ArrowDown');
    await expect(marks.nth(1)).toBeFocused();
    await expect(marks.nth(1)).toHaveAttribute('tabindex', '0');
    await expect(marks.first()).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('End');
    await expect(marks.last()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(marks.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(marks.first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(marks.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(marks.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/deals\/[a-z-]+\/$/);
    expect(problems).toEqual([]);
  });

  test('hovering a step shows its figure, and a click goes to it', async ({ page }) => {
    await page.goto('/deals/us-ghana/');
    const steps = page.locator('figure.people-steps');
    await steps.scrollIntoViewIfNeeded();
    await expect(steps.locator('.hint')).toBeVisible();
    const last = steps.locator('a.mark').last();
    await last.hover();
    await expect(steps.locator('.card')).toContainText('19');
    await last.click();
    await expect(page).toHaveURL(/#people-figure-\d$/);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const javaScriptEnabled of [true, false]) {
    const js = javaScriptEnabled ? 'JS on' : 'JS off';
    test(`axe passes on the people charts (${colorScheme}, ${js}${javaScriptEnabled ? ', card open' : ''})`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(60_000); // two pages, each with axe, on a shared 2-core machine
      const context = await browser.newContext({ colorScheme });
      // axe needs script execution, so "JS off" serves the page's own scripts empty instead (as pages.spec.ts does).
      if (!javaScriptEnabled)
        await context.route('**/*.js', (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
        );
      const page = await context.newPage();
      const problems = watch(page, new URL(baseURL ?? '').origin);
      for (const path of ['/', '/deals/us-ghana/']) {
        await page.goto(path);
        const figure = page.locator('figure.people, figure.people-steps').first();
        await figure.scrollIntoViewIfNeeded();
        if (javaScriptEnabled) {
          await expect(figure.locator('.hint')).toBeVisible();
          await figure.locator('a.mark[tabindex="0"]').focus();
          await expect(figure.locator('.card')).toBeVisible();
        } else if (path === '/') {
          await figure.locator('details.table summary').click();
        }
        expect(await axeViolations(page), `${path} ${colorScheme} ${js}`).toEqual([]);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
}
