// The world map: complete without JavaScript; with it, tooltips, keyboard, zoom and filters work.
import { expect, test, type Page } from '@playwright/test';
import { watch } from './site.ts';

interface DealsFile {
  deals: { id: string; title: string; status: string; kind: string; from: string[]; to: string[] }[];
}

async function dealsData(page: Page) {
  return (await (await page.request.get('/data/deals.json')).json()) as DealsFile;
}

const map = (page: Page) => page.locator('world-map').first();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home map has one linked, named mark per deal, a description and a table', async ({ page }) => {
    const { deals } = await dealsData(page);
    await page.goto('/');
    const marks = map(page).locator('a[data-deal]');
    await expect(marks).toHaveCount(deals.length);
    for (const deal of deals) {
      const mark = map(page).locator(`a[data-deal="${deal.id}"]`);
      await expect(mark).toHaveAttribute('href', `/deals/${deal.id}/`);
      await expect(mark).toHaveAttribute(
        'aria-label',
        new RegExp(`^${deal.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
      );
      await expect(mark.locator('path.arc')).toHaveCount(deal.from.length * deal.to.length);
    }
    await expect(page.locator('figure.world-map .description')).toContainText(`${deals.length} deals`);
    await expect(page.locator('figure.world-map [data-deal-row]')).toHaveCount(deals.length);
    // Controls that need JavaScript stay hidden.
    await expect(page.locator('figure.world-map .controls')).toBeHidden();
  });

  test('a deal page shows a map of that deal only', async ({ page }) => {
    await page.goto('/deals/us-rwanda/');
    await expect(map(page).locator('a[data-deal]')).toHaveCount(1);
    await expect(map(page).locator('[data-country="RWA"]').first()).toBeAttached();
    await expect(map(page).locator('[data-country="USA"]').first()).toBeAttached();
  });

  test('states too small for the basemap are drawn as points', async ({ page }) => {
    const { deals } = await dealsData(page);
    test.skip(!deals.some((d) => d.to.includes('NRU')), 'no deal with Nauru in the dataset');
    await page.goto('/');
    await expect(map(page).locator('circle.point[data-country="NRU"]')).toHaveCount(1);
  });
});

test.describe('with JavaScript', () => {
  test('hover and focus show a tooltip card with the deal, inside the map', async ({ page, baseURL }) => {
    const problems = watch(page, new URL(baseURL ?? '').origin);
    await page.goto('/deals/us-rwanda/');
    const root = map(page);
    await expect(root.locator('.controls')).toBeVisible();
    const mark = root.locator('a[data-deal="us-rwanda"]');
    await mark.locator('path.glyph').hover();
    const tooltip = root.locator('.tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('United States – Rwanda');
    await expect(tooltip).toHaveAttribute('role', 'status');
    const frame = await root.locator('.frame').boundingBox();
    const card = await tooltip.boundingBox();
    expect(card && frame && card.x >= frame.x && card.x + card.width <= frame.x + frame.width + 1).toBe(true);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  test('keyboard: one tab stop, arrows move between deals, Escape closes, Enter opens', async ({ page }) => {
    const { deals } = await dealsData(page);
    await page.goto('/');
    const root = map(page);
    await expect(root.locator('.controls')).toBeVisible();
    await expect(root.locator('a[data-deal][tabindex="0"]')).toHaveCount(1);
    await expect(root.locator('a[data-deal][tabindex="-1"]')).toHaveCount(deals.length - 1);
    const first = root.locator('a[data-deal][tabindex="0"]');
    const firstId = await first.getAttribute('data-deal');
    await first.focus();
    await expect(root.locator('.tooltip')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    const second = page.locator(':focus');
    expect(await second.getAttribute('data-deal')).not.toBe(firstId);
    const secondId = (await second.getAttribute('data-deal')) ?? '';
    const secondTitle = deals.find((d) => d.id === secondId)?.title ?? '';
    await expect(root.locator('.tooltip')).toContainText(secondTitle);
    await page.keyboard.press('End');
    expect(await page.locator(':focus').getAttribute('data-deal')).toBe(
      await root.locator('a[data-deal]').last().getAttribute('data-deal'),
    );
    await page.keyboard.press('Home');
    expect(await page.locator(':focus').getAttribute('data-deal')).toBe(firstId);
    await page.keyboard.press('Escape');
    await expect(root.locator('.tooltip')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/deals/${firstId ?? ''}/$`));
  });

  test('zoom buttons change the view and reset restores it', async ({ page }) => {
    await page.goto('/');
    const root = map(page);
    const viewport = root.locator('g.viewport');
    await root.locator('[data-zoom="in"]').click();
    await expect(viewport).toHaveAttribute('transform', /scale\(1\.6\)/);
    await root.locator('[data-zoom="out"]').click();
    await root.locator('[data-zoom="in"]').click();
    await root.locator('[data-zoom="in"]').click();
    await expect(viewport).toHaveAttribute('transform', /scale\(2\.56/);
    await root.locator('[data-zoom="reset"]').click();
    await expect(viewport).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  });

  test('filters hide exactly the deals whose status or kind is unticked', async ({ page }) => {
    const { deals } = await dealsData(page);
    await page.goto('/');
    const root = map(page);
    await root.locator('.filters summary').click();
    const status = deals[0]?.status ?? 'active';
    await root.locator(`input[data-filter="status"][value="${status}"]`).uncheck();
    const hidden = deals.filter((d) => d.status === status);
    for (const deal of deals) {
      const mark = root.locator(`a[data-deal="${deal.id}"]`);
      if (hidden.includes(deal)) await expect(mark).toHaveClass(/is-filtered/);
      else await expect(mark).not.toHaveClass(/is-filtered/);
    }
    await expect(root.locator('.shown')).toHaveText(`${deals.length - hidden.length} of ${deals.length} deals shown`);
    const kind = deals.find((d) => d.status !== status)?.kind ?? '';
    await root.locator(`input[data-filter="kind"][value="${kind}"]`).uncheck();
    const stillShown = deals.filter((d) => d.status !== status && d.kind !== kind);
    await expect(root.locator('a[data-deal]:not(.is-filtered)')).toHaveCount(stillShown.length);
    // The tab stop moves to a visible deal.
    await expect(root.locator('a[data-deal][tabindex="0"]:not(.is-filtered)')).toHaveCount(
      stillShown.length > 0 ? 1 : 0,
    );
  });

  test('reduced motion: nothing on the map animates', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/');
    const animated = await page
      .locator('world-map *')
      .evaluateAll(
        (nodes) =>
          nodes.filter(
            (n) =>
              getComputedStyle(n).animationName !== 'none' || parseFloat(getComputedStyle(n).transitionDuration) > 0.01,
          ).length,
      );
    expect(animated).toBe(0);
    await context.close();
  });
});
