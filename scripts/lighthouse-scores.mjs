// Lighthouse scores for a few pages of a built site, for the benchmark. Lighthouse is not a
// dependency of the project (it is large and only this report uses it): install it for a run
// with `npm install --no-save lighthouse`. Chromium is the system one when it exists.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free loopback port, found by letting the system pick one. */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

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
	const port = await freePort();
	const server = spawn(
		process.execPath,
		['scripts/serve.mjs', '--dir', dist, '--port', String(port)],
		{
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	);
	await new Promise((resolve) => server.stdout.once('data', resolve));
	let chrome;
	try {
		chrome = await launcher.launch({
			chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
			chromeFlags: [
				'--headless=new',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				// Chromium refuses to start as root with its sandbox on (CI containers run as root).
				...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
			],
		});
		for (const path of paths) {
			const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
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
		server.kill();
	}
	return true;
}
