import type { ExportedTool } from '../../lib/catalogue-export.ts';
import { listForNotice } from '../../lib/notice-list.ts';
import { factRows } from '../../lib/fact-rows.ts';
import { parseToolList, writeToolList } from '../../lib/compare-params.ts';
import { joinBase } from '../../lib/urls.ts';
import { copyText } from '../copy-text.ts';

interface Catalogue {
	layers: { id: string; title: string }[];
	tools: ExportedTool[];
}

const cellRoles = { col: 'columnheader', row: 'rowheader' } as const;

/** A cell with its explicit role; see the facts-table rules in prose.css for why. */
function cellOf(tag: 'th' | 'td', text: string, scope?: 'col' | 'row') {
	const cell = document.createElement(tag);
	cell.textContent = text;
	if (scope) cell.scope = scope;
	cell.setAttribute('role', scope ? cellRoles[scope] : 'cell');
	return cell;
}

/** The facts of the chosen tools as a table, built from text only. */
function renderTable(tools: ExportedTool[], layerTitles: Record<string, string>, base: string) {
	const wrap = document.createElement('div');
	wrap.className = 'table-scroll';
	wrap.tabIndex = 0;
	wrap.setAttribute('role', 'region');
	wrap.setAttribute('aria-label', 'Facts of the chosen tools');
	const table = document.createElement('table');
	table.className = 'facts-table';
	table.setAttribute('role', 'table');
	const caption = table.createCaption();
	caption.className = 'sr-only';
	caption.textContent = 'Facts of the chosen tools';
	const head = table.createTHead().insertRow();
	table.tHead?.setAttribute('role', 'rowgroup');
	head.setAttribute('role', 'row');
	head.append(cellOf('td', ''));
	for (const tool of tools) {
		const th = cellOf('th', '', 'col');
		const link = document.createElement('a');
		// The export's absolute URL names the configured site; links here stay on this host.
		link.href = joinBase(base, `tools/${tool.id}`);
		link.textContent = tool.name;
		th.append(link);
		head.append(th);
	}
	const body = table.createTBody();
	body.setAttribute('role', 'rowgroup');
	for (const row of factRows(tools, layerTitles)) {
		const tr = body.insertRow();
		tr.setAttribute('role', 'row');
		tr.append(cellOf('th', row.label, 'row'), ...row.values.map((value) => cellOf('td', value)));
	}
	wrap.append(table);
	return wrap;
}

/**
 * Registers <tool-compare>: the reader ticks two to four tools, the facts appear side by side
 * and the URL (`?tools=a,b`) follows, so the view can be shared.
 */
export function defineToolCompare() {
	if (customElements.get('tool-compare')) return;
	customElements.define(
		'tool-compare',
		class extends HTMLElement {
			async connectedCallback() {
				const form = this.querySelector('form');
				const output = this.querySelector<HTMLElement>('[data-compare-table]');
				const status = this.querySelector<HTMLElement>('[data-compare-status]');
				const notice = this.querySelector<HTMLElement>('[data-compare-notice]');
				const share = this.querySelector<HTMLElement>('[data-compare-share]');
				if (!form || !output || !status || !notice || !share) return;
				const max = Number(this.dataset['max'] ?? 4);
				const base = this.dataset['base'] ?? '/';
				let catalogue: Catalogue;
				try {
					catalogue = (await (await fetch(this.dataset['api'] ?? '')).json()) as Catalogue;
				} catch {
					status.textContent = 'The catalogue could not load; the pair pages below still work.';
					return;
				}
				const byId = new Map(catalogue.tools.map((tool) => [tool.id, tool]));
				const layerTitles = Object.fromEntries(
					catalogue.layers.map((layer) => [layer.id, layer.title]),
				);
				const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="tools"]')];

				const initial = parseToolList(location.search, new Set(byId.keys()));
				const messages: string[] = [];
				if (initial.ignored.length > 0)
					messages.push(`Ignored unknown tools: ${listForNotice(initial.ignored)}.`);
				if (initial.tooMany)
					messages.push(`At most ${max} tools fit side by side; the first ${max} are shown.`);
				if (messages.length > 0) {
					notice.hidden = false;
					notice.textContent = messages.join(' ');
				}
				let chosen = initial.ids;
				if (location.search !== writeToolList(chosen)) {
					history.replaceState(
						null,
						'',
						`${location.pathname}${writeToolList(chosen)}${location.hash}`,
					);
				}
				for (const box of boxes) box.checked = chosen.includes(box.value);

				const show = () => {
					const tools = chosen.flatMap((id) => byId.get(id) ?? []);
					if (tools.length < 2) {
						output.replaceChildren();
						status.textContent = 'Pick at least two tools.';
					} else {
						output.replaceChildren(renderTable(tools, layerTitles, base));
						const toTable = document.createElement('a');
						toTable.href = `#${output.id}`;
						toTable.textContent = 'See the table';
						status.replaceChildren(
							`Comparing ${tools.map((tool) => tool.name).join(', ')}. `,
							toTable,
						);
					}
				};
				form.addEventListener('change', (event) => {
					const box = event.target as HTMLInputElement;
					if (box.checked && chosen.length >= max) {
						box.checked = false;
						status.textContent = `At most ${max} tools: untick one first.`;
						return;
					}
					chosen = box.checked ? [...chosen, box.value] : chosen.filter((id) => id !== box.value);
					// The notice and the table sit above the boxes: keep the box just ticked where it
					// was on screen as they change, instead of pushing it out of view.
					const before = box.getBoundingClientRect().top;
					notice.hidden = true;
					history.replaceState(null, '', `${location.pathname}${writeToolList(chosen)}`);
					show();
					const moved = box.getBoundingClientRect().top - before;
					if (moved !== 0) window.scrollBy(0, moved);
				});
				share.querySelector('[data-copy-compare]')?.addEventListener('click', async () => {
					const copied = share.querySelector('[data-compare-copied]');
					const done = await copyText(location.href);
					if (copied) {
						copied.textContent = done ? 'Link copied.' : 'Could not copy: use the address bar.';
					}
				});
				this.querySelector('[data-needs-script]')?.remove();
				form.hidden = false;
				share.hidden = false;
				show();
				// The browser jumped to #compared while the table was still empty; as the table
				// and the boxes below it appear, that place drifts. Land on the table itself.
				if (location.hash === `#${output.id}`) output.scrollIntoView();
			}
		},
	);
}
