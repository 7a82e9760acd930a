import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { CARD_HEIGHT, CARD_PALETTE, CARD_WIDTH, cardLayout, maskToRows } from '../lib/og-card.ts';
import type { Ink, TextRun } from '../lib/og-card.ts';
import { encodeIndexedPng } from '../lib/png-indexed.ts';

const require = createRequire(import.meta.url);
/**
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
 * channel per ink, which `maskToRows` turns into a 16-colour PNG.
 */
export function createCardRenderer() {
	const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
	const context = canvas.getContext('2d');
	const measure = (text: string, bold: boolean, size: number) => {
		context.font = font(bold, size);
		return context.measureText(text).width;
	};
	return {
		layout: (card: { title: string; kind: string }): TextRun[] => cardLayout(card, measure),
		draw(runs: TextRun[]): Buffer {
			context.fillStyle = '#000000';
			context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
			for (const run of runs) {
				context.font = font(run.bold, run.size);
				context.fillStyle = MASK_COLOURS[run.ink];
				context.fillText(run.text, run.x, run.y, run.maxWidth);
			}
			const mask = context.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT).data;
			return encodeIndexedPng({
				width: CARD_WIDTH,
				height: CARD_HEIGHT,
				palette: CARD_PALETTE,
				rows: maskToRows(mask, CARD_WIDTH, CARD_HEIGHT),
			});
		},
	};
}
