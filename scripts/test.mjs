#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failure.
// Type check → formatting → unit tests → build (which checks its own links and ids) →
// bad-content fixtures → base-path build → Playwright against both builds.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const BASE_PATH = '/ml-stack-guide/';

const steps = [
	['type check', 'npx', ['astro', 'check']],
	['formatting', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
	['unit tests', 'node', ['--test', 'tests/unit/**/*.test.ts']],
	['build (root)', 'npx', ['astro', 'build']],
	['bad-content fixtures', 'node', ['--test', 'tests/build/**/*.test.ts']],
	[
		'build (base path)',
		'npx',
		['astro', 'build'],
		{ BASE_PATH, OUT_DIR: './dist-base', SITE_URL: 'https://example.github.io' },
	],
	['build (heading-ids fixture site)', 'node', ['scripts/build-fixture-site.mjs', 'headings']],
	['browser tests', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const [name, command, args, env = {}] of steps) {
	if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const started = performance.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (result.status === 0) {
		passed += 1;
		console.log(`✔ ${name} (${seconds}s)`);
	} else {
		failed += 1;
		console.log(`✘ ${name} failed (${seconds}s)`);
		break;
	}
}
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
