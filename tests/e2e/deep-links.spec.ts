import { expect, test } from '@playwright/test';

test('a search result highlights the searched words and still lands on its section', async ({
	page,
}) => {
	await page.goto('layers/monitoring/?highlight=concept%20drift#concept-drift');
	await expect(page.locator('mark.search-term').first()).toBeVisible();
	expect(await page.locator('mark.search-term').count()).toBeGreaterThan(3);
	await expect(page.locator('h3#concept-drift')).toBeInViewport();
	await expect(page.locator('nav mark, .site-footer mark')).toHaveCount(0);
});

test('a hostile highlight parameter marks text only', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(
		`tools/feast/?highlight=${encodeURIComponent('<img src=x onerror=alert(1)> feast')}`,
	);
	await expect(page.locator('mark.search-term').first()).toHaveText(/feast/i);
	expect(await page.locator('main img').count()).toBe(0);
	expect(errors).toEqual([]);
});

test('copy-link buttons copy the full address of the section and say so', async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('tools/kserve/');
	const button = page.locator('button[data-copy-link="verdict"]');
	await expect(button).toBeVisible();
	await button.click();
	await expect(button).toContainText('Copied');
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toHaveCount(1);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		new URL('tools/kserve/#verdict', baseURL).href,
	);
});

test('a section link copied from a page with state keeps the state, not the search highlight', async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('compare/?tools=feast,tecton&highlight=feast');
	const button = page.locator('button[data-copy-link]').first();
	await expect(button).toBeVisible();
	const id = await button.getAttribute('data-copy-link');
	await button.click();
	await expect(button).toContainText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		new URL(`compare/?tools=feast,tecton#${id}`, baseURL).href,
	);
});

test('the table of contents marks the section being read', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('layers/monitoring/');
	await page.locator('h2#two-camps').scrollIntoViewIfNeeded();
	await page.evaluate(() => document.getElementById('two-camps')?.scrollIntoView());
	await expect(page.locator('.toc a[aria-current="true"]')).toHaveText('Two camps');
});

test('layer table rows and glossary terms are linkable', async ({ page }) => {
	await page.goto('layers/features/#compare-feast');
	await expect(page.locator('tr#compare-feast')).toBeInViewport();
	await expect(page.locator('tr#compare-feast a[href="#compare-feast"]')).toHaveCount(1);
	await expect(page.locator('tr#compare-tecton')).toContainText('Acquired');
	await page.goto('glossary/#training-serving-skew');
	await expect(page.locator('h2#training-serving-skew')).toBeInViewport();
});

test('the landscape filter keeps its state in the URL', async ({ page }) => {
	await page.goto('./?licence=source-available');
	// The filtering code loads on demand; it has run once the box shows the URL's value.
	await expect(page.locator('landscape-map select[name="licence"]')).toHaveValue(
		'source-available',
	);
	const visible = page.locator('landscape-map .card:visible');
	await expect(visible.first()).toBeVisible();
	for (const licence of await visible.evaluateAll((cards) =>
		cards.map((card) => (card as HTMLElement).dataset['licence']),
	)) {
		expect(licence).toBe('source-available');
	}
	// A tool with a card in two layers is one tool in the count.
	await page.goto('./');
	const tools = new Set(
		await page
			.locator('landscape-map .card:visible')
			.evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset['tool'])),
	);
	await expect(page.getByText(/\d+ tools shown/)).toHaveText(`${tools.size} tools shown`);
	// The filtering code loads on first use: the first pick filters and reaches the URL.
	const shownBefore = await page.getByText(/\d+ tools shown/).textContent();
	await page.locator('landscape-map select[name="licence"]').selectOption('open-source');
	await expect(page).toHaveURL(/\?licence=open-source$/);
	await expect(page.getByText(/\d+ tools? shown/)).not.toHaveText(shownBefore ?? '');
	for (const licence of await visible.evaluateAll((cards) =>
		cards.map((card) => (card as HTMLElement).dataset['licence']),
	)) {
		expect(licence).toBe('open-source');
	}
	// A pick made while the filtering code is still on its way keeps the URL's other value.
	await page.route('**/landscape-filtering*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 500));
		await route.continue();
	});
	await page.goto('./?licence=source-available');
	await page.locator('landscape-map select[name="hosting"]').selectOption('managed');
	await expect(page).toHaveURL(/licence=source-available&hosting=managed/);
	await expect(page.locator('landscape-map select[name="licence"]')).toHaveValue(
		'source-available',
	);
	await page.unroute('**/landscape-filtering*.js');
	await page.goto('./?licence=<script>&hosting=managed');
	await expect(page.locator('[data-landscape-notice]')).toContainText('licence');
	await expect(page).toHaveURL(/\/\?hosting=managed$/);
});

test('the catalogue exports are linked from the footer and well formed', async ({
	page,
	request,
	baseURL,
}) => {
	await page.goto('./');
	const json = page.locator('.site-footer a', { hasText: 'Catalogue as JSON' });
	const csv = page.locator('.site-footer a', { hasText: 'Catalogue as CSV' });
	const document = await (
		await request.get(new URL((await json.getAttribute('href')) ?? '', baseURL).href)
	).json();
	expect(document.version).toBe(1);
	// The site is the guide's root, base path included, and every tool URL starts with it.
	expect(new URL(document.site).pathname).toBe(new URL(baseURL ?? '').pathname);
	for (const tool of document.tools) expect(tool.url.startsWith(document.site)).toBe(true);
	expect(document.tools.length).toBeGreaterThanOrEqual(30);
	expect(document.tools.find((tool: { id: string }) => tool.id === 'seldon-core').licenceKind).toBe(
		'source-available',
	);
	const text = await (
		await request.get(new URL((await csv.getAttribute('href')) ?? '', baseURL).href)
	).text();
	const lines = text.trim().split('\r\n');
	expect(lines[0]).toMatch(/^id,name,url,layers,licence,licenceKind,/);
	expect(lines.length).toBe(document.tools.length + 1);
});

test('trimmed URLs land on index pages', async ({ page }) => {
	for (const [path, title] of [
		['tools/', 'All tools'],
		['layers/', 'Layers of the ML stack'],
		['guides/', 'Guides'],
	] as [string, string][]) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveText(title);
	}
});

test('search: a tool’s name finds its page first; excerpts carry no screen-reader labels', async ({
	page,
}) => {
	await page.goto('./');
	const box = page.locator('#site-search-input');
	for (const [query, title] of [
		['bentoml', 'BentoML'],
		['kserve', 'KServe'],
		['whylabs', 'WhyLabs'],
	] as [string, string][]) {
		await box.fill(query);
		await expect(page.locator('#site-search-results .result-title').first()).toHaveText(
			title ?? '',
		);
	}
	await box.fill('link to section');
	await expect(page.locator('#site-search-results')).toBeVisible();
	const text = await page.locator('#site-search-results').innerText();
	expect(text).not.toMatch(/Link to section/i);
	const hrefs = await page
		.locator('#site-search-results .result-title')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
	for (const href of hrefs) expect(href).toMatch(/\/$/);
});

test('the first use of a glossary term on a page links to its entry', async ({ page }) => {
	await page.goto('layers/features/');
	const links = page.locator('article a.term-link[href$="glossary/#feature-store"]');
	await expect(links).toHaveCount(1);
	await links.click();
	await expect(page.locator('h2#feature-store')).toBeInViewport();
});

test('where the Clipboard API is refused, a copy-link button puts the link in the address bar', async ({
	page,
	baseURL,
}) => {
	// As on a page served over plain http, or in a browser that denies clipboard access.
	await page.addInitScript(() => {
		navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
	});
	await page.goto('tools/kserve/?highlight=kserve');
	const button = page.locator('button[data-copy-link="verdict"]');
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toContainText('Not copied');
	await expect(
		page.getByRole('status').filter({ hasText: 'the link is in the address bar' }),
	).toHaveCount(1);
	await expect(page).toHaveURL(new URL('tools/kserve/#verdict', baseURL).href);
	await expect(button).toBeFocused();
});
