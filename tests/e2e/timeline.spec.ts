// The timeline and its link to the map: one URL state, Back/Forward, time travel, keyboard, no-JS list.
import { expect, test, type Page } from '@playwright/test';
import { watch } from './site.ts';

interface DealsFile {
  deals: {
    id: string;
    title: string;
    from: string[];
    to: string[];
    status: string;
    statusHistory: { date: string; status: string }[];
  }[];
}
interface EventsFile {
  events: { id: string; date: string; deals: string[]; title: string }[];
}
/** The middle of the period a partial date names, to compare "2025" with "2025-06-14". */
function middle(date: string | null): number {
  const [y = 0, m, d] = (date ?? '').split('-').map(Number);
  const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const end =
    d !== undefined ? Date.UTC(y, (m ?? 1) - 1, d + 1) : m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return (start + end) / 2;
}
const data = async <T>(page: Page, path: string) => (await (await page.request.get(path)).json()) as T;
const timeline = (page: Page) => page.locator('deal-timeline').first();
const map = (page: Page) => page.locator('world-map').first();

/** Charts enhance when they near the viewport: bring the timeline there and wait for its controls. */
async function ready(page: Page) {
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(timeline(page).locator('.controls')).toBeVisible();
}

/** Share of a screenshot's pixels that are dark (luminance below 40%), decoded in a blank page with a canvas. */
async function darkShare(page: Page, png: Buffer): Promise<number> {
  const blank = await page.context().newPage();
  const share = await blank.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        const luminance = (0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0)) / 255;
        if (luminance < 0.4) dark += 1;
      }
      return dark / (data.length / 4);
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  await blank.close();
  return share;
}

test('timeline marks draw only their small glyph: the larger hit area around each is invisible', async ({ page }) => {
  await page.goto('/stories/rwanda-us-talks/');
  const mark = timeline(page).locator('a[data-event] use.mark').first();
  // The mark's box is the hit circle; the glyph inside is half as wide, so it darkens well under half of the box.
  expect(await darkShare(page, await mark.screenshot())).toBeLessThan(0.4);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a deal page timeline lists every event of the deal with <time datetime> at its precision', async ({ page }) => {
    const { events } = await data<EventsFile>(page, '/data/events.json');
    const mine = events.filter((e) => e.deals.includes('us-rwanda'));
    await page.goto('/deals/us-rwanda/');
    const items = page.locator('figure.timeline li[data-event]');
    await expect(items).toHaveCount(mine.length);
    for (const event of mine) {
      await expect(page.locator(`figure.timeline li[data-event="${event.id}"] time`)).toHaveAttribute(
        'datetime',
        event.date,
      );
    }
    // One mark per event in the SVG, each a link with a name and the deal ids.
    await expect(timeline(page).locator('a[data-event]')).toHaveCount(mine.length);
    // Each mark is named by its date and title (from the list item, through aria-labelledby).
    const first = mine[0];
    if (first) {
      await expect(timeline(page).locator(`a[data-event="${first.id}"]`)).toHaveAccessibleName(
        new RegExp(first.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
    }
    await expect(timeline(page).locator('.controls')).toBeHidden();
  });

  test('the full timeline page lists every event, each with its date and a link to its deal', async ({ page }) => {
    const { events } = await data<EventsFile>(page, '/data/events.json');
    await page.goto('/timeline/');
    await expect(page.locator('figure.timeline li[data-event]')).toHaveCount(events.length);
    await expect(timeline(page).locator('a[data-event]:not(.is-outside)').first()).toBeAttached();
    for (const event of events.slice(0, 40))
      await expect(
        page.locator(`figure.timeline li[data-event="${event.id}"] a[href^="/deals/${event.deals[0] ?? ''}/#event-"]`),
      ).toHaveCount(1);
  });

  test('the front page groups deals by sending state; every event is one link away', async ({ page }) => {
    const { deals } = await data<DealsFile>(page, '/data/deals.json');
    await page.goto('/');
    const groups = page.locator('deal-overview details.group');
    expect(await groups.count()).toBeGreaterThan(3);
    // The lead story's deals are listed, and their groups start open.
    for (const id of ['us-rwanda', 'uk-rwanda']) {
      const lane = page.locator(`deal-overview li.lane[data-lane="${id}"]`);
      await expect(lane).toBeVisible();
      await expect(lane.locator(`a[href="/deals/${id}/"]`)).toHaveCount(1);
    }
    // Every group names how many deals it has; together they hold every deal.
    const held = await groups.evaluateAll((nodes) =>
      nodes.flatMap((n) => (n.getAttribute('data-deals') ?? '').split(' ')),
    );
    expect(held.sort()).toEqual(deals.map((d) => d.id).sort());
    await expect(page.locator('figure.overview a[href="/timeline/"]')).toHaveCount(1);
    await expect(page.locator('figure.overview a[href="/deals/"]')).toHaveCount(1);
  });
});

test.describe('with JavaScript', () => {
  test('selecting a deal on the map highlights its lane and writes the URL; Back undoes it', async ({
    page,
    baseURL,
  }) => {
    const problems = watch(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await expect(map(page).locator('.controls')).toBeVisible();
    // Another arc's invisible hit line lies over this glyph: the click lands on that line, and the map gives it to
    // the glyph's deal (force skips Playwright's check that nothing covers the glyph, which is what is tested here).
    await map(page).locator('a[data-deal="us-rwanda"] path.glyph').first().click({ force: true });
    await expect(page).toHaveURL(/\?deal=us-rwanda$/);
    const overview = page.locator('deal-overview');
    // The overview enhances when it nears the viewport, and then shows the selection made on the map.
    await overview.scrollIntoViewIfNeeded();
    await expect(overview.locator('li.lane[data-lane="us-rwanda"]')).toHaveClass(/is-selected/);
    await expect(overview.locator('li.lane[data-lane="uk-rwanda"]')).toHaveClass(/is-dimmed/);
    await expect(map(page).locator('a[data-deal="us-rwanda"]')).toHaveClass(/is-selected/);
    await expect(map(page).locator('[data-selection]')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(overview.locator('li.lane.is-selected')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('selecting an event on the timeline selects its deal on the map', async ({ page }) => {
    await page.goto('/deals/uk-rwanda/');
    await ready(page);
    const mark = timeline(page).locator('g.lane[data-lane="uk-rwanda"] a[data-event]:not(.is-outside)').first();
    const id = await mark.getAttribute('data-event');
    await mark.locator('use.mark').click();
    await expect(page).toHaveURL(new RegExp(`\\?deal=uk-rwanda&event=${id ?? ''}$`));
    await expect(map(page).locator('a[data-deal="uk-rwanda"]')).toHaveClass(/is-selected/);
    await expect(mark).toHaveClass(/is-selected/);
  });

  test('a URL with state restores both views', async ({ page }) => {
    await page.goto('/deals/uk-rwanda/?deal=uk-rwanda&from=2023&to=2024&asof=2023-01-01');
    await ready(page);
    await expect(timeline(page).locator('g.lane[data-lane="uk-rwanda"]')).toHaveClass(/is-selected/);
    await expect(map(page).locator('a[data-deal="uk-rwanda"]')).toHaveClass(/is-selected/);
    // The window is 2023–2024: events of 2022 and 2025 are hidden, events of 2023 shown.
    const lane = timeline(page).locator('g.lane[data-lane="uk-rwanda"]');
    await expect(lane.locator('a[data-event^="uk-rwanda-2022"]').first()).toHaveClass(/is-outside/);
    await expect(lane.locator('a[data-event^="uk-rwanda-2023"]').first()).not.toHaveClass(/is-outside/);
    await expect(timeline(page).locator('g.axis text').first()).toHaveText(/2023/);
    // As of 1 January 2023 the UK–Rwanda deal was suspended (flight grounded in June 2022).
    await expect(map(page).locator('a[data-deal="uk-rwanda"]')).toHaveAttribute('data-status', 'suspended');
  });

  test('the as-of control recolours map marks from their status histories', async ({ page }) => {
    const { deals } = await data<DealsFile>(page, '/data/deals.json');
    await page.goto('/');
    const overview = page.locator('deal-overview');
    await overview.scrollIntoViewIfNeeded();
    await expect(overview.locator('.controls')).toBeVisible();
    const slider = overview.locator('input[data-as-of]');
    // 2024-06-01, as days since the epoch.
    const day = Date.UTC(2024, 5, 1) / 86_400_000;
    await slider.fill(String(day));
    await expect(page).toHaveURL(/asof=2024-06-01/);
    const statusOn = (id: string) =>
      deals
        .find((d) => d.id === id)
        ?.statusHistory.filter(
          (t) => t.date.localeCompare('2024-06-01') <= 0 || t.date === '2024' || t.date === '2024-06',
        )
        .at(-1)?.status;
    // The home map draws one arc per country pair, in the most advanced status of its deals on that date.
    const precedence = ['active', 'agreed', 'suspended', 'talks', 'ended'];
    for (const mark of await map(page).locator('a[data-deals]').all()) {
      const statuses = ((await mark.getAttribute('data-deals')) ?? '').split(' ').map(statusOn);
      const expected = precedence.find((s) => statuses.includes(s));
      if (expected === undefined) await expect(mark).toHaveClass(/is-future/);
      else await expect(mark).toHaveAttribute('data-status', expected);
    }
    await expect(map(page).locator('a[data-deal="us-rwanda"]')).toHaveClass(/is-future/);
  });

  test('keyboard: arrows through time and between lanes, Home/End, Escape, Enter', async ({ page }) => {
    await page.goto('/deals/uk-rwanda/');
    const root = timeline(page);
    await ready(page);
    await expect(root.locator('a[data-event][tabindex="0"]')).toHaveCount(1);
    const first = root.locator('a[data-event][tabindex="0"]');
    await first.focus();
    await expect(root.locator('.card')).toBeVisible();
    const t0 = middle(await first.getAttribute('data-date'));
    await page.keyboard.press('ArrowRight');
    const t1 = middle(await page.locator(':focus').getAttribute('data-date'));
    expect(t1).toBeGreaterThanOrEqual(t0);
    await page.keyboard.press('End');
    const last = await page.locator(':focus').getAttribute('data-event');
    await expect(root.locator('.card')).toContainText(
      (await page.locator(`figure.timeline li[data-event="${last ?? ''}"] .title`).textContent()) ?? 'x',
    );
    await page.keyboard.press('Home');
    expect(middle(await page.locator(':focus').getAttribute('data-date'))).toBe(t0);
    await page.keyboard.press('Escape');
    await expect(root.locator('.card')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/deals\/uk-rwanda\/#event-/);
  });

  test('up and down move between lanes to the nearest event in time', async ({ page }) => {
    await page.goto('/timeline/');
    const root = timeline(page);
    await ready(page);
    await root.locator('a[data-event][tabindex="0"]').focus();
    const lane = async () => page.locator(':focus').evaluate((n) => n.closest('g.lane')?.getAttribute('data-lane'));
    const start = await lane();
    await page.keyboard.press('ArrowDown');
    const below = await lane();
    expect(below).not.toBe(start);
    await page.keyboard.press('ArrowUp');
    expect(await lane()).toBe(start);
  });

  test('zoom buttons narrow and widen the window; filters hide lanes, event types and list items', async ({ page }) => {
    const { deals } = await data<DealsFile>(page, '/data/deals.json');
    const british = deals.filter((d) => [...d.from, ...d.to].includes('GBR'));
    await page.goto('/timeline/');
    const root = timeline(page);
    await ready(page);
    const labels = async () => root.locator('g.axis text').allTextContents();
    const before = await labels();
    await root.locator('[data-zoom="in"]').click();
    await root.locator('[data-zoom="in"]').click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
    expect(await labels()).not.toEqual(before);
    await root.locator('[data-zoom="reset"]').click();
    await expect(root.locator('a[data-event].is-outside')).toHaveCount(0);
    await root.locator('select[data-filter="country"]').selectOption('GBR');
    await expect(root.locator('g.lane:not(.is-filtered)')).toHaveCount(british.length);
    const list = page.locator('figure.timeline .list li[data-event]');
    await expect(list.filter({ visible: true }).first()).toBeAttached();
    for (const id of await list
      .filter({ visible: true })
      .evaluateAll((n) => n.map((e) => e.getAttribute('data-event'))))
      expect(british.some((d) => (id ?? '').startsWith(d.id))).toBe(true);
    await root.locator('select[data-filter="country"]').selectOption('');
    await root.locator('select[data-filter="year"]').selectOption('2024');
    await expect(page).toHaveURL(/from=2024&to=2024/);
    await expect(root.locator('g.axis text').first()).toHaveText(/2024/);
    expect(
      (
        await list.filter({ visible: true }).evaluateAll((n) => n.map((e) => e.querySelector('time')?.dateTime ?? ''))
      ).every((date) => date.startsWith('2024')),
    ).toBe(true);
    await root.locator('select[data-filter="year"]').selectOption('');
    await root.locator('.types summary').click();
    await root.locator('input[data-filter="type"][value="court-ruling"]').uncheck();
    await expect(root.locator('a[data-event][data-type="court-ruling"]:not(.is-filtered)')).toHaveCount(0);
    await expect(root.locator('a[data-event][data-type="talks"]:not(.is-filtered)').first()).toBeAttached();
  });

  test('a link naming a country opens the full timeline filtered to it', async ({ page }) => {
    await page.goto('/timeline/?country=GBR');
    await ready(page);
    await expect(timeline(page).locator('select[data-filter="country"]')).toHaveValue('GBR');
    await expect(timeline(page).locator('g.lane.is-filtered').first()).toBeAttached();
  });

  test('on a phone the timeline scrolls sideways inside its frame, not the page', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/timeline/');
    await ready(page);
    const scroller = page.locator('figure.timeline .scroll');
    const sizes = await scroller.evaluate((n) => ({ scroll: n.scrollWidth, client: n.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    const buttons = await page
      .locator('figure.timeline .controls button')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
    for (const height of buttons) expect(height).toBeGreaterThanOrEqual(24);
    await context.close();
  });
});

test.describe('reader input on the timeline', () => {
  /** Where the axis ticks are: they move when the window pans or zooms. */
  const firstBandX = (page: Page) =>
    timeline(page)
      .locator('g.grid line')
      .evaluateAll((lines) => lines.map((l) => l.getAttribute('x1')).join(' '));

  async function zoomedIn(page: Page) {
    await page.goto('/deals/uk-rwanda/');
    await ready(page);
    await timeline(page).locator('[data-zoom="in"]').click();
  }

  test('a plain wheel scrolls the page; Ctrl+wheel zooms the timeline, in pixels whatever the deltaMode', async ({
    page,
  }) => {
    await page.goto('/deals/uk-rwanda/');
    await ready(page);
    const svg = timeline(page).locator('svg').first();
    const before = await firstBandX(page);
    const wheel = (init: { deltaY: number; deltaMode: number; ctrlKey?: boolean }) =>
      svg.evaluate((node, init) => {
        const box = node.getBoundingClientRect();
        return node.dispatchEvent(
          new WheelEvent('wheel', {
            ...init,
            clientX: box.x + box.width / 2,
            clientY: box.y + box.height / 2,
            bubbles: true,
            cancelable: true,
          }),
        );
      }, init);
    // Not cancelled: the browser scrolls the page as usual, and the window stays.
    expect(await wheel({ deltaY: 120, deltaMode: 0 })).toBe(true);
    expect(await firstBandX(page)).toBe(before);
    expect(await wheel({ deltaY: -3, deltaMode: 1, ctrlKey: true })).toBe(false);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
    const lines = await firstBandX(page);
    expect(lines).not.toBe(before);
    await timeline(page).locator('[data-zoom="reset"]').click();
    expect(await wheel({ deltaY: -48, deltaMode: 0, ctrlKey: true })).toBe(false);
    // Three lines are 48 pixels: the same zoom either way.
    expect(await firstBandX(page)).toBe(lines);
  });

  test('a drag pans with the primary button only', async ({ page }) => {
    await zoomedIn(page);
    const start = await firstBandX(page);
    const box = await timeline(page).locator('svg').first().boundingBox();
    if (!box) throw new Error('no timeline');
    const y = box.y + box.height - 40;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down({ button: 'right' });
    await page.mouse.move(box.x + box.width / 2 + 150, y, { steps: 4 });
    await page.mouse.up({ button: 'right' });
    expect(await firstBandX(page)).toBe(start);
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, y, { steps: 4 });
    await page.mouse.up();
    expect(await firstBandX(page)).not.toBe(start);
  });

  for (const ending of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) {
    test(`${ending} ends a drag on the timeline: later moves do not pan`, async ({ page }) => {
      await zoomedIn(page);
      const moved = await timeline(page)
        .locator('svg')
        .first()
        .evaluate((svg, ending) => {
          const box = svg.getBoundingClientRect();
          const at = (type: string, dx: number) =>
            svg.dispatchEvent(
              new PointerEvent(type, {
                pointerId: 9,
                pointerType: 'touch',
                isPrimary: true,
                button: type === 'pointermove' ? -1 : 0,
                buttons: 1,
                clientX: box.x + box.width / 2 + dx,
                clientY: box.y + box.height - 20,
                bubbles: true,
              }),
            );
          const bandX = () => [...svg.querySelectorAll('g.grid line')].map((l) => l.getAttribute('x1')).join(' ');
          const before = bandX();
          at('pointerdown', 0);
          at('pointermove', 60);
          const panned = bandX();
          at(ending, 60);
          // Ending a drag records the window in the URL, rounded to whole days: compare from there.
          const ended = bandX();
          at('pointermove', 200);
          return { before, panned, ended, after: bandX() };
        }, ending);
      expect(moved.panned).not.toBe(moved.before);
      expect(moved.after).toBe(moved.ended);
    });
  }
});
