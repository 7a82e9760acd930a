import { devServerMessage, searchGuide } from './pagefind.ts';
import { renderHits } from './render-results.ts';
import { countOf } from '../../lib/notice-list.ts';

const RESULTS_IN_PANEL = 6;

/**
 * Turns the header's search box into a live search: results under the box as the reader types,
 * arrow keys to move through them, Esc to close and return to the box.
 */
export function attachSearchPanel(host: HTMLElement, input: HTMLInputElement) {
	const panel = host.querySelector<HTMLElement>('.search-panel');
	const status = host.querySelector<HTMLElement>('[data-search-status]');
	const form = host.querySelector('form');
	if (!panel || !status || !form) return;
	const base = host.dataset['base'] ?? '/';
	let latest = 0;

	const close = () => {
		panel.hidden = true;
	};
	const open = () => {
		panel.hidden = false;
	};
	// Results that arrive after the reader has left the box (typed, then Tab or a click away)
	// wait in the panel, closed: a click or Down in the box shows them.
	const show = (...nodes: Node[]) => {
		panel.replaceChildren(...nodes);
		if (host.contains(document.activeElement)) open();
	};
	const note = (text: string) => {
		const paragraph = document.createElement('p');
		paragraph.className = 'search-note';
		paragraph.textContent = text;
		return paragraph;
	};

	const run = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		if (query === '') {
			close();
			status.textContent = '';
			return;
		}
		if (host.dataset['dev'] === 'true') {
			show(note(devServerMessage));
			status.textContent = devServerMessage;
			return;
		}
		try {
			const found = await searchGuide(base, query, {}, RESULTS_IN_PANEL);
			if (ticket !== latest || !found) return;
			const all = document.createElement('a');
			all.className = 'search-all';
			all.href = `${form.action}?q=${encodeURIComponent(query)}`;
			all.textContent = `All results for “${query}” (${found.total})`;
			const summary =
				found.total === 0 ? note(`No results for “${query}”.`) : renderHits(found.hits, query, 3);
			show(summary, all);
			status.textContent = `${countOf(found.total, 'result')} for ${query}`;
		} catch {
			if (ticket !== latest) return;
			const message = 'Search could not load. Reload the page, or browse the layers.';
			show(note(message));
			status.textContent = message;
		}
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 120);
	});
	if (input.value.trim() !== '') void run();

	const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
	host.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !panel.hidden) {
			event.preventDefault();
			close();
			input.focus();
			return;
		}
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		if (panel.hidden) {
			// Down from the box reopens the last results after Esc closed them.
			if (event.key === 'ArrowDown' && event.target === input && panel.childElementCount > 0) {
				event.preventDefault();
				open();
			}
			return;
		}
		const all = links();
		if (all.length === 0) return;
		event.preventDefault();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		const step = event.key === 'ArrowDown' ? 1 : -1;
		const next = at + step;
		if (next < 0) input.focus();
		else all[Math.min(next, all.length - 1)]?.focus();
	});
	host.addEventListener('focusout', (event) => {
		const to = event.relatedTarget as Node | null;
		if (!to || !host.contains(to)) close();
	});
	// A click back into the box reopens earlier results; focus alone does not, because Esc
	// returns focus to the box and must leave the panel closed.
	input.addEventListener('click', () => {
		if (input.value.trim() !== '' && panel.childElementCount > 0) open();
	});
}
