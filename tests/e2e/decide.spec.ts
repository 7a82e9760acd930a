import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { hostileValues } from './catalogue';

const contract =
	'bottleneck=serving&requests=250000&team=kubernetes&audience=customers&platform=other&realtime=no&budget=open-source';

test('opening a decide URL fills the answers and shows the stack', async ({ page, baseURL }) => {
	await page.goto(`decide/?${contract}`);
	await expect(page.locator('input[name="team"][value="kubernetes"]')).toBeChecked();
	await expect(page.locator('input[name="requests"]')).toHaveValue('250000');
	const result = page.locator('#recommendation');
	const serving = result.locator('[data-layer="serving"]');
	await expect(serving).toContainText('your bottleneck');
	await expect(serving.locator('.stack-primary a').first()).toHaveText('KServe');
	await expect(serving).toContainText('Seldon Core: left out, source-available (BUSL-1.1)');
	const base = new URL(baseURL ?? '/').pathname;
	await expect(serving.locator('.stack-primary a').first()).toHaveAttribute(
		'href',
		`${base}tools/kserve/`,
	);
	await expect(page.locator('[data-decider-status]')).toHaveAttribute('aria-live', 'polite');
	await expect(page.locator('[data-decider-status]')).toContainText(
		'Recommendation updated: serving, KServe',
	);
});

test('a status only secondary sources state reads as reported in the stack', async ({ page }) => {
	await page.goto('decide/?bottleneck=monitoring&audience=customers');
	const result = page.locator('#recommendation');
	await expect(result.locator('[data-layer="monitoring"]')).toContainText(
		'WhyLabs: left out, its hosted service is reported to have shut down.',
	);
	// Tecton, the features alternative here, changed owner according to secondary sources only.
	await expect(result.locator('[data-layer="features"] .badge')).toContainText([
		'Acquired (reported)',
	]);
});

test('URL round trip: change, copy, reopen', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('decide/');
	const before = await page.evaluate(() => history.length);
	await page.locator('input[name="team"][value="python"]').check();
	await page.locator('input[name="requests"]').fill('2000000');
	await expect(page).toHaveURL(/requests=2000000/);
	await expect(page).toHaveURL(/team=python/);
	expect(await page.evaluate(() => history.length)).toBe(before);
	await expect(page.locator('#recommendation')).toContainText(
		'Your team and your scale pull in different directions',
	);
	await page.getByRole('button', { name: 'Copy link', exact: true }).click();
	await expect(page.locator('[data-share-visible]')).toHaveText('Link copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(`${page.url()}#recommendation`);
	// Opened on a phone, the link shows the stack, not the questions above it.
	const fresh = await context.newPage();
	await fresh.setViewportSize({ width: 360, height: 740 });
	await fresh.goto(copied);
	await expect(fresh.locator('input[name="team"][value="python"]')).toBeChecked();
	const primary = fresh.locator('#recommendation [data-layer="features"] .stack-primary a');
	await expect(primary.first()).toHaveText('Tecton');
	await expect(fresh.locator('#recommendation .stack-layer').first()).toBeInViewport();
});

test('an address with only unknown answers is cleaned, so copying it shares no junk', async ({
	page,
}) => {
	await page.goto('decide/?utm_source=chat&x=%3Cb%3E');
	await expect(page.locator('[data-decider-notice]')).toContainText('utm_source');
	await expect(page).toHaveURL(/\/decide\/\?bottleneck=/);
	expect(page.url()).not.toContain('utm_source');
});

test('keyboard only: answer, read the result, copy', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('decide/');
	await page.locator('input[name="bottleneck"][value="features"]').focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('input[name="bottleneck"][value="monitoring"]')).toBeChecked();
	await expect(page.locator('#recommendation .stack-layer').first()).toHaveAttribute(
		'data-layer',
		'monitoring',
	);
	await page.keyboard.press('Tab');
	await expect(page.locator('input[name="requests"]')).toBeFocused();
	await page.keyboard.press('Control+a');
	await page.keyboard.type('150000');
	await expect(page).toHaveURL(/requests=150000/);
	await page.getByRole('button', { name: 'Copy as Markdown', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-share-visible]')).toHaveText('Markdown copied.');
});

test('Copy as Markdown gives a table, reasons and the link back', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`decide/?${contract}`);
	await page.getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
	await expect(page.locator('[data-share-visible]')).toHaveText('Markdown copied.');
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown).toContain('## Recommended ML stack');
	expect(markdown).toMatch(
		/\| Serving \(bottleneck\) \| \[KServe\]\(http[^)]+\/tools\/kserve\/\) \|/,
	);
	expect(markdown).toContain('Reopen this recommendation: ');
	expect(markdown).toContain('budget=open-source');
});

test('the review reminder downloads an .ics three months out', async ({ page }) => {
	await page.goto(`decide/?${contract}`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Add a review reminder' }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(/^ml-stack-review-\d{4}-\d{2}-\d{2}\.ics$/);
	const text = await readFile((await download.path()) ?? '', 'utf8');
	expect(text).toContain('BEGIN:VEVENT');
	const date = /DTSTART;VALUE=DATE:(\d{8})/.exec(text)?.[1] ?? '';
	const days =
		(Date.parse(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`) - Date.now()) /
		86_400_000;
	expect(days).toBeGreaterThan(85);
	expect(days).toBeLessThan(93);
});

test('a request count the rules cannot use is flagged, and the last good one is kept', async ({
	page,
}) => {
	await page.goto('decide/?requests=50000');
	const box = page.locator('input[name="requests"]');
	await box.fill('-5');
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('[data-requests-error]')).toContainText('Using 50,000 until then');
	await expect(page).toHaveURL(/requests=50000/);
	await box.fill('250000');
	await expect(box).toHaveAttribute('aria-invalid', 'false');
	await expect(page.locator('[data-requests-error]')).toBeHidden();
});

test('parameters named like JavaScript built-ins are ignored like any other', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('decide/?constructor=x&__proto__=1&toString=1&bottleneck=serving');
	await expect(page.locator('input[name="bottleneck"][value="serving"]')).toBeChecked();
	await expect(page.locator('[data-decider-notice]')).toContainText('constructor');
	expect(errors).toEqual([]);
});

test('hostile query strings are ignored with a notice and never become markup', async ({
	page,
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('dialog', (dialog) => {
		errors.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	for (const value of [...hostileValues, '-5', '99999999999999999999', '1e9']) {
		await page.goto(
			`decide/?team=${encodeURIComponent(value)}&requests=${encodeURIComponent(value)}&${encodeURIComponent(value)}=1`,
		);
		await expect(page.locator('[data-decider-notice]')).toBeVisible();
		await expect(page.locator('[data-decider-notice]')).toContainText('Ignored');
		await expect(page.locator('#recommendation .stack-layer').first()).toBeVisible();
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
	}
	expect(errors).toEqual([]);
});

test('the home page carries a compact widget that links to the full result', async ({ page }) => {
	await page.goto('./');
	const compact = page.locator('stack-decider.compact');
	await compact.locator('input[name="bottleneck"][value="serving"]').check();
	await expect(compact.locator('.stack-layer').first()).toHaveAttribute('data-layer', 'serving');
	await compact.getByRole('link', { name: 'See the full recommendation' }).click();
	await expect(page).toHaveURL(/decide\/\?bottleneck=serving.*#recommendation$/);
	await expect(page.locator('input[name="bottleneck"][value="serving"]')).toBeChecked();
});

test('a search result linking here highlights its words and reports nothing ignored', async ({
	page,
}) => {
	await page.goto('decide/?highlight=recommend%20stack');
	await expect(page.locator('#recommendation .stack-layer').first()).toBeVisible();
	await expect(page.locator('[data-decider-notice]')).toBeHidden();
	await expect(page).toHaveURL(/\?highlight=recommend%20stack$/);
});

test('the rule table shows every column without sideways scrolling, on a phone and a laptop', async ({
	page,
}) => {
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('decide/');
		const spare = await page
			.locator('.table-scroll:has(.rule-table)')
			.evaluate((box) => box.clientWidth - box.scrollWidth);
		expect(spare, `at ${width} px`).toBeGreaterThanOrEqual(0);
	}
	// On a phone a rule says what it recommends, since the column headers are out of sight.
	await page.setViewportSize({ width: 360, height: 800 });
	await expect(page.locator('#rule-serving-middle-band')).toContainText('Recommends BentoML');
});
