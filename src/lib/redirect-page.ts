import { createHash } from 'node:crypto';
import { escapeXml } from './atom.ts';

/**
 * Keeps what the reader's link carried: a meta refresh cannot pass on the query or the
 * #section, so this reads its target from the refresh and goes there with both. The text is the
 * same on every redirecting page, so one hash in their CSP allows it and nothing else.
 */
const KEEP_QUERY_AND_SECTION =
	"const target=document.querySelector('meta[http-equiv=refresh]')?.content.split('url=')[1];" +
	'if(target)location.replace(target+location.search+location.hash);';
const SCRIPT_HASH = createHash('sha256').update(KEEP_QUERY_AND_SECTION).digest('base64');

/**
 * The small page left at an old or alternative address: readers go on through the script
 * above, or the meta refresh without JavaScript (losing only the #section), crawlers through
 * the canonical link, and the link in the body is there for anyone whose browser does neither.
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
<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'sha256-${SCRIPT_HASH}'">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeXml(page.canonical)}">
<meta http-equiv="refresh" content="0; url=${to}">
<script>${KEEP_QUERY_AND_SECTION}</script>
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
