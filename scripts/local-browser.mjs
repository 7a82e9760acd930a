// What every script that opens the built site in a browser shares: which Chromium, with which
// flags, and a server for the build on a free loopback port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Debian's Chromium where it is installed (this workplace cannot download Playwright's own). */
export const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** Keeps the browser from calling home: tests and reports talk to loopback only. */
export const chromiumFlags = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

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
 * Serves a built site with scripts/serve.mjs on a free port; resolves once it listens, with its
 * origin and a way to stop it.
 */
export async function serveBuiltSite(dist) {
	const port = await freePort();
	const server = spawn(
		process.execPath,
		['scripts/serve.mjs', '--dir', dist, '--port', String(port)],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	await new Promise((resolve) => server.stdout.once('data', resolve));
	return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}
