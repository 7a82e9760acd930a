import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
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
