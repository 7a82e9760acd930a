/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export interface FeedEntry {
	id: string;
	title: string;
	url: string;
	updated: string;
	summary: string;
}

/**
 * Renders an Atom 1.0 feed. `updated` dates are YYYY-MM-DD (or YYYY-MM, read as the month's
 * first day) and become midnight UTC.
 */
export function renderAtomFeed(feed: {
	id: string;
	title: string;
	selfUrl: string;
	pageUrl: string;
	entries: FeedEntry[];
}): string {
	const stamp = (date: string) => `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;
	const updated = feed.entries[0]?.updated ?? '1970-01-01';
	const entries = feed.entries.map(
		(entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.url)}"/>
    <updated>${stamp(entry.updated)}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" href="${escapeXml(feed.selfUrl)}"/>
  <link href="${escapeXml(feed.pageUrl)}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>ML Stack Guide</name></author>
${entries.join('\n')}
</feed>
`;
}
