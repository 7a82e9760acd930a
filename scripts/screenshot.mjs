#!/usr/bin/env node
// Retakes the README's screenshot (docs/screenshot.png) from the last build, so it shows what
// the site says today. Run `npm run build` first.
//
//   node scripts/screenshot.mjs [--port 5399]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({ options: { port: { type: 'string', default: '5399' } } });
const url = `http://127.0.0.1:${values.port}/`;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', values.port], {
	stdio: 'inherit',
});
const systemChromium = '/usr/bin/chromium';
const browser = await chromium.launch({
	...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
	page.setDefaultTimeout(15_000);
	// The server needs a moment to listen; retry until it answers.
	for (let attempt = 0; ; attempt += 1) {
		try {
			await page.goto(url);
			break;
		} catch (error) {
			if (attempt > 50) throw error;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	await page.emulateMedia({ colorScheme: 'light' });
	await page.locator('stack-decider .recommendation .stack-layer').first().waitFor();
	await page.screenshot({ path: 'docs/screenshot.png' });
	console.log('screenshot: wrote docs/screenshot.png');
} finally {
	await browser.close();
	server.kill();
}
