// Lighthouse scores for a few pages of a built site, for the benchmark. Lighthouse is not a
// dependency of the project (it is large and only this report uses it): install it for a run
// with `npm install --no-save lighthouse`. Chromium is the system one when it exists.
import { chromiumFlags, chromiumPath, serveBuiltSite } from './local-browser.mjs';

/**
 * Serves `dist` with scripts/serve.mjs and prints Lighthouse's four category scores for each
 * path. Returns false, having said why, when Lighthouse is not installed.
 */
export async function printLighthouseScores(dist, paths) {
	let lighthouse;
	let launcher;
	try {
		lighthouse = (await import('lighthouse')).default;
		launcher = await import('chrome-launcher');
	} catch {
		console.log('lighthouse: not installed; run `npm install --no-save lighthouse` first');
		return false;
	}
	const site = await serveBuiltSite(dist);
	let chrome;
	try {
		chrome = await launcher.launch({
			chromePath: chromiumPath,
			chromeFlags: [
				'--headless=new',
				...chromiumFlags,
				// Chromium refuses to start as root with its sandbox on (CI containers run as root).
				...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
			],
		});
		for (const path of paths) {
			const result = await lighthouse(`${site.origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const scores = Object.values(result?.lhr.categories ?? {})
				.map((category) => `${category.id} ${Math.round((category.score ?? 0) * 100)}`)
				.join(', ');
			console.log(`lighthouse ${path}: ${scores}`);
		}
	} finally {
		chrome?.kill();
		site.stop();
	}
	return true;
}
