/** A glossary id: lower-case words joined by hyphens, usable as an anchor as it is. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Problems with the ids of a parsed glossary list: missing, malformed or repeated ids. Astro's
 * file loader would keep only the last of two entries with one id, silently.
 */
export function findGlossaryIdFaults(entries: unknown): { field: string; message: string }[] {
	if (!Array.isArray(entries)) return [{ field: '(file)', message: 'must be a list of terms' }];
	const faults: { field: string; message: string }[] = [];
	const seen = new Map<string, number>();
	entries.forEach((entry, index) => {
		const id = (entry as { id?: unknown } | null)?.id;
		const field = `[${index}].id`;
		if (typeof id !== 'string' || !ID.test(id)) {
			faults.push({ field, message: `"${String(id)}" is not lower-case words joined by hyphens` });
			return;
		}
		const first = seen.get(id);
		if (first !== undefined)
			faults.push({ field, message: `"${id}" is already the id of entry ${first}` });
		else seen.set(id, index);
	});
	return faults;
}
