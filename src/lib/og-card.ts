import { packedRowLength } from './png-indexed.ts';

/** The file name of a page's link-preview image: its path, slashes turned into dashes. */
export function cardFileName(pathWithoutBase: string): string {
	const slug = pathWithoutBase
		.replace(/^\/+|\/+$/g, '')
		.replace(/[^a-zA-Z0-9-]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug || 'home'}.png`;
}

/** Breaks a title into at most `maxLines` lines that `fits`, ending in "…" if cut. */
export function wrapTitle(title: string, fits: (line: string) => boolean, maxLines = 3): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of title.split(/\s+/).filter(Boolean)) {
		if (line && !fits(`${line} ${word}`)) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
		return kept;
	}
	return lines;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const BAR_WIDTH = 24;
const LEFT = 80;
const TEXT_WIDTH = CARD_WIDTH - LEFT - 60;
const TAGLINE = 'Choose production ML tooling, with reasons';

/**
 * The texts of a card come in three inks. They never overlap, so the renderer draws each in its
 * own colour channel of a black mask (title red, kind green, tagline blue): a pixel's channel
 * then says which text covers it and by how much, and that maps straight onto the palette.
 */
export const INKS = ['title', 'kind', 'tagline'] as const;
export type Ink = (typeof INKS)[number];

export interface TextRun {
	text: string;
	ink: Ink;
	bold: boolean;
	size: number;
	x: number;
	/** Baseline. */
	y: number;
	/** The renderer squeezes a run wider than this, so one long word cannot leave the card. */
	maxWidth: number;
	/** Its advance width as measured, at most `maxWidth`. */
	width: number;
	/** Pixels of ink above and below the baseline, as measured. */
	ascent: number;
	descent: number;
}

/** Measures a text at a size, bold or not: its width and its ink above and below the baseline. */
export type Measure = (
	text: string,
	bold: boolean,
	size: number,
) => { width: number; ascent: number; descent: number };

/**
 * What a page's card says and where: the site's name with the page's kind and layer, the title
 * in up to three lines (smaller when it needs three), and the tagline.
 */
export function cardLayout(card: { title: string; kind: string }, measure: Measure): TextRun[] {
	const wrapAt = (size: number) =>
		wrapTitle(card.title, (line) => measure(line, true, size).width <= TEXT_WIDTH);
	let size = 84;
	let lines = wrapAt(size);
	if (lines.length > 2) {
		size = 72;
		lines = wrapAt(size);
	}
	const run = (text: string, ink: Ink, bold: boolean, size: number, y: number): TextRun => {
		const { width, ascent, descent } = measure(text, bold, size);
		const maxWidth = TEXT_WIDTH;
		return {
			text,
			ink,
			bold,
			size,
			x: LEFT,
			y,
			maxWidth,
			width: Math.min(width, maxWidth),
			ascent,
			descent,
		};
	};
	return [
		run(card.kind ? `ML Stack Guide · ${card.kind}` : 'ML Stack Guide', 'kind', false, 36, 150),
		...lines.map((line, index) => run(line, 'title', true, size, 300 + index * (size + 16))),
		run(TAGLINE, 'tagline', false, 28, 570),
	];
}

/** A part of the card text can touch: rows [top, bottom), columns [left, right), all even. */
export interface Band {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

/** Ink a glyph may put past its advance width (a bold italic overhang, the last "…"). */
const OVERHANG = 12;
const even = (value: number) => 2 * Math.ceil(value / 2);

/**
 * The parts of the card that text can touch, as bands of rows with overlaps merged. Only these
 * are read back from the canvas and scanned; everything else is plain background or the bar,
 * which comes from geometry. Reading back dominates a card's cost, so the bands are as tight as
 * the text allows: each run reaches at least 1.2 em above its baseline and 0.4 em below, or
 * further where its ink was measured further (stacked accents), and from the bar's edge to a
 * little past its measured width.
 */
export function textBands(runs: readonly TextRun[], width: number, height: number): Band[] {
	const bands = runs
		.map((run): Band => ({
			top: Math.max(0, Math.floor(run.y - Math.max(run.size * 1.2, run.ascent + 2))),
			bottom: Math.min(height, Math.ceil(run.y + Math.max(run.size * 0.4, run.descent + 2))),
			left: BAR_WIDTH,
			right: Math.min(width, even(run.x + run.width + OVERHANG)),
		}))
		.sort((a, b) => a.top - b.top);
	const merged: Band[] = [];
	for (const band of bands) {
		const last = merged.at(-1);
		if (last && band.top <= last.bottom) {
			last.bottom = Math.max(last.bottom, band.bottom);
			last.right = Math.max(last.right, band.right);
		} else merged.push(band);
	}
	return merged;
}

type Rgb = readonly [number, number, number];
const hex = (value: string): Rgb => {
	const channel = (at: number) => parseInt(value.slice(at, at + 2), 16);
	return [channel(1), channel(3), channel(5)];
};
/** `from` moved `amount` (0–1) of the way to `to`, channel by channel. */
const blend = (from: Rgb, to: Rgb, amount: number): Rgb => {
	const mix = (a: number, b: number) => Math.round(a + (b - a) * amount);
	return [mix(from[0], to[0]), mix(from[1], to[1]), mix(from[2], to[2])];
};
const BACKGROUND = hex('#0f141a');
const BAR = hex('#7cb8ff');
const INK_COLOURS: Record<Ink, Rgb> = {
	title: hex('#e6eaef'),
	kind: hex('#a7b0bc'),
	tagline: hex('#7cb8ff'),
};
/** Four steps of coverage per ink: anti-aliased edges stay smooth and the palette fits 4 bits. */
const LEVELS = 4;

/** Background, bar, then each ink blended over the background at 1/4, 2/4, 3/4 and full. */
export const CARD_PALETTE: Rgb[] = [
	BACKGROUND,
	BAR,
	...INKS.flatMap((ink) =>
		Array.from({ length: LEVELS }, (_, step) =>
			blend(BACKGROUND, INK_COLOURS[ink], (step + 1) / LEVELS),
		),
	),
];

/** A mask pixel no text touches, as the 32-bit word it is in memory on this machine. */
const BLANK = new Uint32Array(Uint8Array.of(0, 0, 0, 255).buffer)[0];

/** The palette index of one mask pixel: which ink covers it (by channel), and how much. */
function paletteIndex(red: number, green: number, blue: number): number {
	const ink = red ? 0 : green ? 1 : blue ? 2 : -1;
	if (ink < 0) return 0;
	const level = Math.round(((red || green || blue) * LEVELS) / 255);
	return level === 0 ? 0 : 2 + ink * LEVELS + level - 1;
}

/**
 * Turns a rendered RGBA mask into packed 4-bit PNG rows of `width` pixels: the left bar from
 * geometry, every other pixel from its channels. The mask may hold only columns [left, right)
 * of each row (both even); the pixels outside them are background. Most pixels are blank, so
 * pairs of blank pixels take a short path.
 */
export function maskToRows(
	rgba: Uint8Array | Uint8ClampedArray,
	width: number,
	height: number,
	left = 0,
	right = width,
) {
	if (width % 2 !== 0) throw new Error(`card width ${width} is odd`);
	if (left % 2 !== 0 || right % 2 !== 0 || left < 0 || right > width || left > right) {
		throw new Error(`mask columns ${left}–${right} are not even or not inside ${width}`);
	}
	const columns = right - left;
	const bytes = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
	const pixels = new Uint32Array(bytes.buffer, bytes.byteOffset, columns * height);
	const inked = (pixel: number): number => {
		const at = pixel * 4;
		return paletteIndex(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0);
	};
	const rowLength = packedRowLength(width);
	const rows = new Uint8Array(rowLength * height);
	const barBytes = BAR_WIDTH / 2;
	const from = Math.max(left, BAR_WIDTH);
	for (let y = 0; y < height; y += 1) {
		const start = y * rowLength + 1;
		rows.fill(0x11, start, start + barBytes);
		let pixel = y * columns + (from - left);
		for (let out = start + from / 2; out < start + right / 2; out += 1, pixel += 2) {
			if (pixels[pixel] === BLANK && pixels[pixel + 1] === BLANK) continue;
			rows[out] = (inked(pixel) << 4) | inked(pixel + 1);
		}
	}
	return rows;
}
