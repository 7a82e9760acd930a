import { expect, test } from '@playwright/test';
import { readCatalogue } from './catalogue';

test('every layer and tool page answers with one h1', async ({ page, request, baseURL }) => {
	const catalogue = await readCatalogue(request, baseURL);
	expect(catalogue.tools.length).toBeGreaterThanOrEqual(14);
	for (const layer of catalogue.layers) {
		const response = await page.goto(`layers/${layer.id}/`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).toHaveText(layer.title);
	}
	for (const tool of catalogue.tools) {
		const response = await page.goto(`tools/${tool.id}/`);
		expect(response?.status(), tool.id).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).toHaveText(tool.name);
	}
});

test('a tool page shows its fact box, review date and sources', async ({ page }) => {
	await page.goto('tools/seldon-core/');
	const facts = page.locator('dl.facts');
	await expect(facts).toContainText('BUSL-1.1');
	await expect(facts).toContainText('Source-available');
	await expect(page.locator('.badge-row')).toContainText('Source-available licence');
	await expect(page.locator('.reviewed')).toContainText(/Reviewed \d{1,2} \w+ 20\d\d/);
	await expect(page.locator('ul.sources a').first()).toHaveAttribute('href', /^https:\/\//);
});

test('the home page leads to every layer and to the decision widget', async ({
	page,
	request,
	baseURL,
}) => {
	const catalogue = await readCatalogue(request, baseURL);
	await page.goto('./');
	for (const layer of catalogue.layers) {
		await expect(page.locator(`main a[href$="layers/${layer.id}/"]`).first()).toBeVisible();
	}
	await page.locator('main a', { hasText: 'Recommend a stack for my team' }).click();
	await expect(page).toHaveURL(/\/decide\/$/);
});

test('an unknown URL answers 404 with search and the layers', async ({ page }) => {
	const response = await page.goto('no-such-tool/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('This page does not exist');
	const box = page
		.getByRole('search', { name: 'Search for the page you wanted' })
		.getByRole('searchbox');
	await expect(box).toBeVisible();
	// A box with no border on a page-coloured background cannot be seen, visible or not.
	const edge = await box.evaluate((input) => {
		const style = getComputedStyle(input);
		return {
			width: style.borderTopWidth,
			colour: style.borderTopColor,
			page: getComputedStyle(document.body).backgroundColor,
		};
	});
	expect(edge.width).not.toBe('0px');
	expect(edge.colour).not.toBe(edge.page);
	await page.locator('main a', { hasText: 'Model serving and inference' }).click();
	await expect(page.locator('h1')).toHaveText('Model serving and inference');
});

test('the theme toggle switches and remembers the theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('layers/features/');
	const toggle = page.locator('theme-toggle button');
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('layers/serving/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('theme-toggle button')).toHaveAttribute('aria-pressed', 'true');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).not.toBe('rgb(255, 255, 255)');
});

test('pages fit 320 and 360 px screens without sideways scrolling', async ({ page }) => {
	const long = 'a'.repeat(80);
	for (const width of [320, 360]) {
		await page.setViewportSize({ width, height: 740 });
		for (const path of [
			'./',
			'tools/',
			'tools/whylabs/',
			'layers/monitoring/',
			'decide/',
			'compare/feast-vs-tecton/',
			// Notices that quote the URL back must wrap a long unbroken value.
			`compare/?tools=${long}`,
			`decide/?${long}=1`,
		]) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
		}
	}
});
