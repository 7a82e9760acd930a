#!/usr/bin/env node
// Retakes the README's screenshot (docs/screenshot.png) from the last build, so it shows what
// the site says today. Run `npm run build` first.
//
//   node scripts/screenshot.mjs
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath, serveBuiltSite } from './local-browser.mjs';

const site = await serveBuiltSite('dist');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
	page.setDefaultTimeout(15_000);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(`${site.origin}/`);
	await page.locator('stack-decider .recommendation .stack-layer').first().waitFor();
	await page.screenshot({ path: 'docs/screenshot.png' });
	console.log('screenshot: wrote docs/screenshot.png');
} finally {
	await browser.close();
	site.stop();
}
