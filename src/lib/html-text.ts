const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
	'&nbsp;': '\u00a0',
};

/**
 * Turns the entities Astro and Pagefind write (&amp; &lt; &gt; &quot; &#39; &#x27; &nbsp;)
 * back into characters, in one pass so "&amp;lt;" stays "&lt;". Other entities are kept.
 */
export function decodeEntities(text: string): string {
	return text.replace(
		/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g,
		(entity) => entities[entity] ?? entity,
	);
}

/** The text of an HTML fragment: tags dropped, entities decoded, ends trimmed. */
export function textOfHtml(html: string): string {
	return decodeEntities(html.replace(/<[^>]*>/g, '')).trim();
}
