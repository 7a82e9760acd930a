// Each built once, on first use: toLocaleDateString creates a formatter on every call, which
// showed up as a second of a thousand-tool build. This module stands apart from the badges so
// that browser bundles which show badges but no dates (the widget) carry none of it.
let dayFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;

/** A date as readers see it: "4 December 2026", or "May 2025" for a month-only date. */
export function formatDate(iso: string): string {
	const monthOnly = /^\d{4}-\d{2}$/.test(iso);
	const format = monthOnly
		? (monthFormat ??= new Intl.DateTimeFormat('en-GB', {
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC',
			}))
		: (dayFormat ??= new Intl.DateTimeFormat('en-GB', {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC',
			}));
	return format.format(new Date(`${monthOnly ? `${iso}-01` : iso}T00:00:00Z`));
}
