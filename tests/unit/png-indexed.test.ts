import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { encodeIndexedPng, isCompletePng, packedRowLength } from '../../src/lib/png-indexed.ts';
import { readPng } from './png-reader.ts';

test('writes a valid 4-bit palette PNG whose rows inflate back unchanged', () => {
	const rows = Uint8Array.of(0, 0x01, 0x20, 0, 0x12, 0x10);
	const png = readPng(
		encodeIndexedPng({
			width: 3,
			height: 2,
			palette: [
				[0, 0, 0],
				[255, 0, 0],
				[0, 0, 255],
			],
			rows,
		}),
	);
	assert.deepEqual([png.width, png.height, png.bitDepth, png.colourType], [3, 2, 4, 3]);
	assert.deepEqual(png.palette, [
		[0, 0, 0],
		[255, 0, 0],
		[0, 0, 255],
	]);
	assert.deepEqual([...inflateSync(png.data)], [...rows]);
});

test('refuses palettes a 4-bit PNG cannot hold and rows of the wrong length', () => {
	const rows = new Uint8Array(packedRowLength(2));
	const grey = (value: number) => [value, value, value] as const;
	assert.throws(
		() =>
			encodeIndexedPng({
				width: 2,
				height: 1,
				palette: Array.from({ length: 17 }, (_, i) => grey(i)),
				rows,
			}),
		/1 to 16 colours, not 17/,
	);
	assert.throws(
		() => encodeIndexedPng({ width: 2, height: 2, palette: [grey(0)], rows }),
		/expected 4 bytes of rows, got 2/,
	);
});

test('tells a whole PNG from a cut-off one', () => {
	const png = encodeIndexedPng({
		width: 2,
		height: 1,
		palette: [[0, 0, 0]],
		rows: new Uint8Array(packedRowLength(2)),
	});
	assert.equal(isCompletePng(png), true);
	assert.equal(isCompletePng(png.subarray(0, png.length - 20)), false);
	assert.equal(isCompletePng(png.subarray(0, png.length - 1)), false);
	assert.equal(isCompletePng(Buffer.from('not a png at all, just some text')), false);
});
