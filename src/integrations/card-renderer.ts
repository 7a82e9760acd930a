import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
	CARD_HEIGHT,
	CARD_PALETTE,
	CARD_WIDTH,
	cardLayout,
	maskToRows,
	textBands,
} from '../lib/og-card.ts';
import type { Ink, TextRun } from '../lib/og-card.ts';
import { encodeIndexedPng, packedRowLength } from '../lib/png-indexed.ts';

const require = createRequire(import.meta.url);
/**
 * Limitation: DejaVu covers Latin, Greek, Cyrillic, Arabic and Hebrew, not Chinese, Japanese,
 * Korean or emoji, which draw as empty boxes; the catalogue is written in English.
 *
 * DejaVu ships with the project (dejavu-fonts-ttf) under family names of our own, so cards look
 * the same on every machine and never pick up a system font of the same name.
 */
const REGULAR = 'ML Stack Guide Card';
const BOLD = 'ML Stack Guide Card Bold';
GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), REGULAR);
GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), BOLD);

const MASK_COLOURS: Record<Ink, string> = { title: '#ff0000', kind: '#00ff00', tagline: '#0000ff' };
const font = (bold: boolean, size: number) => `${size}px "${bold ? BOLD : REGULAR}"`;

/**
 * Draws link-preview cards, one canvas reused for all: the texts go into a black mask, one
 * channel per ink, and only the bands that hold text are read back and turned into palette
 * rows (see `textBands` and `maskToRows`); the rest of the card is a copy of a blank one.
 *
 * `readBack: 'whole'` reads the whole canvas instead: slower, and there only so a test can show
 * the bands lose no ink.
 */
export function createCardRenderer({ readBack = 'bands' }: { readBack?: 'bands' | 'whole' } = {}) {
	const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
	const context = canvas.getContext('2d');
	const rowLength = packedRowLength(CARD_WIDTH);
	// Read back on the first draw only: a renderer used just for layout (the build's main thread,
	// see card-pool.ts) never pays for it.
	let blank: Uint8Array | undefined;
	const measure = (text: string, bold: boolean, size: number) => {
		context.font = font(bold, size);
		const metrics = context.measureText(text);
		return {
			width: metrics.width,
			ascent: metrics.actualBoundingBoxAscent,
			descent: metrics.actualBoundingBoxDescent,
		};
	};
	return {
		layout: (card: { title: string; kind: string }): TextRun[] => cardLayout(card, measure),
		draw(runs: TextRun[]): Buffer {
			context.fillStyle = '#000000';
			context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
			blank ??= maskToRows(
				context.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT).data,
				CARD_WIDTH,
				CARD_HEIGHT,
			);
			for (const run of runs) {
				context.font = font(run.bold, run.size);
				context.fillStyle = MASK_COLOURS[run.ink];
				context.fillText(run.text, run.x, run.y, run.maxWidth);
			}
			const rows = blank.slice();
			const bands =
				readBack === 'whole'
					? [{ top: 0, bottom: CARD_HEIGHT, left: 0, right: CARD_WIDTH }]
					: textBands(runs, CARD_WIDTH, CARD_HEIGHT);
			for (const { top, bottom, left, right } of bands) {
				const mask = context.getImageData(left, top, right - left, bottom - top).data;
				rows.set(maskToRows(mask, CARD_WIDTH, bottom - top, left, right), top * rowLength);
			}
			return encodeIndexedPng({
				width: CARD_WIDTH,
				height: CARD_HEIGHT,
				palette: CARD_PALETTE,
				rows,
			});
		},
	};
}
