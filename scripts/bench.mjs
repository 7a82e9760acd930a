#!/usr/bin/env node
// A benchmark, not a test: adds N synthetic tools to a temporary copy of content/, builds the
// site from it and prints what the build cost.
//
//   npm run bench -- --tools 1000 [--per-layer 25] [--runs 1] [--rebuild] [--lighthouse] [--keep]
//
// Synthetic tools go into synthetic layers of 25 tools each, about 400 words apiece, with facts
// drawn from the real vocabulary. 25 is above the twelve-tool size up to which a layer gets a
// page for every pair (src/lib/pairs.ts), so comparison pages follow the tools' alternatives,
// as they would in a catalogue that large; --per-layer 10 measures the every-pair case.
// --runs 3 builds from scratch three times and reports the median time and the highest peak:
// single runs on a two-core machine vary by 20% or more. --rebuild builds a second time with
// the first build's cache, as a CI that keeps Astro's cache folder would. --lighthouse prints
// Lighthouse scores for the home, a layer, a tool and the decision page (see
// scripts/lighthouse-scores.mjs). The last line is machine-readable:
//   build_s=… peak_mb=… dist_mb=… html_kb_median=… pagefind_mb=… pages=… [rebuild_s=…]
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	statSync,
	cpSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { printLighthouseScores } from './lighthouse-scores.mjs';

const { values } = parseArgs({
	options: {
		tools: { type: 'string', default: '1000' },
		'per-layer': { type: 'string', default: '25' },
		runs: { type: 'string', default: '1' },
		rebuild: { type: 'boolean', default: false },
		lighthouse: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
});
const count = Number(values.tools);
const perLayer = Number(values['per-layer']);
const runs = Number(values.runs);
if (
	!Number.isInteger(count) ||
	count < 1 ||
	!Number.isInteger(perLayer) ||
	perLayer < 2 ||
	!Number.isInteger(runs) ||
	runs < 1
) {
	console.error(
		'usage: npm run bench -- --tools N [--per-layer 25] [--runs 1] [--rebuild] [--lighthouse] [--keep]',
	);
	process.exit(2);
}

/** A small deterministic generator, so two runs build the same synthetic catalogue. */
let seed = 42;
const random = () => {
	seed = (seed * 1103515245 + 12345) % 2147483648;
	return seed / 2147483648;
};
const pick = (items) => items[Math.floor(random() * items.length)];
const words = `latency throughput batching replicas drift schema lineage freshness backfill registry
	canary shadow rollout autoscaling partition offset watermark window feature store online offline
	materialise monitor alert threshold baseline histogram quantile embedding vector cache warmup
	cold start gpu cpu memory budget contract owner incident runbook dashboard trace span metric
	label ground truth delay skew consistency snapshot version rollback audit lineage governance`
	.split(/\s+/)
	.filter(Boolean);
const sentence = () => {
	const length = 10 + Math.floor(random() * 10);
	const text = Array.from({ length }, () => pick(words)).join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
const paragraph = (sentences) => Array.from({ length: sentences }, sentence).join(' ');

const work = mkdtempSync(join(tmpdir(), 'msg-bench-'));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
const layerCount = Math.ceil(count / perLayer);
for (let layer = 1; layer <= layerCount; layer += 1) {
	const id = `bench-layer-${String(layer).padStart(4, '0')}`;
	writeFileSync(
		join(content, 'layers', `${id}.md`),
		`---\ntitle: Benchmark layer ${layer}\nshortTitle: Bench ${layer}\norder: ${100 + layer}\nsummary: A synthetic layer that exists only to measure how the build scales.\nproblem: ${sentence()}\nsolution: ${sentence()}\ntake: ${sentence()}\n---\n\n## Overview\n\n${paragraph(6)}\n`,
	);
}
const hosting = ['self-hosted', 'managed', 'kubernetes-native', 'library'];
const teams = ['kubernetes', 'python', 'data'];
const scales = ['under-10k', '10k-100k', '100k-1m', 'over-1m'];
for (let index = 0; index < count; index += 1) {
	const layer = `bench-layer-${String(Math.floor(index / perLayer) + 1).padStart(4, '0')}`;
	const id = `bench-tool-${String(index + 1).padStart(5, '0')}`;
	const first = Math.floor(index / perLayer) * perLayer;
	const sibling = first + ((index - first + 1) % Math.min(perLayer, count - first));
	const alternatives =
		sibling === index ? '[]' : `[bench-tool-${String(sibling + 1).padStart(5, '0')}]`;
	const open = random() < 0.7;
	writeFileSync(
		join(content, 'tools', `${id}.md`),
		`---
name: Bench Tool ${index + 1}
layer: ${layer}
summary: A synthetic tool used to measure how the build scales with the catalogue.
licence:
  id: ${open ? 'Apache-2.0' : 'proprietary'}
  kind: ${open ? 'open-source' : 'proprietary'}
owner: Bench Owner ${index % 17}
hosting: [${pick(hosting)}]
languages: [Python]
website: https://example.org/${id}
status:
  state: active
  note: Synthetic status for the benchmark only.
reviewed: 2026-11-01
sources:
  - title: Synthetic source
    url: https://example.org/${id}/source
strengths: [${pick(words)} handling, ${pick(words)} support]
tradeoffs: [${pick(words)} cost, ${pick(words)} limits]
fit:
  teams: [${pick(teams)}]
  scale: [${pick(scales)}]
alternatives: ${alternatives}
---

## Verdict

${paragraph(4)}

## When to choose it

${paragraph(5)}

## Trade-offs

${paragraph(5)}

## How it fits the stack

${paragraph(5)}

## Status and licence

${paragraph(4)}
`,
	);
}

const hasTime = existsSync('/usr/bin/time');

/** One `astro build` of the synthetic catalogue into `dist`; returns its seconds, peak and log. */
function build(dist) {
	const command = hasTime ? '/usr/bin/time' : process.execPath;
	const args = [
		...(hasTime ? ['-f', 'bench-peak-kb=%M', process.execPath] : []),
		'node_modules/astro/bin/astro.mjs',
		'build',
	];
	const started = performance.now();
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: content,
			OUT_DIR: dist,
			ASTRO_CACHE_DIR: join(work, 'cache'),
		},
		maxBuffer: 1024 * 1024 * 256,
	});
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		console.error(`${result.stdout}\n${result.stderr}`.slice(-4000));
		console.error('bench: the build failed');
		process.exit(1);
	}
	const peakKb = Number(/bench-peak-kb=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
	return { seconds, peakKb, log: result.stdout };
}

/** The log lines that say where a build's time went: Astro's phases and our integrations. */
const PHASES =
	/\[content\] Synced|\[vite\] ✓ built|^\S+ ✓ Completed|\[(search-index|site-check|glossary-links|og-images|redirect-stubs)\]|page\(s\) built/;

console.log(`bench: ${count} synthetic tools in ${layerCount} layers, building…`);
const dist = join(work, 'dist');
const times = [];
let peakKb = Number.NaN;
for (let run = 1; run <= runs; run += 1) {
	// Each run starts cold, as the first build on a fresh machine does.
	rmSync(dist, { recursive: true, force: true });
	rmSync(join(work, 'cache'), { recursive: true, force: true });
	const result = build(dist);
	for (const line of result.log.split('\n')) if (PHASES.test(line.trim())) console.log(line.trim());
	if (runs > 1) console.log(`run ${run} of ${runs}: ${result.seconds.toFixed(1)} s`);
	times.push(result.seconds);
	peakKb = Number.isNaN(peakKb) ? result.peakKb : Math.max(peakKb, result.peakKb);
}
const seconds = times.toSorted((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

/** Total bytes under a folder, and the sizes of its index.html files. */
function measure(folder) {
	let total = 0;
	const pages = [];
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const size = statSync(join(entry.parentPath, entry.name)).size;
		total += size;
		if (entry.name === 'index.html') pages.push(size);
	}
	return { total, pages };
}
const site = measure(dist);
const index = measure(join(dist, 'pagefind'));
const sorted = site.pages.sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

console.log(
	`build wall time: ${seconds.toFixed(1)} s${runs > 1 ? ` (median of ${runs}: ${times.map((time) => time.toFixed(1)).join(', ')})` : ''}`,
);
console.log(
	`peak memory: ${Number.isNaN(peakKb) ? 'n/a (no /usr/bin/time)' : `${(peakKb / 1024).toFixed(0)} MB`}`,
);
console.log(
	`pages: ${site.pages.length}; dist/: ${mb(site.total)} MB; median page: ${(median / 1024).toFixed(1)} KB`,
);
console.log(`pagefind index: ${mb(index.total)} MB`);

if (values.lighthouse) {
	await printLighthouseScores(dist, ['/', '/layers/serving/', '/tools/feast/', '/decide/']);
}

let rebuild = '';
if (values.rebuild) {
	console.log('bench: building again with the same cache folder…');
	const again = build(join(work, 'dist-again'));
	for (const line of again.log.split('\n')) if (PHASES.test(line.trim())) console.log(line.trim());
	console.log(`rebuild wall time: ${again.seconds.toFixed(1)} s`);
	rebuild = ` rebuild_s=${again.seconds.toFixed(1)}`;
}
console.log(
	`build_s=${seconds.toFixed(1)} peak_mb=${Number.isNaN(peakKb) ? 'na' : (peakKb / 1024).toFixed(0)} dist_mb=${mb(site.total)} html_kb_median=${(median / 1024).toFixed(1)} pagefind_mb=${mb(index.total)} pages=${site.pages.length}${rebuild}`,
);
if (values.keep) console.log(`bench: kept ${work}`);
else rmSync(work, { recursive: true, force: true });
