import {
	passesFilter,
	readLandscapeFilter,
	writeLandscapeFilter,
} from '../../lib/landscape-filter.ts';
import { countOf } from '../../lib/notice-list.ts';

/**
 * Filters a <landscape-map>'s cards by the form's licence and hosting, now and on every
 * change, and keeps the filter in the URL. Each box starts from the URL's filter (a shared
 * link), except the boxes in `picked`, which the reader changed while this code loaded.
 */
export function filterLandscape(
	map: HTMLElement,
	form: HTMLFormElement,
	picked: ReadonlySet<string>,
) {
	const licence = form.querySelector<HTMLSelectElement>('select[name="licence"]');
	const hosting = form.querySelector<HTMLSelectElement>('select[name="hosting"]');
	const count = form.querySelector<HTMLElement>('[data-landscape-count]');
	const notice = map.querySelector<HTMLElement>('[data-landscape-notice]');
	if (!licence || !hosting || !count || !notice) return;

	const initial = readLandscapeFilter(location.search);
	if (!picked.has('licence')) licence.value = initial.licence;
	if (!picked.has('hosting')) hosting.value = initial.hosting;
	if (initial.ignored.length > 0) {
		notice.hidden = false;
		notice.textContent = `Ignored an unknown filter value for: ${initial.ignored.join(', ')}.`;
	}

	const apply = (updateUrl: boolean) => {
		const filter = { licence: licence.value, hosting: hosting.value };
		// A tool in two layers has a card in each; it counts once.
		const shown = new Set<string>();
		for (const section of map.querySelectorAll<HTMLElement>('.landscape-layer')) {
			let inLayer = 0;
			for (const card of section.querySelectorAll<HTMLElement>('.card')) {
				const passes = passesFilter(
					filter,
					card.dataset['licence'] ?? '',
					(card.dataset['hosting'] ?? '').split(' '),
				);
				card.hidden = !passes;
				if (passes) {
					inLayer += 1;
					shown.add(card.dataset['tool'] ?? '');
				}
			}
			const empty = section.querySelector<HTMLElement>('.landscape-empty');
			if (empty) empty.hidden = inLayer > 0;
		}
		count.textContent = `${countOf(shown.size, 'tool')} shown`;
		if (updateUrl)
			history.replaceState(
				null,
				'',
				`${location.pathname}${writeLandscapeFilter(filter)}${location.hash}`,
			);
	};
	form.addEventListener('change', () => apply(true));
	// A pick goes into the address; so does dropping a value the page did not understand, so a
	// copied link holds only the filter shown.
	apply(picked.size > 0 || initial.ignored.length > 0);
}
