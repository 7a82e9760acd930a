import { escapeXml } from './atom.ts';

/** The file name of a page's link-preview image: its path, slashes turned into dashes. */
export function cardFileName(pathWithoutBase: string): string {
	const slug = pathWithoutBase
		.replace(/^\/+|\/+$/g, '')
		.replace(/[^a-zA-Z0-9-]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug || 'home'}.png`;
}

/** Breaks a title into at most three lines of about `width` characters, ending in "…" if cut. */
export function wrapTitle(title: string, width = 19, maxLines = 3): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of title.split(/\s+/).filter(Boolean)) {
		if (line && `${line} ${word}`.length > width) {
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

/**
 * The link-preview card of one page as SVG, 1200×630: the site's name and the page's kind and
 * layer above its title. Every text is escaped; the fonts are named, not loaded, here.
 */
export function cardSvg(card: { title: string; kind: string }): string {
	const lines = wrapTitle(card.title);
	const size = lines.length > 2 ? 72 : 84;
	const titleLines = lines
		.map(
			(line, index) =>
				`<text x="80" y="${300 + index * (size + 16)}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#e6eaef">${escapeXml(line)}</text>`,
		)
		.join('');
	const kind = escapeXml(card.kind ? `ML Stack Guide · ${card.kind}` : 'ML Stack Guide');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630"><rect width="1200" height="630" fill="#0f141a"/><rect width="24" height="630" fill="#7cb8ff"/><text x="80" y="150" font-family="DejaVu Sans" font-size="36" fill="#a7b0bc">${kind}</text>${titleLines}<text x="80" y="570" font-family="DejaVu Sans" font-size="28" fill="#7cb8ff">Choose production ML tooling, with reasons</text></svg>`;
}
