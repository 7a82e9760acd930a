import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What serve.mjs writes to stderr in its first moments on a folder, then it is stopped. */
async function serveWarnings(dir: string): Promise<string> {
	const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', '0']);
	let errors = '';
	server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	await new Promise<void>((resolve) => {
		server.stdout.once('data', () => resolve());
		setTimeout(resolve, 5000);
	});
	// stderr is a separate pipe: give a warning written before the listen line time to arrive.
	await new Promise((resolve) => setTimeout(resolve, 200));
	server.kill();
	return errors;
}

test('serving a build that stopped before its search index says so', async () => {
	const site = mkdtempSync(join(tmpdir(), 'msg-serve-'));
	try {
		writeFileSync(join(site, 'index.html'), '<h1>half built</h1>');
		assert.match(await serveWarnings(site), /no search index/);
		mkdirSync(join(site, 'pagefind'));
		writeFileSync(join(site, 'pagefind', 'pagefind.js'), '');
		assert.doesNotMatch(await serveWarnings(site), /no search index/);
	} finally {
		rmSync(site, { recursive: true, force: true });
	}
});

/** Starts serve.mjs on a free port; returns a raw-path GET and a way to stop it. */
async function startServer(dir: string) {
	const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', '0']);
	const port = await new Promise<number>((resolve, reject) => {
		const late = setTimeout(() => reject(new Error('serve.mjs did not start')), 5000);
		server.stdout.on('data', (chunk: Buffer) => {
			const match = /localhost:(\d+)\//.exec(chunk.toString());
			if (!match) return;
			clearTimeout(late);
			resolve(Number(match[1]));
		});
	});
	const get = (path: string) =>
		new Promise<{ status: number; location: string | undefined; body: string }>(
			(resolve, reject) => {
				// node:http sends the path exactly as given, as a hostile client would.
				const request = httpRequest({ host: '127.0.0.1', port, path }, (response) => {
					let body = '';
					response.on('data', (chunk: Buffer) => (body += chunk.toString()));
					response.on('end', () =>
						resolve({
							status: response.statusCode ?? 0,
							location: response.headers.location,
							body,
						}),
					);
				});
				request.on('error', reject);
				request.end();
			},
		);
	return { get, stop: () => server.kill() };
}

test('a path that starts with two slashes never redirects to another host', async () => {
	const site = mkdtempSync(join(tmpdir(), 'msg-serve-'));
	mkdirSync(join(site, 'tools'));
	mkdirSync(join(site, 'compare'));
	mkdirSync(join(site, 'pagefind'));
	writeFileSync(join(site, 'index.html'), 'home page');
	writeFileSync(join(site, 'tools', 'index.html'), 'tools page');
	writeFileSync(join(site, 'compare', 'index.html'), 'compare page');
	writeFileSync(join(site, '404.html'), 'not found page');
	writeFileSync(join(site, 'pagefind', 'pagefind.js'), '');
	const { get, stop } = await startServer(site);
	try {
		for (const path of [
			'//evil.example/..%2ftools',
			'/.//evil.example/..%2ftools',
			'/\\evil.example/..%2ftools',
			'//evil.example/tools',
		]) {
			const { status, location } = await get(path);
			if (status === 301) {
				assert.ok(location?.startsWith('/'), `${path} redirects to ${location}`);
				assert.ok(!/^\/[/\\]/.test(location ?? ''), `${path} redirects to ${location}`);
			}
		}
		// Runs of slashes read as one, as on most hosts, rather than as the home page.
		const doubled = await get('//compare//');
		assert.equal(doubled.status, 200);
		assert.equal(doubled.body, 'compare page');
	} finally {
		stop();
		rmSync(site, { recursive: true, force: true });
	}
});
