import { expect, test } from '@playwright/test';

const page_ = 'guides/heading-ids/';

test('repeated headings get distinct ids', async ({ page }) => {
	await page.goto(page_);
	await expect(page.locator('h2#setup')).toHaveCount(1);
	await expect(page.locator('h2#setup-1')).toHaveCount(1);
});

test('non-ASCII headings: the id, the anchor link and the contents agree', async ({ page }) => {
	await page.goto(page_);
	for (const text of ['Überblick', '入门指南']) {
		const heading = page.locator('h2', { hasText: text });
		const id = (await heading.getAttribute('id')) ?? '';
		expect(id.length).toBeGreaterThan(0);
		expect(id).toBe(text.toLowerCase());
		const anchor = page.locator(`.section-heading:has(h2[id="${id}"]) a.anchor`);
		expect(decodeURIComponent(((await anchor.getAttribute('href')) ?? '').slice(1))).toBe(id);
		const toc = page.locator('.toc a', { hasText: text });
		expect(decodeURIComponent(((await toc.getAttribute('href')) ?? '').slice(1))).toBe(id);
		await toc.click({ force: true });
		await expect(heading).toBeInViewport();
	}
});

test('non-ASCII headings: the search sub-result lands on the same id', async ({ page }) => {
	await page.goto('./');
	for (const [word, text] of [
		['zyxwvut', 'Überblick'],
		['qponmlk', '入门指南'],
	] as [string, string][]) {
		await page.locator('#site-search-input').fill(word);
		const section = page.locator('#site-search-results .result-sections a', { hasText: text });
		await expect(section).toBeVisible();
		const hash = new URL((await section.getAttribute('href')) ?? '', page.url()).hash;
		expect(decodeURIComponent(hash.slice(1))).toBe(text.toLowerCase());
		await section.click();
		await expect(page.locator('h2', { hasText: text })).toBeInViewport();
		await page.goto('./');
	}
});
