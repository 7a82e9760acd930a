import { expect, test } from '@playwright/test';

test('a heading link lands on its heading, below the sticky header', async ({ page }) => {
	await page.goto('layers/monitoring/');
	const heading = page.locator('h3#concept-drift');
	const anchor = page.locator('a.anchor[href="#concept-drift"]');
	await anchor.click();
	await expect(page).toHaveURL(/#concept-drift$/);
	await expect(heading).toBeInViewport();
	const headerBottom = await page
		.locator('.site-header')
		.evaluate((el) => el.getBoundingClientRect().bottom);
	const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top);
	expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
	// About a line's gap (1rem), not two offsets stacked: the heading stays near the header.
	expect(headingTop - headerBottom).toBeLessThan(40);
});

test('opening a shared section link scrolls to it', async ({ page }) => {
	await page.goto('guides/decision-framework/#our-rule-for-10k-to-100k-a-day');
	await expect(page.locator('h3#our-rule-for-10k-to-100k-a-day')).toBeInViewport();
});

test('every h2–h4 in the content has an id and a link to itself', async ({ page }) => {
	for (const path of ['tools/feast/', 'layers/features/', 'guides/whats-next/', 'glossary/']) {
		await page.goto(path);
		const missing = await page.locator('article').evaluate((article) =>
			[...article.querySelectorAll('h2, h3, h4')]
				.filter((h) => !h.hasAttribute('data-no-anchor'))
				.filter((h) => !h.id || !document.querySelector(`a[href="#${CSS.escape(h.id)}"]`))
				.map((h) => h.textContent),
		);
		expect(missing, path).toEqual([]);
	}
});
