import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/local-browser.mjs';

/*
 * Two builds of the same site are tested: one served from the root, one under a sub-path as on
 * a project page of a static host. `scripts/test.mjs` builds both before Playwright starts.
 */
const BASE_PATH = '/ml-stack-guide/';
const ROOT_PORT = 4611;
const BASE_PORT = 4612;
const FIXTURE_PORT = 4613;
const DEV_PORT = 4614;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		browserName: 'chromium',
		launchOptions: {
			...(chromiumPath ? { executablePath: chromiumPath } : {}),
			args: chromiumFlags,
		},
	},
	projects: [
		{
			name: 'root',
			testIgnore: /(fixture-.*|dev-server)\.spec\.ts/,
			use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
		},
		{
			// The axe sweep over every page runs once, on the root build: the markup is the same.
			name: 'base-path',
			testIgnore: /(fixture-.*|dev-server|accessibility)\.spec\.ts/,
			use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` },
		},
		// `astro dev`, where there is no search index: the box must say why.
		{
			name: 'dev-server',
			testMatch: /dev-server\.spec\.ts/,
			use: { baseURL: `http://127.0.0.1:${DEV_PORT}/` },
		},
		// A site built with tests/fixtures/sites/headings laid over the content.
		{
			name: 'fixture-headings',
			testMatch: /fixture-headings\.spec\.ts/,
			use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}/` },
		},
	],
	webServer: [
		{
			command: `node scripts/serve.mjs --dir dist --port ${ROOT_PORT}`,
			url: `http://127.0.0.1:${ROOT_PORT}/`,
			reuseExistingServer: false,
		},
		{
			command: `node scripts/serve.mjs --dir dist-base --port ${BASE_PORT} --base ${BASE_PATH}`,
			url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
			reuseExistingServer: false,
		},
		{
			command: `npx astro dev --host 127.0.0.1 --port ${DEV_PORT}`,
			url: `http://127.0.0.1:${DEV_PORT}/`,
			reuseExistingServer: false,
			timeout: 120_000,
		},
		{
			command: `node scripts/serve.mjs --dir dist-fixture-headings --port ${FIXTURE_PORT}`,
			url: `http://127.0.0.1:${FIXTURE_PORT}/`,
			reuseExistingServer: false,
		},
	],
});
