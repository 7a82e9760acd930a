/** The public shape of one tool in `/api/tools.json` and `/api/tools.csv`. */
export interface ExportedTool {
	id: string;
	name: string;
	url: string;
	layers: string[];
	summary: string;
	licence: string;
	licenceKind: string;
	owner: string;
	hosting: string[];
	languages: string[];
	status: string;
	statusNote: string;
	/** True while the status rests on secondary reports only. */
	statusReported: boolean;
	reviewed: string;
	website: string;
	repository: string | null;
	teams: string[];
	scale: string[];
	sources: { title: string; url: string }[];
}

/**
 * Version of the JSON document's shape. Bump it when a field is removed or changes meaning;
 * adding a field keeps the version.
 */
export const EXPORT_VERSION = 1;

const csvColumns: (keyof ExportedTool)[] = [
	'id',
	'name',
	'url',
	'layers',
	'licence',
	'licenceKind',
	'owner',
	'hosting',
	'languages',
	'status',
	'statusNote',
	'reviewed',
	'website',
	'repository',
	'teams',
	'scale',
	'summary',
	// Added later: new columns go last, so readers that go by position keep working.
	'statusReported',
];

/**
 * Quotes one CSV field as RFC 4180 asks: fields holding a comma, quote or line break are
 * wrapped in quotes with inner quotes doubled. A leading =, +, - or @ gets a quote mark in
 * front, so a spreadsheet never runs a cell as a formula.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The catalogue as CSV: one header row, one row per tool, lists joined with "; ". */
export function toCsv(tools: ExportedTool[]): string {
	const cell = (value: ExportedTool[keyof ExportedTool]) => {
		if (value === null) return '';
		if (Array.isArray(value)) {
			return value.map((item) => (typeof item === 'string' ? item : item.url)).join('; ');
		}
		return String(value);
	};
	const rows = tools.map((tool) =>
		csvColumns.map((column) => csvField(cell(tool[column]))).join(','),
	);
	return `${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}
