/**
 * Scrollytelling (<Scrolly>, <Step>): each step's view reaches the sticky figure as the step crosses the reading
 * line, without adding history entries; `#step-<id>` opens with that view; without JavaScript each step shows its
 * own static figure; axe in light and dark with JavaScript on and off; reduced motion; a phone keeps the figure
 * to at most half of its screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, watch } from './site.ts';

const STORIES = ['/stories/rwanda-us-talks/', '/stories/us-third-country-deportations/'];

interface StepView {
  id: string;
  deal?: string;
  event?: string;
  asof?: string;
  region?: string;
}

async function stepsOf(page: Page): Promise<StepView[]> {
  return page.locator('[data-step]').evaluateAll((steps) =>
    steps.map((s) => {
      const { step = '', deal, event, asof, region } = (s as HTMLElement).dataset;
      return {
        id: step,
        ...(deal ? { deal } : {}),
        ...(event ? { event } : {}),
        ...(asof ? { asof } : {}),
        ...(region ? { region } : {}),
      };
    }),
  );
}

/** Checks that the sticky figure shows the step's view: URL state, map selection, region and "as of" colours. */
async function expectView(page: Page, view: StepView) {
  const figure = page.locator('.se-scrolly-figure');
  await expect(page.locator('[data-scrolly]')).toHaveAttribute('data-step', view.id);
  await expect.poll(() => new URL(page.url()).searchParams.get('deal')).toBe(view.deal ?? null);
  expect(new URL(page.url()).searchParams.get('asof')).toBe(view.asof ?? null);
  expect(new URL(page.url()).searchParams.get('region')).toBe(view.region ?? null);
  const map: Locator = figure.locator('figure.world-map');
  // The map's region preset (its buttons are hidden in the scrolly, but say which view is shown).
  await expect(map.locator(`button[data-region="${view.region ?? 'world'}"]`)).toHaveAttribute('aria-pressed', 'true');
  if (view.deal) {
    await expect(map.locator(`a.deal[data-deal="${view.deal}"]`)).toHaveClass(/is-selected/);
  } else {
    await expect(map.locator('a.deal.is-selected')).toHaveCount(0);
  }
  if (view.deal && view.asof) {
    // The selected deal's mark shows its status on the step's date (or is marked as not yet begun).
    const expected = await page.evaluate(
      ({ deal, asof }) => {
        const mark = document.querySelector<SVGAElement>(`.se-scrolly-figure a.deal[data-deal="${deal}"]`);
        const history = (mark?.dataset['history'] ?? '').split(' ').map((t) => t.split(':'));
        const end = asof.length === 4 ? `${asof}-12-31` : asof.length === 7 ? `${asof}-31` : asof;
        let status: string | undefined;
        for (const [date = '', s] of history) if (date <= end) status = s;
        return status;
      },
      { deal: view.deal, asof: view.asof },
    );
    const mark = map.locator(`a.deal[data-deal="${view.deal}"]`);
    if (expected) await expect(mark).toHaveAttribute('data-status', expected);
    else await expect(mark).toHaveClass(/is-future/);
  }
  // The view in words, above the charts.
  await expect(figure.locator('[data-scrolly-view]')).toBeVisible();
}

for (const path of STORIES) {
  test(`${path}: scrolling through the steps shows each step's view without adding history entries`, async ({
    page,
    baseURL,
  }) => {
    const problems = watch(page, new URL(baseURL ?? '').origin);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const steps = await stepsOf(page);
    expect(steps.length).toBeGreaterThanOrEqual(6);
    const before = await page.evaluate(() => history.length);
    for (const step of steps) {
      // Scroll like a reader (the wheel), until the step reaches the reading line.
      const box = page.locator(`#step-${step.id}`);
      await box.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
      });
      await page.mouse.wheel(0, 1);
      await expectView(page, step);
    }
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(problems).toEqual([]);
  });

  test(`${path}: a link to a step opens with that step's view`, async ({ page }) => {
    await page.goto(path);
    const steps = await stepsOf(page);
    const step = steps[3] ?? steps[0];
    if (!step) throw new Error('no steps');
    await page.goto(`${path}#step-${step.id}`);
    await expectView(page, step);
    await expect(page.locator(`#step-${step.id}`)).toBeInViewport();
  });
}

test('the lead story opens on a named step and its timeline shows the step window', async ({ page }) => {
  await page.goto('/stories/rwanda-us-talks/#step-britain');
  await expectView(page, {
    id: 'britain',
    deal: 'uk-rwanda',
    asof: '2024-07-06',
    region: 'world',
  });
  expect(new URL(page.url()).searchParams.get('from')).toBe('2022');
  expect(new URL(page.url()).searchParams.get('to')).toBe('2024-12');
  await expect(page.locator('.se-scrolly-figure figure.timeline g.lane[data-lane="uk-rwanda"]')).toHaveClass(
    /is-selected/,
  );
});

test('on a 360 px phone the figure sits above the text and covers at most half the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/stories/rwanda-us-talks/#step-signed');
  const figure = page.locator('.se-scrolly-figure');
  await expect(page.locator('[data-scrolly]')).toHaveAttribute('data-step', 'signed');
  const box = await figure.boundingBox();
  expect(box?.y).toBe(0);
  expect(box?.height ?? 999).toBeLessThanOrEqual(370);
  const text = await page.locator('#step-signed p').first().boundingBox();
  expect(text?.y ?? 0).toBeGreaterThanOrEqual(box?.height ?? 0);
  // Reading, Tab and screen-reader order are the text's: the steps come before the figure in the document.
  const order = await page.evaluate(() => {
    const steps = document.querySelector('.se-scrolly-steps');
    const fig = document.querySelector('.se-scrolly-figure');
    return steps && fig ? steps.compareDocumentPosition(fig) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
});

test('reduced motion: steps change the view with no transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/stories/rwanda-us-talks/#step-arrivals');
  const step = page.locator('#step-arrivals');
  await expect(step).toHaveClass(/is-active/);
  const duration = await step.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(duration).toBeLessThan(0.001);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of STORIES) {
    test(`${path}: each step shows its own static figure, and the figure is an ordinary chart`, async ({ page }) => {
      await page.goto(path);
      const steps = await stepsOf(page);
      expect(steps.length).toBeGreaterThanOrEqual(6);
      for (const step of steps) {
        const figure = page.locator(`#step-${step.id} .se-step-figure`);
        await expect(figure).toBeVisible();
        await expect(figure.locator('svg use[href="/geo/world.svg#land"]')).toHaveCount(1);
        if (step.deal) await expect(figure.locator('.deal .arc').first()).toBeAttached();
        await expect(figure.locator('figcaption')).not.toBeEmpty();
      }
      const sticky = page.locator('.se-scrolly-figure');
      expect(await sticky.evaluate((el) => getComputedStyle(el).position)).toBe('static');
      await expect(sticky.locator('figure.world-map details.table')).toBeVisible();
    });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const javaScriptEnabled of [true, false]) {
    for (const path of STORIES) {
      test(`axe, ${colorScheme}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: ${path}`, async ({ browser }) => {
        test.setTimeout(120_000); // axe on a long story, on a shared 2-core machine
        // axe itself needs script execution, so "JavaScript off" serves the page's own scripts empty, as
        // pages.spec.ts does: the DOM is then what a reader without JavaScript gets.
        const context = await browser.newContext({ colorScheme });
        if (!javaScriptEnabled) {
          await context.route('**/*.js', (route) =>
            route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
          );
        }
        const page = await context.newPage();
        await page.goto(javaScriptEnabled ? `${path}#step-cost` : path);
        if (javaScriptEnabled) await expect(page.locator('[data-scrolly]')).toHaveAttribute('data-step', 'cost');
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
}
