import { expect, test } from '@playwright/test';

test('searching "drift" lists the monitoring layer among the first results', async ({
	page,
	baseURL,
}) => {
	await page.goto('tools/feast/');
	const box = page.getByRole('searchbox', { name: 'Search the guide' });
	await box.fill('drift');
	const titles = page.locator('#site-search-results .result-title');
	await expect(titles.first()).toBeVisible();
	const hrefs = await titles.evaluateAll((links) =>
		links.slice(0, 3).map((link) => (link as HTMLAnchorElement).pathname),
	);
	const base = new URL(baseURL ?? '/').pathname;
	expect(hrefs).toContain(`${base}layers/monitoring/`);
});

test('"feast vs tecton" puts the comparison first', async ({ page, baseURL }) => {
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search the guide' }).fill('feast vs tecton');
	const first = page.locator('#site-search-results .result-title').first();
	await expect(first).toHaveText('Feast vs Tecton');
	const base = new URL(baseURL ?? '/').pathname;
	expect(await first.evaluate((link) => (link as HTMLAnchorElement).pathname)).toBe(
		`${base}compare/feast-vs-tecton/`,
	);
});

test('sub-results link to the sections that matched', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search the guide' }).fill('concept drift');
	const section = page.locator('#site-search-results .result-sections a').first();
	await expect(section).toBeVisible();
	const href = await section.getAttribute('href');
	expect(href).toMatch(/#[^#]+$/);
	await section.click();
	const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the shared results page runs its query and keeps filters in the URL', async ({ page }) => {
	await page.goto('search/?q=feature%20store&layer=features');
	await expect(page.getByLabel('Layer')).toHaveValue('features');
	const results = page.locator('[data-search-results] .result-title');
	await expect(results.first()).toBeVisible();
	const tags = await page.locator('[data-search-results] .search-result').allTextContents();
	expect(tags.length).toBeGreaterThan(0);
	await page.getByLabel('Layer').selectOption('serving');
	await expect(page).toHaveURL(/layer=serving/);
	await expect(page).toHaveURL(/q=feature\+store/);
});

test('keyboard: / opens search, arrows move through results, Esc returns to the box', async ({
	page,
}) => {
	await page.goto('layers/serving/');
	await page.keyboard.press('/');
	const box = page.getByRole('searchbox', { name: 'Search the guide' });
	await expect(box).toBeFocused();
	await page.keyboard.type('kafka');
	await expect(page.locator('#site-search-results .result-title').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#site-search-results a').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#site-search-results a').nth(1)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(box).toBeFocused();
	await expect(page.locator('#site-search-results')).toBeHidden();
	await page.locator('main').click();
	await page.keyboard.press('Control+k');
	await expect(box).toBeFocused();
});

test('hostile search URLs are ignored with a notice and never become markup', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('dialog', (dialog) => {
		errors.push(dialog.message());
		void dialog.dismiss();
	});
	const hostile = '<img src=x onerror=alert(1)>';
	await page.goto(
		`search/?q=${encodeURIComponent(hostile)}&layer=${encodeURIComponent(hostile)}&${'x'.repeat(300)}=1`,
	);
	await expect(page.locator('[data-search-notice]')).toContainText('Ignored parameters');
	await expect(page.locator('search-page [data-search-status]')).toContainText('results for');
	expect(await page.locator('main img').count()).toBe(0);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	expect(errors).toEqual([]);
});

test('results that arrive after the reader left the box wait, closed, until they come back', async ({
	page,
}) => {
	await page.goto('layers/serving/');
	await expect(page.locator('.search-hint')).toBeVisible();
	await page.keyboard.press('/');
	await page.keyboard.type('kserve');
	await page.keyboard.press('Tab');
	const panel = page.locator('#site-search-results');
	// The results are in the panel, and the panel stays closed.
	await expect(panel.locator('.result-title').first()).toBeAttached();
	await expect(panel).toBeHidden();
	await page.getByRole('searchbox', { name: 'Search the guide' }).click();
	await expect(panel.locator('.result-title').first()).toBeVisible();
});

test('the search boxes take no more than a link keeps', async ({ page }) => {
	await page.goto('search/');
	const long = 'a'.repeat(250);
	await page.locator('#search-page-q').fill(long);
	expect((await page.locator('#search-page-q').inputValue()).length).toBe(200);
	// The header box, on any other page (the search page has only its own).
	await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveCount(0);
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search the guide' }).fill(long);
	expect(
		(await page.getByRole('searchbox', { name: 'Search the guide' }).inputValue()).length,
	).toBe(200);
});

test('on a phone the first result of a shared search shows without scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('search/?q=drift');
	await expect(page.locator('[data-search-results] li a').first()).toBeInViewport({ ratio: 1 });
});

test('section links under a result are targets a thumb can hit', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search the guide' }).fill('concept drift');
	const sections = page.locator('#site-search-results .result-sections a');
	await expect(sections.first()).toBeVisible();
	for (const box of await sections.evaluateAll((links) =>
		links.map((link) => link.getBoundingClientRect().height),
	)) {
		expect(box).toBeGreaterThanOrEqual(24);
	}
});

test('on the search page "/" goes to the page\'s own box', async ({ page }) => {
	await page.goto('search/?q=drift');
	await expect(page.locator('[data-search-results] li').first()).toBeVisible();
	await page.locator('h1').click();
	await page.keyboard.press('/');
	await expect(page.locator('#search-page-q')).toBeFocused();
	await expect(page.locator('#search-page-q')).toHaveValue('drift');
});
