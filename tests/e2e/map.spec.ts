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

  test('the home map has one linked, named arc per country pair carrying its deals, a description and a table', async ({
    page,
  }) => {
    const { deals } = await dealsData(page);
    const pairs = new Map<string, string[]>();
    for (const deal of deals)
      for (const from of deal.from)
        for (const to of deal.to) pairs.set(`${from}>${to}`, [...(pairs.get(`${from}>${to}`) ?? []), deal.id]);
    await page.goto('/');
    const marks = map(page).locator('a[data-deals]');
    await expect(marks).toHaveCount(pairs.size);
    for (const [pair, ids] of pairs) {
      const mark = map(page).locator(`a[data-pair="${pair}"]`);
      await expect(mark.locator('path.arc')).toHaveCount(1);
      expect(((await mark.getAttribute('data-deals')) ?? '').split(' ').sort()).toEqual([...ids].sort());
      const lead = (await mark.getAttribute('data-deal')) ?? '';
      expect(ids).toContain(lead);
      await expect(mark).toHaveAttribute('href', `/deals/${lead}/`);
      await expect(mark).toHaveAttribute('aria-label', / to .*: \d+ deals?, /);
    }
    await expect(page.locator('figure.world-map .description').first()).toContainText(`${deals.length} deals`);
    await expect(page.locator('figure.world-map [data-pair-row]')).toHaveCount(pairs.size);
    // Every deal is linked from the table, once.
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
    const count = await root.locator('a[data-deal]').count();
    await expect(root.locator('a[data-deal][tabindex="0"]')).toHaveCount(1);
    await expect(root.locator('a[data-deal][tabindex="-1"]')).toHaveCount(count - 1);
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

  test('filters hide exactly the arcs whose status or kinds are unticked', async ({ page }) => {
    const { deals } = await dealsData(page);
    await page.goto('/');
    const root = map(page);
    await root.locator('.filters summary').click();
    const marks = await root.locator('a[data-deals]').evaluateAll((nodes) =>
      nodes.map((n) => ({
        key: n.getAttribute('data-pair') ?? '',
        status: n.getAttribute('data-status') ?? '',
        kinds: (n.getAttribute('data-kinds') ?? '').split(' '),
        deals: (n.getAttribute('data-deals') ?? '').split(' '),
      })),
    );
    const status = marks[0]?.status ?? 'active';
    await root.locator(`input[data-filter="status"][value="${status}"]`).uncheck();
    for (const mark of marks) {
      const locator = root.locator(`a[data-pair="${mark.key}"]`);
      if (mark.status === status) await expect(locator).toHaveClass(/is-filtered/);
      else await expect(locator).not.toHaveClass(/is-filtered/);
    }
    const shownDeals = new Set(marks.filter((m) => m.status !== status).flatMap((m) => m.deals));
    await expect(root.locator('.shown')).toHaveText(`${shownDeals.size} of ${deals.length} deals shown`);
    const kind = marks.find((m) => m.status !== status)?.kinds[0] ?? '';
    await root.locator(`input[data-filter="kind"][value="${kind}"]`).uncheck();
    const stillShown = marks.filter((m) => m.status !== status && m.kinds.some((k) => k !== kind));
    await expect(root.locator('a[data-deals]:not(.is-filtered)')).toHaveCount(stillShown.length);
    // The tab stop moves to a visible arc.
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

/** The map's zoom, from its viewport's transform ("translate(x,y) scale(k)"). */
async function scaleOf(page: Page): Promise<number> {
  const transform = (await map(page).locator('g.viewport').getAttribute('transform')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

/** A point over open sea on the home map (no arc under it), in page coordinates. */
async function seaPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await map(page).locator('svg').boundingBox();
  if (!box) throw new Error('no map');
  return { x: box.x + box.width * 0.04, y: box.y + box.height * 0.55 };
}

async function ready(page: Page, path = '/') {
  await page.goto(path);
  await expect(map(page).locator('.controls')).toBeVisible();
  await map(page).scrollIntoViewIfNeeded();
  await expect(map(page).locator('g.viewport')).toHaveAttribute('transform', /scale/);
}

test('selecting an arc on the home map highlights its deal, its pair and its countries', async ({ page }) => {
  await ready(page);
  const root = map(page);
  await root.locator('a[data-pair="USA>XKX"] path.glyph').click();
  await expect(page).toHaveURL(/\?deal=us-kosovo/);
  await expect(root.locator('a[data-pair="USA>XKX"]')).toHaveClass(/is-selected/);
  await expect(root.locator('a[data-pair="ITA>ALB"]')).toHaveClass(/is-dimmed/);
  await expect(root.locator('.countries [data-country="XKX"]')).toHaveClass(/is-selected/);
  await expect(root.locator('.countries [data-country="USA"]')).toHaveClass(/is-selected/);
  await expect(root.locator('.countries [data-country="ALB"]')).not.toHaveClass(/is-selected/);
});

test.describe('region presets', () => {
  test('one click shows a region, names it in the URL, and Back and Forward restore the views', async ({ page }) => {
    await ready(page);
    const root = map(page);
    await expect(root.locator('button[data-region="world"]')).toHaveAttribute('aria-pressed', 'true');
    const button = root.locator('button[data-region="caribbean"]');
    const [, , w = 0, h = 0] = ((await button.getAttribute('data-view')) ?? '').split(' ').map(Number);
    const { width, height } = await root
      .locator('svg')
      .evaluate((svg: SVGSVGElement) => ({ width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height }));
    await button.click();
    await expect(page).toHaveURL(/\?region=caribbean$/);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(await scaleOf(page)).toBeCloseTo(Math.min(width / w, height / h), 1);
    // The labels placed for the Caribbean show, and only they.
    await expect(root.locator('.label-layer.is-active')).toHaveCount(2);
    await expect(root.locator('.label-layer.is-active').first()).toHaveAttribute('data-region', 'caribbean');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect.poll(() => scaleOf(page)).toBe(1);
    await expect(root.locator('button[data-region="world"]')).toHaveAttribute('aria-pressed', 'true');
    await page.goForward();
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(4);
  });

  test('a URL naming a region opens the map on it', async ({ page }) => {
    await ready(page, '/?region=balkans');
    await expect(map(page).locator('button[data-region="balkans"]')).toHaveAttribute('aria-pressed', 'true');
    expect(await scaleOf(page)).toBeGreaterThan(8);
    await expect(map(page).locator('.label-layer.is-active[data-region="balkans"]')).toHaveCount(2);
    await expect(map(page).locator('.label-layer.is-active text[data-country="XKX"]').first()).toBeAttached();
  });

  test('at 360 px the presets wrap inside the screen, work, and labels stay legible', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await ready(page);
    const root = map(page);
    for (const button of await root.locator('button[data-region]').all()) {
      const box = await button.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const sizes = await root
      .locator('.label-layer text')
      .evaluateAll((texts) =>
        texts.filter((t) => t.getClientRects().length > 0).map((t) => t.getBoundingClientRect().height),
      );
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    await root.locator('button[data-region="great-lakes"]').click();
    await expect(page).toHaveURL(/region=great-lakes/);
    await expect(root.locator('.label-layer.is-active[data-design="narrow"] text[data-country="RWA"]')).toBeVisible();
    await context.close();
  });
});

test.describe('reader input', () => {
  test('a plain wheel over the map scrolls the page and leaves the map alone', async ({ page }) => {
    await ready(page);
    const before = await page.evaluate(() => window.scrollY);
    const { x, y } = await seaPoint(page);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    expect(await scaleOf(page)).toBe(1);
  });

  test('Ctrl+wheel zooms the map and not the page scroll', async ({ page }) => {
    await ready(page);
    const { x, y } = await seaPoint(page);
    await page.mouse.move(x, y);
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(2);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });

  test('the wheel deltaMode is honoured: lines and pages count as pixels', async ({ page }) => {
    await ready(page);
    const zoomBy = async (init: { deltaY: number; deltaMode: number; ctrlKey?: boolean; metaKey?: boolean }) => {
      await map(page).locator('[data-zoom="reset"]').click();
      await map(page)
        .locator('svg')
        .evaluate((svg, init) => {
          const box = svg.getBoundingClientRect();
          svg.dispatchEvent(
            new WheelEvent('wheel', {
              ...init,
              clientX: box.x + box.width / 2,
              clientY: box.y + box.height / 2,
              bubbles: true,
              cancelable: true,
            }),
          );
        }, init);
      return scaleOf(page);
    };
    const pixels = await zoomBy({ deltaY: -48, deltaMode: 0, ctrlKey: true });
    const lines = await zoomBy({ deltaY: -3, deltaMode: 1, ctrlKey: true });
    const pages = await zoomBy({ deltaY: -0.1, deltaMode: 2, metaKey: true });
    expect(pixels).toBeGreaterThan(1.1);
    expect(lines).toBeCloseTo(pixels, 2);
    const height = await page.evaluate(() => window.innerHeight);
    expect(pages).toBeCloseTo(Math.exp(0.1 * height * 0.005), 1);
    expect(await zoomBy({ deltaY: -48, deltaMode: 0 })).toBe(1);
  });

  test('double-click zooms in where it is', async ({ page }) => {
    await ready(page);
    const { x, y } = await seaPoint(page);
    await page.mouse.dblclick(x, y);
    await expect.poll(() => scaleOf(page)).toBeCloseTo(2, 2);
  });

  test('a drag pans with the primary button only', async ({ page }) => {
    await ready(page);
    await map(page).locator('[data-zoom="in"]').click();
    const viewport = map(page).locator('g.viewport');
    const start = await viewport.getAttribute('transform');
    const { x, y } = await seaPoint(page);
    await page.mouse.move(x + 20, y);
    await page.mouse.down({ button: 'right' });
    await page.mouse.move(x + 120, y + 10, { steps: 4 });
    await page.mouse.up({ button: 'right' });
    expect(await viewport.getAttribute('transform')).toBe(start);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(x + 20, y, { steps: 4 });
    await page.mouse.up({ button: 'middle' });
    expect(await viewport.getAttribute('transform')).toBe(start);
    await page.mouse.down();
    await page.mouse.move(x + 100, y, { steps: 4 });
    await page.mouse.up();
    expect(await viewport.getAttribute('transform')).not.toBe(start);
  });

  for (const ending of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) {
    test(`${ending} ends a drag: later moves do not pan`, async ({ page }) => {
      await ready(page);
      await map(page).locator('[data-zoom="in"]').click();
      const viewport = map(page).locator('g.viewport');
      const moved = await map(page)
        .locator('svg')
        .evaluate((svg, ending) => {
          const box = svg.getBoundingClientRect();
          const at = (type: string, dx: number) =>
            svg.dispatchEvent(
              new PointerEvent(type, {
                pointerId: 7,
                pointerType: 'touch',
                isPrimary: true,
                button: type === 'pointermove' ? -1 : 0,
                buttons: 1,
                clientX: box.x + box.width / 2 + dx,
                clientY: box.y + box.height / 2,
                bubbles: true,
              }),
            );
          const transform = () => svg.querySelector('.viewport')?.getAttribute('transform');
          at('pointerdown', 0);
          at('pointermove', 30);
          const panned = transform();
          at(ending, 30);
          at('pointermove', 90);
          return { panned, after: transform() };
        }, ending);
      // The drag did pan before it ended, and nothing moved after.
      expect(moved.panned).not.toBe('translate(0,0) scale(1)');
      expect(moved.after).toBe(moved.panned);
      await expect(viewport).toHaveAttribute('transform', moved.panned ?? '');
    });
  }

  test('two fingers pinch to zoom', async ({ page }) => {
    await ready(page);
    const scale = await map(page)
      .locator('svg')
      .evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const at = (type: string, pointerId: number, x: number) =>
          svg.dispatchEvent(
            new PointerEvent(type, {
              pointerId,
              pointerType: 'touch',
              isPrimary: pointerId === 1,
              button: type === 'pointermove' ? -1 : 0,
              buttons: 1,
              clientX: x,
              clientY: cy,
              bubbles: true,
            }),
          );
        at('pointerdown', 1, cx - 20);
        at('pointerdown', 2, cx + 20);
        at('pointermove', 2, cx + 60);
        at('pointerup', 2, cx + 60);
        at('pointerup', 1, cx - 20);
        return /scale\(([\d.]+)\)/.exec(svg.querySelector('.viewport')?.getAttribute('transform') ?? '')?.[1];
      });
    expect(Number(scale)).toBeCloseTo(2, 1);
  });
});
