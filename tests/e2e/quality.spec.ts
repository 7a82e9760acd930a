import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/** One page of each template, so budgets and policies are checked for every kind of page. */
const templates = [
	'./',
	'layers/monitoring/',
	'tools/feast/',
	'guides/decision-framework/',
	'compare/feast-vs-tecton/',
	'compare/',
	'decide/',
	// With a query the results page loads Pagefind at once: that load is the search itself.
	'search/',
	'glossary/',
	'changes/',
	'no-such-page/',
];

/** Loads a page and returns the gzip size of the scripts and stylesheets it fetched. */
async function loadAndMeasure(page: Page, path: string) {
	const bodies: { type: string; url: string; size: Promise<number> }[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type === 'script' || type === 'stylesheet') {
			bodies.push({
				type,
				url: response.url(),
				size: response.body().then((body) => gzipSync(body, { level: 9 }).length),
			});
		}
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	// Inline scripts count too: Astro inlines small ones into the HTML.
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
			.map((script) => script.textContent ?? ''),
	);
	const sizes = [
		...(await Promise.all(bodies.map(async (body) => ({ ...body, size: await body.size })))),
		...inline.map((text, index) => ({
			type: 'script',
			url: `inline-${index}`,
			size: gzipSync(text, { level: 9 }).length,
		})),
	];
	const total = (type: string) =>
		sizes.filter((body) => body.type === type).reduce((sum, body) => sum + body.size, 0);
	return { js: total('script'), css: total('stylesheet'), files: sizes };
}

test('every template stays within 8 KiB of JavaScript and 10 KiB of CSS (gzip) before interaction', async ({
	page,
}) => {
	for (const path of templates) {
		const { js, css, files } = await loadAndMeasure(page, path);
		const detail = files.map((file) => `${file.url.split('/').pop()}: ${file.size}`).join(', ');
		expect(js, `${path} JavaScript ${js} B (${detail})`).toBeLessThanOrEqual(8 * 1024);
		expect(css, `${path} CSS ${css} B`).toBeLessThanOrEqual(10 * 1024);
	}
});

test('the decision widget adds under 5 KiB of JavaScript (gzip)', async ({ page }) => {
	// The widget's cost: what /decide/ loads beyond a prose page with the same frame.
	const decide = await loadAndMeasure(page, 'decide/');
	const prose = await loadAndMeasure(page, 'guides/decision-framework/');
	expect(decide.files.some((file) => /DecisionWidget/.test(file.url))).toBe(true);
	expect(decide.js - prose.js).toBeLessThanOrEqual(5 * 1024);
});

test('every template carries a CSP without unsafe-inline scripts, and nothing violates it', async ({
	page,
}) => {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`${event.violatedDirective} ${event.blockedURI}`,
			);
		});
	});
	for (const path of templates) {
		await page.goto(path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy, path).toBeTruthy();
		const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
		expect(scriptSrc).toContain("'wasm-unsafe-eval'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
	}
	// Exercise what runs scripts: the theme, search (WebAssembly and a worker) and the widget.
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('tools/kafka/');
	await page.locator('theme-toggle button').click();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('searchbox', { name: 'Search the guide' }).fill('flink');
	await expect(page.locator('#site-search-results .result-title').first()).toBeVisible();
	await page.goto('decide/?team=data');
	await expect(page.locator('#recommendation .stack-layer').first()).toBeVisible();
	expect(violations).toEqual([]);
});

test('no page asks any other origin for anything', async ({ page, baseURL }) => {
	const origin = new URL(baseURL ?? '').origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['http:', 'https:'].includes(url.protocol)) return;
		if (url.origin !== origin) foreign.push(request.url());
	});
	for (const path of templates) await page.goto(path, { waitUntil: 'networkidle' });
	await page.locator('#site-search-input').fill('drift');
	await expect(page.locator('#site-search-results .result-title').first()).toBeVisible();
	expect(foreign).toEqual([]);
});

test('the decision result appears without shifting the layout', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { shift: number }).shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(
		'decide/?bottleneck=monitoring&requests=50000&team=data&audience=customers&platform=other&realtime=yes&budget=paid',
	);
	await expect(page.locator('#recommendation .stack-layer')).toHaveCount(4);
	await page.waitForTimeout(300);
	const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
	expect(shift).toBeLessThan(0.1);
});

test('every template has a description, a canonical URL and a link-preview image that exists', async ({
	page,
	request,
	baseURL,
}) => {
	const base = new URL(baseURL ?? '');
	for (const path of templates.filter((template) => template !== 'no-such-page/')) {
		await page.goto(path);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect((description ?? '').length, path).toBeGreaterThan(40);
		const canonical = new URL(
			(await page.locator('link[rel="canonical"]').getAttribute('content')) ??
				(await page.locator('link[rel="canonical"]').getAttribute('href')) ??
				'',
		);
		expect(canonical.pathname, path).toBe(new URL(path, base).pathname);
		const image = new URL(
			(await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '',
		);
		const response = await request.get(new URL(image.pathname, base.origin).href);
		expect(response.status(), image.pathname).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
	}
	const robots = await (await request.get(new URL('robots.txt', base).href)).text();
	expect(robots).toMatch(/Sitemap: https?:\/\/.+sitemap-index\.xml/);
});
