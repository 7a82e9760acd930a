import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import {
	CARD_PALETTE,
	cardFileName,
	cardLayout,
	maskToRows,
	textBands,
	wrapTitle,
} from '../../src/lib/og-card.ts';
import { createCardRenderer } from '../../src/integrations/card-renderer.ts';
import { createCardPool } from '../../src/integrations/card-pool.ts';
import { readPng } from './png-reader.ts';

test('names cards after their page path', () => {
	assert.equal(cardFileName('tools/feast/'), 'tools-feast.png');
	assert.equal(cardFileName(''), 'home.png');
	assert.equal(cardFileName('/compare/feast-vs-tecton/'), 'compare-feast-vs-tecton.png');
});

test('wraps long titles on word boundaries and cuts after three lines', () => {
	const fits = (width: number) => (line: string) => line.length <= width;
	assert.deepEqual(wrapTitle('Model monitoring and observability', fits(19)), [
		'Model monitoring',
		'and observability',
	]);
	const long = wrapTitle(
		'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
		fits(10),
	);
	assert.equal(long.length, 3);
	assert.match(long[2] ?? '', /…$/);
});

test('lays a card out as kind, title lines and tagline, smaller when the title needs three', () => {
	const perChar = (text: string, _bold: boolean, size: number) => ({
		width: text.length * size * 0.6,
		ascent: size * 0.75,
		descent: size * 0.2,
	});
	const short = cardLayout({ title: 'Feast', kind: 'Tool · Features' }, perChar);
	assert.deepEqual(
		short.map((run) => [run.ink, run.text]),
		[
			['kind', 'ML Stack Guide · Tool · Features'],
			['title', 'Feast'],
			['tagline', 'Choose production ML tooling, with reasons'],
		],
	);
	assert.equal(short[1]?.size, 84);
	// Each run carries its measured ink, for the rows the renderer reads back.
	assert.deepEqual([short[1]?.ascent, short[1]?.descent], [63, 84 * 0.2]);
	const long = cardLayout(
		{ title: 'Spark Structured Streaming versus Apache Beam on a very long day', kind: '' },
		perChar,
	);
	const titles = long.filter((run) => run.ink === 'title');
	assert.equal(titles.length, 3);
	assert.ok(titles.every((run) => run.size === 72));
	assert.equal(long[0]?.text, 'ML Stack Guide');
});

test('maps mask channels to the bar, the inks and their coverage', () => {
	const width = 28;
	const mask = new Uint8Array(width * 4 * 1);
	for (let pixel = 0; pixel < width; pixel += 1) mask[pixel * 4 + 3] = 255;
	mask.set([255, 0, 0, 255], 24 * 4); // full title ink
	mask.set([0, 128, 0, 255], 25 * 4); // half kind ink
	mask.set([0, 0, 30, 255], 27 * 4); // too faint to show
	const rows = maskToRows(mask, width, 1);
	assert.equal(rows.length, 1 + width / 2);
	assert.equal(rows[0], 0, 'filter byte');
	assert.ok(
		[...rows.subarray(1, 13)].every((pair) => pair === 0x11),
		'bar',
	);
	assert.equal(rows[13], (5 << 4) | 7, 'title full, kind at 2/4');
	assert.equal(rows[14], 0, 'blank and faint pixels are background');
	assert.equal(CARD_PALETTE.length, 14);
});

test('draws a 1200×630 card whose text is really there', () => {
	const renderer = createCardRenderer();
	const png = readPng(
		renderer.draw(renderer.layout({ title: 'Feast vs Tecton', kind: 'Comparison' })),
	);
	assert.equal(png.width, 1200);
	assert.equal(png.height, 630);
	assert.equal(png.bitDepth, 4);
	assert.equal(png.palette.length, CARD_PALETTE.length);
	const rows = inflateSync(png.data);
	let inked = 0;
	for (let y = 0; y < 630; y += 1) {
		for (let x = 13; x <= 600; x += 1) if (rows[y * 601 + x]) inked += 1;
	}
	// Text covers a few percent of the card; a missing font would leave it at zero.
	assert.ok(inked > 5000, `only ${inked} inked bytes`);
});

test('reads back only the parts text can reach, merging bands that touch', () => {
	const run = (y: number, size: number, width = 300, ascent = 0, descent = 0) => ({
		text: 'x',
		ink: 'title' as const,
		bold: true,
		size,
		x: 80,
		y,
		maxWidth: 1060,
		width,
		ascent,
		descent,
	});
	const band = (top: number, bottom: number, right: number) => ({ top, bottom, left: 24, right });
	assert.deepEqual(
		textBands([run(570, 28), run(150, 36, 501), run(300, 84, 700), run(400, 84, 900)], 1200, 630),
		[band(106, 165, 594), band(199, 434, 992), band(536, 582, 392)],
	);
	assert.deepEqual(textBands([run(20, 84)], 1200, 630), [band(0, 54, 392)]);
	// A run squeezed to the full width is read to the card's edge, never past it.
	assert.deepEqual(textBands([run(20, 84, 1200)], 1200, 630), [band(0, 54, 1200)]);
	// Ink measured taller than the margins (stacked accents) widens the band to hold it.
	assert.deepEqual(textBands([run(300, 84, 300, 150, 60)], 1200, 630), [band(148, 362, 392)]);
});

test('a mask of some columns gives the same rows as the whole row with the rest blank', () => {
	const width = 40;
	const whole = new Uint8Array(width * 4 * 2);
	for (let pixel = 0; pixel < width * 2; pixel += 1) whole[pixel * 4 + 3] = 255;
	whole.set([255, 0, 0, 255], 30 * 4);
	whole.set([0, 0, 200, 255], (width + 33) * 4);
	const part = new Uint8Array(10 * 4 * 2);
	for (const y of [0, 1]) {
		part.set(whole.subarray((y * width + 26) * 4, (y * width + 36) * 4), y * 10 * 4);
	}
	assert.deepEqual(maskToRows(part, width, 2, 26, 36), maskToRows(whole, width, 2));
	assert.throws(() => maskToRows(part, width, 2, 25, 35), /not even/);
});

test('reading back only the bands loses no ink against reading the whole card', () => {
	const bands = createCardRenderer();
	const whole = createCardRenderer({ readBack: 'whole' });
	const cards = [
		{ title: 'Feast vs Tecton', kind: 'Comparison · Features' },
		{ title: 'Ŝŷñ Ǻçćéñţś Ÿ ÅÊÎÕÜ fiffl…', kind: 'Tool' },
		{ title: 'W'.repeat(60), kind: 'Tool · Serving' },
		{
			title: 'Model monitoring and observability: drift, data quality and performance over time',
			kind: 'Layer',
		},
	];
	for (const card of cards) {
		const runs = bands.layout(card);
		assert.deepEqual(bands.draw(runs), whole.draw(runs), card.title);
	}
});

test('cards drawn on worker threads are the same bytes as cards drawn here', async () => {
	const pool = createCardPool();
	try {
		const runs = pool.layout({ title: 'Seldon Core vs KServe', kind: 'Comparison · Serving' });
		const local = createCardRenderer();
		const [first, second] = await Promise.all([pool.draw(runs), pool.draw(runs)]);
		assert.deepEqual(first, local.draw(runs));
		assert.deepEqual(second, first);
		assert.equal(pool.threads > 0, Boolean(process.features.typescript));
	} finally {
		await pool.close();
	}
});

test('a worker frees each card it draws: 500 cards queued at once leave memory flat', async () => {
	// Read-backs cost about 1.1 MB each and @napi-rs/canvas frees them only on a later turn of the
	// worker's event loop. Measured on two cores: a worker that drew its queue back to back grew
	// by about 850 MB over 500 cards and kept growing; one that yields between cards levels off
	// near 250 MB, at 500 cards as at 2,000.
	const pool = createCardPool();
	try {
		const cards = Array.from({ length: 500 }, (_, index) =>
			pool.layout({ title: `Bench Tool ${index} vs Bench Tool ${index + 1}`, kind: 'Comparison' }),
		);
		// Every worker started, so their own start-up memory is not counted as growth.
		await Promise.all(
			Array.from({ length: Math.max(1, pool.threads) }, () => pool.draw(cards[0]!)),
		);
		const before = process.memoryUsage().rss;
		let peak = before;
		await Promise.all(
			cards.map((runs) =>
				pool.draw(runs).then(() => {
					peak = Math.max(peak, process.memoryUsage().rss);
				}),
			),
		);
		const grownMb = (peak - before) / 1024 / 1024;
		assert.ok(grownMb < 450, `memory grew by ${grownMb.toFixed(0)} MB while drawing 500 cards`);
	} finally {
		await pool.close();
	}
});
