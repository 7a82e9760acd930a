import { expect, test } from '@playwright/test';

test('under astro dev, the search box says plainly that search works on the built site', async ({
	page,
}) => {
	test.setTimeout(90_000);
	await page.goto('tools/feast/', { timeout: 60_000 });
	await page.locator('#site-search-input').fill('drift');
	await expect(page.locator('#site-search-results')).toContainText(
		'Search works on the built site',
		{ timeout: 20_000 },
	);
	await expect(page.locator('#site-search-results')).toContainText('npm start');
});
