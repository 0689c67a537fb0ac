// What readers rely on: footnotes that go both ways, the data files, and every fact without JavaScript.
import { expect, test } from '@playwright/test';

interface DealsFile {
  deals: {
    id: string;
    status: string;
    statusHistory: { date: string; status: string; sources: string[] }[];
    sources: string[];
  }[];
}
interface EventsFile {
  events: {
    id: string;
    date: string;
    deals: string[];
    sources: { url: string; outlet: string; title: string; published: string }[];
  }[];
}

test('story footnotes link to their sources and back to every citation', async ({ page }) => {
  await page.goto('/stories/rwanda-us-talks/');
  const markers = page.locator('sup.cite a');
  const count = await markers.count();
  expect(count).toBeGreaterThan(10);
  const ids = await markers.evaluateAll((links) => links.map((a) => a.id));
  expect(new Set(ids).size).toBe(ids.length);
  const notes = page.locator('.footnotes li');
  const numbers = await markers.evaluateAll((links) => new Set(links.map((a) => a.textContent)).size);
  await expect(notes).toHaveCount(numbers);
  // Every back-link points at a citation marker that exists, and every marker has a back-link.
  const backTargets = await page
    .locator('.footnotes a.back')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')?.slice(1)));
  expect([...backTargets].sort()).toEqual([...ids].sort());
  await markers.first().click();
  await expect(page.locator('.footnotes li:target')).toHaveCount(1);
  await expect(page.locator('.footnotes li:target a[href^="http"]')).toHaveCount(1);
});

test('open data follows the documented contract', async ({ request }) => {
  const deals = (await (await request.get('/data/deals.json')).json()) as DealsFile;
  const events = (await (await request.get('/data/events.json')).json()) as EventsFile;
  expect(deals.deals.length).toBeGreaterThanOrEqual(3);
  expect(events.events.length).toBeGreaterThanOrEqual(10);
  const dateForm = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  for (const deal of deals.deals) {
    expect(deal.status).toBe(deal.statusHistory.at(-1)?.status);
    for (const t of deal.statusHistory) {
      expect(t.date).toMatch(dateForm);
      for (const url of t.sources) expect(url).toMatch(/^https?:\/\//);
    }
  }
  const ids = new Set(deals.deals.map((d) => d.id));
  for (const event of events.events) {
    expect(event.date).toMatch(dateForm);
    for (const id of event.deals) expect(ids.has(id)).toBe(true);
    expect(event.sources.length).toBeGreaterThan(0);
  }
  // Month precision survives: at least one event is dated to a month only.
  expect(events.events.some((e) => /^\d{4}-\d{2}$/.test(e.date))).toBe(true);
  const csv = await request.get('/data/events.csv');
  expect((await csv.text()).split('\r\n')[0]).toBe('id,date,type,deals,title,summary,people,source_urls');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every deal and every event is at most two links from the home page', async ({ page, request }) => {
    const deals = (await (await request.get('/data/deals.json')).json()) as DealsFile;
    const events = (await (await request.get('/data/events.json')).json()) as EventsFile;
    await page.goto('/');
    const linked = async () =>
      new Set(await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
    const fromHome = await linked();
    expect(fromHome.has('/deals/')).toBe(true);
    expect(fromHome.has('/timeline/')).toBe(true);
    await page.goto('/deals/');
    const fromDeals = await linked();
    for (const deal of deals.deals)
      expect(fromHome.has(`/deals/${deal.id}/`) || fromDeals.has(`/deals/${deal.id}/`)).toBe(true);
    await page.goto('/timeline/');
    await expect(page.locator('main li[data-event]')).toHaveCount(events.events.length);
    for (const event of events.events) await expect(page.locator(`main #event-${event.id}`)).toHaveCount(1);
  });

  test('each deal page shows its full status history, events and sources', async ({ page, request }) => {
    // One page per deal: the time grows with the record (about half a second a deal).
    test.setTimeout(180_000);
    const deals = (await (await request.get('/data/deals.json')).json()) as DealsFile;
    const events = (await (await request.get('/data/events.json')).json()) as EventsFile;
    for (const deal of deals.deals) {
      await page.goto(`/deals/${deal.id}/`);
      await expect(page.locator('.history li')).toHaveCount(deal.statusHistory.length);
      await expect(page.locator('li[data-event]')).toHaveCount(
        events.events.filter((e) => e.deals.includes(deal.id)).length,
      );
      await expect(page.locator('time[datetime]').first()).toBeVisible();
    }
  });
});
