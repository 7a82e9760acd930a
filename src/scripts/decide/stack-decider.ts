import { parseAnswers, serializeAnswers, type Answers } from '../../decision/answers.ts';
import { recommend, type ToolFacts } from '../../decision/engine.ts';
import type { Framework } from '../../decision/rules.ts';
import { renderRecommendation } from './render-recommendation.ts';

/**
 * Registers <stack-decider>: reads answers from the URL, shows the form, recommends a stack as
 * answers change and keeps the URL in step with history.replaceState, so a link always
 * reopens the same recommendation and the back button still leaves the page.
 */
export function defineStackDecider() {
	if (customElements.get('stack-decider')) return;
	customElements.define(
		'stack-decider',
		class extends HTMLElement {
			connectedCallback() {
				const form = this.querySelector('form');
				const output = this.querySelector<HTMLElement>('.recommendation');
				const notice = this.querySelector<HTMLElement>('[data-decider-notice]');
				const share = this.querySelector<HTMLElement>('[data-share]');
				const data = this.querySelector('script[data-decision-data]');
				if (!form || !output || !notice || !share || !data) return;
				const { tools, framework } = JSON.parse(data.textContent ?? '{}') as {
					tools: ToolFacts[];
					framework: Framework;
				};
				const base = this.dataset['base'] ?? '/';
				const compact = this.dataset['compact'] === 'true';

				const parsed = parseAnswers(compact ? '' : location.search);
				let answers: Answers = parsed.answers;
				if (parsed.ignored.length > 0) {
					notice.hidden = false;
					notice.textContent = `Ignored what this page does not understand: ${parsed.ignored.join(', ')}. The other answers were kept.`;
				}
				writeForm(form, answers);
				this.querySelector<HTMLElement>('[data-needs-script]')?.remove();
				form.hidden = false;
				share.hidden = false;

				const update = (push: boolean) => {
					answers = readForm(form, answers);
					const query = serializeAnswers(answers);
					if (push && !compact)
						history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
					const full = this.querySelector<HTMLAnchorElement>('[data-full-link]');
					if (full) full.href = `${this.dataset['decide'] ?? ''}${query}`;
					output.replaceChildren(
						renderRecommendation(recommend(answers, tools, framework), base, compact),
					);
				};
				form.addEventListener('change', () => update(true));
				form.addEventListener('input', () => update(true));
				form.addEventListener('submit', (event) => event.preventDefault());
				update(parsed.given > 0);

				share.addEventListener('click', async (event) => {
					const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')
						?.dataset['action'];
					if (!action) return;
					const { runShareAction } = await import('./share-actions.ts');
					const message = await runShareAction(action, {
						answers,
						recommendation: recommend(answers, tools, framework),
						site: this.dataset['site'] ?? location.origin,
					});
					const status = share.querySelector('[data-share-status]');
					const visible = share.querySelector('[data-share-visible]');
					if (status) status.textContent = message;
					if (visible) visible.textContent = message;
				});
			}
		},
	);
}

function writeForm(form: HTMLFormElement, answers: Answers) {
	for (const [key, value] of Object.entries(answers)) {
		const field = form.elements.namedItem(key);
		if (field instanceof RadioNodeList || field instanceof HTMLInputElement)
			field.value = String(value);
	}
}

/** Reads the form back into answers; a blank or invalid request count keeps the last good one. */
function readForm(form: HTMLFormElement, previous: Answers): Answers {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) {
		if (typeof value === 'string' && value !== '') params.set(key, value);
	}
	const parsed = parseAnswers(params.toString());
	const keepRequests = !params.has('requests') || parsed.ignored.includes('requests');
	return keepRequests ? { ...parsed.answers, requests: previous.requests } : parsed.answers;
}
