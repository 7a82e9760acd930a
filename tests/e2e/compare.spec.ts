import { expect, test } from '@playwright/test';
import { hostileValues, readCatalogue } from './catalogue';

test('a pair page puts the facts side by side with a verdict and links to both', async ({
	page,
}) => {
	await page.goto('compare/feast-vs-tecton/');
	await expect(page.locator('h1')).toHaveText('Feast vs Tecton');
	const table = page.locator('table.facts-table');
	await expect(table).toContainText('Apache-2.0');
	await expect(table).toContainText('Proprietary');
	await expect(page.locator('ul.choose')).toContainText('Choose Feast when');
	await expect(page.locator('main a[href$="tools/feast/"]').first()).toBeVisible();
	await expect(page.locator('main a[href$="tools/tecton/"]').first()).toBeVisible();
});

test('a pair without a written verdict gets one generated from the facts', async ({ page }) => {
	await page.goto('compare/hopsworks-vs-vertex-ai-feature-store/');
	await expect(page.locator('h1')).toHaveText(/Hopsworks vs .*Feature Store/);
	await expect(page.locator('.lede')).toContainText('AGPL-3.0');
	await expect(page.locator('ul.choose li')).toHaveCount(2);
});

test('the reversed pair URL reaches the same comparison', async ({ page }) => {
	await page.goto('compare/tecton-vs-feast/');
	await expect(page).toHaveURL(/compare\/feast-vs-tecton\/$/);
	await expect(page.locator('h1')).toHaveText('Feast vs Tecton');
});

test('the reversed pair URL keeps the section and query it was shared with', async ({ page }) => {
	await page.goto('compare/tecton-vs-feast/?from=chat#choose');
	await expect(page).toHaveURL(/compare\/feast-vs-tecton\/\?from=chat#choose$/);
	await expect(page.locator('#choose')).toBeInViewport();
});

test('the interactive compare keeps its picks in the URL', async ({ page }) => {
	await page.goto('compare/?tools=feast,kafka');
	const table = page.locator('[data-compare-table] table');
	await expect(table.locator('thead th')).toHaveText(['Feast', 'Apache Kafka']);
	await page.locator('input[name="tools"][value="bentoml"]').check();
	await expect(page).toHaveURL(/tools=feast,kafka,bentoml/);
	await expect(table.locator('thead th')).toHaveCount(3);
	await page.locator('input[name="tools"][value="feast"]').uncheck();
	await expect(page).toHaveURL(/tools=kafka,bentoml$/);
});

test('unknown and hostile tool ids are ignored with a notice', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('dialog', (dialog) => {
		errors.push(dialog.message());
		void dialog.dismiss();
	});
	for (const value of hostileValues) {
		await page.goto(`compare/?tools=feast,${encodeURIComponent(value)},tecton`);
		await expect(page.locator('[data-compare-notice]')).toContainText('Ignored unknown tools');
		await expect(page.locator('[data-compare-table] thead th')).toHaveText(['Feast', 'Tecton']);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	}
	expect(errors).toEqual([]);
});

test('a shared compare link opens with its table in view on a phone, above the boxes', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('compare/?tools=feast,tecton');
	const table = page.locator('[data-compare-table] table');
	await expect(table).toBeInViewport();
	// Ticking a box far down the list says what changed and links back up to the table.
	await page.locator('input[name="tools"][value="kafka"]').check();
	const status = page.locator('[data-compare-status]');
	await expect(status).toContainText('Comparing Feast, Tecton, Apache Kafka.');
	await status.getByRole('link', { name: 'See the table' }).click();
	await expect(table).toBeInViewport();
});

test('two-tool comparisons fit a 320 px phone, both columns in view', async ({
	page,
	request,
	baseURL,
}) => {
	// Loading all hundred-odd pair pages takes longer than a test may on a busy machine, so this
	// takes the twelve pairs with the longest names and longest single words: the ones that
	// overflowed before (a 229 px "Databricks Feature Store" column).
	const { tools } = await readCatalogue(request, baseURL);
	const sitemap = await (await request.get(new URL('sitemap-0.xml', baseURL).href)).text();
	const name = new Map(tools.map((tool) => [tool.id, tool.name]));
	const widest = (id: string) => {
		const words = (name.get(id) ?? id).split(' ');
		return Math.max(...words.map((word) => word.length)) * 4 + words.join(' ').length;
	};
	const pairs = [...sitemap.matchAll(/\/compare\/([^/<]+)-vs-([^/<]+)\/<\/loc>/g)]
		.map(([, a = '', b = '']) => ({ path: `compare/${a}-vs-${b}/`, score: widest(a) + widest(b) }))
		.sort((x, y) => y.score - x.score)
		.slice(0, 12);
	expect(pairs.length).toBe(12);
	await page.setViewportSize({ width: 320, height: 740 });
	const overflowing: string[] = [];
	for (const { path } of pairs) {
		await page.goto(path);
		const spare = await page
			.locator('.table-scroll:has(.facts-table)')
			.evaluate((box) => box.clientWidth - box.scrollWidth);
		if (spare < 0) overflowing.push(`${path} (${-spare} px)`);
	}
	expect(overflowing).toEqual([]);
});

test('ticking boxes keeps the ticked box where it was as the table above it grows', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('compare/');
	// Chromium's scroll anchoring may hold the box on its own; this checks the script does.
	await page.evaluate(() => (document.documentElement.style.overflowAnchor = 'none'));
	const feast = page.locator('input[name="tools"][value="feast"]');
	const tecton = page.locator('input[name="tools"][value="tecton"]');
	await tecton.scrollIntoViewIfNeeded();
	await feast.check();
	// By keyboard: a click would first scroll the box clear of the status bar stuck below it.
	await tecton.focus();
	const before = (await tecton.boundingBox())?.y ?? Number.NaN;
	await page.keyboard.press('Space');
	await expect(tecton).toBeChecked();
	await expect(page.locator('[data-compare-table] table')).toBeVisible();
	await expect(tecton).toBeInViewport();
	expect(Math.abs(((await tecton.boundingBox())?.y ?? Number.NaN) - before)).toBeLessThan(2);
});

test('a compare link copied after "See the table" opens on the table', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('compare/?tools=feast,tecton,kserve#compared');
	await expect(page.locator('[data-compare-table] table')).toBeVisible();
	await expect(page.locator('[data-compare-table] thead')).toBeInViewport();
});
