/** How many tools the interactive comparison shows side by side. */
export const MAX_COMPARED = 4;

/**
 * Reads `?tools=a,b,c` into known tool ids: unknown or malformed ids are dropped and
 * reported, duplicates collapse, and only the first four are kept. Ids are matched against the
 * catalogue, never echoed as markup.
 */
export function parseToolList(
	search: string,
	known: Set<string>,
): { ids: string[]; ignored: string[]; tooMany: boolean } {
	const params = new URLSearchParams(search);
	const raw = params.getAll('tools').flatMap((value) => value.split(','));
	const ids: string[] = [];
	const ignored: string[] = [];
	for (const entry of raw) {
		const id = entry.trim().toLowerCase();
		if (id === '') continue;
		if (!known.has(id)) ignored.push(entry.slice(0, 40));
		else if (!ids.includes(id)) ids.push(id);
	}
	return { ids: ids.slice(0, MAX_COMPARED), ignored, tooMany: ids.length > MAX_COMPARED };
}

/** The query string for a list of compared tools: `?tools=a,b`. */
export function writeToolList(ids: string[]): string {
	return ids.length > 0 ? `?tools=${ids.map(encodeURIComponent).join(',')}` : '';
}
