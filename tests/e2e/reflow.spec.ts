/**
 * Readable when narrow or zoomed, on every built page (WCAG 1.4.10 Reflow and 1.4.4 Resize text).
 *
 * - Reflow: a 320 CSS px wide viewport, the width WCAG names (1280 px at 400 % zoom).
 * - 200 % zoom: browser zoom on a 1280×800 window lays the page out in a 640×400 CSS px viewport with two device
 *   pixels per CSS pixel, and that is what the test emulates (viewport 640×400, deviceScaleFactor 2). Text doubles
 *   on screen and the layout sees the narrower viewport and its media queries, as with Ctrl/Cmd + in a browser.
 *
 * In both, with the charts enhanced: the document must not scroll sideways, no line of visible text may reach past
 * the viewport's sides or be cut off by a box with hidden overflow, and paragraph text must be at least 14 px (sources lines and notes included). Text
 * in a box that scrolls sideways by itself (a wide data table) is reachable, so allowed: WCAG exempts tables.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site.ts';

const MODES = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

const MIN_PARAGRAPH_PX = 14;

/** Brings each chart near the viewport so that it enhances, and waits until its controls show. */
async function enhanceCharts(page: Page) {
  const charts = page.locator('world-map, deal-timeline, deal-overview');
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    // A scrolly shows one chart on a phone (its timeline is not drawn there).
    if (!(await chart.isVisible())) continue;
    await chart.scrollIntoViewIfNeeded();
    // The enhancement unhides the controls (a scrolly's sticky figure then keeps them out of sight).
    await expect(chart.locator('.controls')).not.toHaveAttribute('hidden');
  }
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}

/** Problems as readable lines: sideways scrolling, text outside the viewport or clipped, small paragraph text. */
function readabilityProblems(minParagraphPx: number): string[] {
  const root = document.documentElement;
  const width = root.clientWidth;
  const problems: string[] = [];
  if (root.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px > ${width} px`);

  const name = (element: Element) =>
    element.tagName.toLowerCase() + [...element.classList].map((c) => `.${c}`).join('');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const parent = node.parentElement;
    if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) continue;
    const where = `${name(parent)} "${text.slice(0, 40)}"`;

    let reachable = false;
    let hidden = false;
    for (let box = parent; box !== document.body && box !== root; box = box.parentElement ?? document.body) {
      const style = getComputedStyle(box);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
        reachable = true;
        break;
      }
      if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
      const clip = box.getBoundingClientRect();
      // A box of a pixel or less is the visually-hidden pattern: text meant for screen readers only.
      if (clip.width <= 1 || clip.height <= 1) {
        hidden = true;
        break;
      }
      if (rects.some((r) => r.left < clip.left - 1 || r.right > clip.right + 1)) {
        problems.push(`text cut off by ${name(box)}: ${where}`);
        hidden = true;
        break;
      }
    }
    if (hidden) continue;
    if (!reachable && rects.some((r) => r.left < -1 || r.right > width + 1))
      problems.push(`text past the viewport's side: ${where}`);
    // Paragraph text, not counting citation marks (superscripts) and labels set in capitals (kickers, legend
    // titles), which read larger than their size.
    const style = getComputedStyle(parent);
    if (parent.closest('main p') && !parent.closest('sup, sub') && style.textTransform !== 'uppercase') {
      const size = parseFloat(style.fontSize);
      if (size < minParagraphPx) problems.push(`paragraph text ${size} px < ${minParagraphPx} px: ${where}`);
    }
  }
  return [...new Set(problems)];
}

for (const mode of MODES) {
  test.describe(mode.name, () => {
    test.use({ viewport: mode.viewport, deviceScaleFactor: mode.deviceScaleFactor });
    for (const path of builtPages()) {
      test(`${path} reflows without sideways scrolling or cut-off text`, async ({ page }) => {
        await page.goto(path);
        await enhanceCharts(page);
        expect(await page.evaluate(readabilityProblems, MIN_PARAGRAPH_PX)).toEqual([]);
      });
    }
  });
}
