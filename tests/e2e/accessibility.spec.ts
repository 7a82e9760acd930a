import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** Every page the sitemap lists, as paths relative to the site's base. */
async function sitemapPaths(
	request: import('@playwright/test').APIRequestContext,
	baseURL: string,
) {
	const index = await (await request.get(new URL('sitemap-index.xml', baseURL).href)).text();
	const paths: string[] = [];
	for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
		const name = new URL(sitemap ?? '').pathname.split('/').pop() ?? '';
		const text = await (await request.get(new URL(name, baseURL).href)).text();
		for (const [, loc] of text.matchAll(/<loc>([^<]+)<\/loc>/g)) {
			const path = new URL(loc ?? '').pathname;
			const base = new URL(baseURL).pathname;
			paths.push(path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, ''));
		}
	}
	return paths;
}

/**
 * WCAG 2.2 AA, plus axe's best practices (unique landmarks, heading order, content inside
 * landmarks): the site meets them, and they catch what a screen-reader user trips over first.
 */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The sweep is cut into shards (every third page) so each test stays far inside its timeout
 * on a busy two-core machine, and the two Playwright workers share the pages evenly.
 */
const SHARDS = 3;

for (const theme of ['light', 'dark'] as const) {
	for (let shard = 0; shard < SHARDS; shard += 1) {
		test(`every page in the sitemap passes axe (WCAG 2.2 AA, best practices) in the ${theme} theme, part ${shard + 1} of ${SHARDS}`, async ({
			page,
			request,
			baseURL,
		}) => {
			test.setTimeout(240_000);
			const paths = await sitemapPaths(request, baseURL ?? '');
			expect(paths.length).toBeGreaterThan(30);
			const mine = [...paths, 'no-such-page/'].filter((_, index) => index % SHARDS === shard);
			await page.emulateMedia({ colorScheme: theme });
			const failures: string[] = [];
			for (const path of mine) {
				await page.goto(path);
				failures.push(...(await axeFindings(page, path)));
			}
			expect(failures).toEqual([]);
		});
	}
}

/** Axe's findings as one line each, so a failure reads at a glance. */
async function axeFindings(page: import('@playwright/test').Page, label: string) {
	const { violations, toolOptions } = await new AxeBuilder({ page })
		// Only violations are asserted; skipping the details of passes cut axe's time a third.
		// options() replaces every option, so it must come before withTags().
		.options({ resultTypes: ['violations'] })
		.withTags(tags)
		.setLegacyMode(true)
		.analyze();
	// Guards the order above: axe reports which rules it ran, and they must be these tags.
	expect(toolOptions.runOnly).toEqual({ type: 'tag', values: tags });
	return violations.map(
		(violation) =>
			`${label}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`,
	);
}

test('the widget, the compare picker and search results pass axe once filled in', async ({
	page,
}) => {
	const findings: string[] = [];
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		await page.goto(
			'decide/?bottleneck=serving&requests=250000&team=python&audience=customers&platform=other&realtime=yes&budget=open-source',
		);
		await expect(page.locator('#recommendation .stack-layer').first()).toBeVisible();
		findings.push(...(await axeFindings(page, `decide ${theme}`)));
		await page.goto('compare/?tools=feast,tecton,kafka');
		await expect(page.locator('[data-compare-table] table')).toBeVisible();
		findings.push(...(await axeFindings(page, `compare ${theme}`)));
		await page.goto('layers/serving/');
		await page.locator('#site-search-input').fill('drift');
		await expect(page.locator('#site-search-results .result-title').first()).toBeVisible();
		findings.push(...(await axeFindings(page, `search ${theme}`)));
	}
	expect(findings).toEqual([]);
});
