import { escapeXml } from './atom.ts';

/**
 * The small page left at an old or alternative address: readers (without JavaScript too) go on
 * through the meta refresh, crawlers through the canonical link, and the link in the body is
 * there for anyone whose browser ignores both.
 */
export function redirectPageHtml(page: {
	to: string;
	canonical: string;
	title: string;
	heading: string;
}): string {
	const to = escapeXml(page.to);
	const title = escapeXml(page.title);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeXml(page.canonical)}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<h1>${escapeXml(page.heading)}</h1>
<p>This page lives at <a href="${to}">${to}</a>.</p>
</body>
</html>
`;
}

/** The addresses a built page asks to be reachable from, in its `redirect-from` metas. */
export function redirectSources(html: string): string[] {
	return [...html.matchAll(/<meta name="redirect-from" content="([^"]+)">/g)].map(
		(match) => match[1] ?? '',
	);
}
