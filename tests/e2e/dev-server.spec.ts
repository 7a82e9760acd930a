import { expect, test } from '@playwright/test';

test('under astro dev, the search box says plainly that search works on the built site', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.goto('tools/feast/', { timeout: 60_000, waitUntil: 'networkidle' });
	// Vite's dev server may reload the page once while it prepares dependencies on first use,
	// which empties the box: type again until the panel answers.
	await expect(async () => {
		await page.locator('#site-search-input').fill('drift');
		await expect(page.locator('#site-search-results')).toContainText(
			'Search works on the built site',
			{ timeout: 5_000 },
		);
	}).toPass({ timeout: 60_000 });
	await expect(page.locator('#site-search-results')).toContainText('npm start');
	// The results page, where the header box's Enter leads, says the same instead of "reload".
	await page.goto('search/?q=drift', { timeout: 60_000 });
	await expect(page.locator('search-page [data-search-status]')).toContainText('npm start', {
		timeout: 30_000,
	});
});
