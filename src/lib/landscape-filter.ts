import { hostingModes, licenceKinds } from '../schemas/vocabulary.ts';

export interface LandscapeFilter {
	licence: string;
	hosting: string;
}

/**
 * Reads the landscape filter from the home page's URL (`?licence=open-source&hosting=managed`).
 * Values outside the vocabulary are dropped and named in `ignored`.
 */
export function readLandscapeFilter(search: string): LandscapeFilter & { ignored: string[] } {
	const params = new URLSearchParams(search);
	const filter = { licence: '', hosting: '', ignored: [] as string[] };
	const licence = params.get('licence');
	const hosting = params.get('hosting');
	if (licence) {
		if ((licenceKinds as readonly string[]).includes(licence)) filter.licence = licence;
		else filter.ignored.push('licence');
	}
	if (hosting) {
		if ((hostingModes as readonly string[]).includes(hosting)) filter.hosting = hosting;
		else filter.ignored.push('hosting');
	}
	return filter;
}

/** Whether a tool card with these data attributes passes the filter. */
export function passesFilter(filter: LandscapeFilter, licence: string, hosting: string[]): boolean {
	return (
		(!filter.licence || filter.licence === licence) &&
		(!filter.hosting || hosting.includes(filter.hosting))
	);
}

/** The filter as a query string; empty when nothing is filtered. */
export function writeLandscapeFilter(filter: LandscapeFilter): string {
	const params = new URLSearchParams();
	if (filter.licence) params.set('licence', filter.licence);
	if (filter.hosting) params.set('hosting', filter.hosting);
	const text = params.toString();
	return text ? `?${text}` : '';
}
