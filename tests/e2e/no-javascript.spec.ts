import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a tool page reads fully without JavaScript', async ({ page }) => {
	await page.goto('tools/bentoml/');
	await expect(page.locator('h1')).toHaveText('BentoML');
	await expect(page.locator('dl.facts')).toBeVisible();
	await expect(page.locator('h2#verdict')).toBeVisible();
	await expect(page.locator('h2#sources')).toBeVisible();
	const words = (await page.locator('article').innerText()).split(/\s+/).length;
	expect(words).toBeGreaterThan(300);
});

test('a layer page lists its tools without JavaScript', async ({ page }) => {
	await page.goto('layers/streaming/');
	await expect(page.locator('.card-grid a', { hasText: 'Apache Kafka' })).toBeVisible();
	await expect(page.locator('#site-nav')).toBeVisible();
});

test('the decision page shows its rule table and guidance without JavaScript', async ({ page }) => {
	await page.goto('decide/?team=kubernetes');
	await expect(page.locator('table tbody tr').first()).toBeVisible();
	expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(15);
	await expect(page.locator('#rule-serving-middle-band')).toContainText('10k');
	// The widget never recommends a tool whose hosted service closed; the table says so too.
	await expect(page.locator('#rule-monitoring-customers')).toContainText(
		'WhyLabs (left out: its hosted service is reported to have shut down)',
	);
	await expect(page.locator('stack-decider form')).toBeHidden();
	await expect(
		page.getByText('The interactive version, and the stack a shared link'),
	).toBeVisible();
});

test('a shared recommendation link opens on the explanation, not on a blank box', async ({
	page,
}) => {
	await page.goto('decide/?bottleneck=serving&requests=250000&team=kubernetes#recommendation');
	await expect(page.locator('#recommendation .notice')).toBeInViewport();
	// No space is held for a result that cannot come.
	const height = await page
		.locator('#quick-stack, #recommendation')
		.first()
		.evaluate((box) => {
			return box.getBoundingClientRect().height;
		});
	expect(height).toBeLessThan(200);
});

test('the header does not offer the "/" shortcut that needs JavaScript', async ({ page }) => {
	await page.goto('tools/feast/');
	await expect(page.locator('.search-hint')).toBeHidden();
});

test('the search page explains that search needs JavaScript', async ({ page }) => {
	await page.goto('search/?q=drift');
	await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
});
