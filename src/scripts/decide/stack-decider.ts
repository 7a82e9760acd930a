import { parseAnswers, serializeAnswers, type Answers } from '../../decision/answers.ts';
import { recommend, type ToolFacts } from '../../decision/engine.ts';
import type { Framework } from '../../decision/rules.ts';
import { renderRecommendation } from './render-recommendation.ts';
import { listForNotice } from '../../lib/notice-list.ts';

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
					const kept = parsed.given > 0 ? ' The other answers were kept.' : '';
					notice.textContent = `Ignored what this page does not understand: ${listForNotice(parsed.ignored)}.${kept}`;
				}
				const requests = form.querySelector<HTMLInputElement>('input[name="requests"]');
				const requestsError = form.querySelector<HTMLElement>('[data-requests-error]');
				const announcer = this.querySelector<HTMLElement>('[data-decider-status]');
				let announceTimer: ReturnType<typeof setTimeout> | undefined;
				writeForm(form, answers);
				this.querySelector<HTMLElement>('[data-needs-script]')?.remove();
				form.hidden = false;
				share.hidden = false;

				const update = (push: boolean) => {
					answers = readForm(form, answers);
					// Say so when the box holds something the rules cannot use, and which count is used.
					// "05000" is 5,000 as typed; only a value the rules cannot use is invalid.
					const valid = !requests || Number(requests.value) === answers.requests;
					requests?.setAttribute('aria-invalid', String(!valid));
					if (requestsError) {
						requestsError.hidden = valid;
						requestsError.textContent = valid
							? ''
							: `Enter a whole number from 0 to 10,000,000,000. Using ${answers.requests.toLocaleString('en-US')} until then.`;
					}
					const query = serializeAnswers(answers);
					if (push && !compact)
						history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
					const full = this.querySelector<HTMLAnchorElement>('[data-full-link]');
					if (full) full.href = `${this.dataset['decide'] ?? ''}${query}#recommendation`;
					const result = recommend(answers, tools, framework);
					output.replaceChildren(renderRecommendation(result, base, compact));
					// One short, polite summary once typing pauses, not the whole stack per keystroke.
					clearTimeout(announceTimer);
					announceTimer = setTimeout(() => {
						if (announcer) {
							announcer.textContent = `Recommendation updated: ${result.picks.map((pick) => `${pick.layer}, ${pick.primary.name}`).join('; ')}.`;
						}
					}, 600);
				};
				form.addEventListener('change', () => update(true));
				form.addEventListener('input', () => update(true));
				form.addEventListener('submit', (event) => event.preventDefault());
				// Answers from the URL are written back in their clean form, and what was ignored is
				// dropped, so a link copied from the address bar holds only what the page understood.
				update(parsed.given > 0 || parsed.ignored.length > 0);
				// The form appears only now, above the result: a link to the result (what "Copy
				// link" shares) would otherwise be left pointing at the questions.
				if (location.hash === '#recommendation') output.scrollIntoView();

				share.addEventListener('click', async (event) => {
					const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')
						?.dataset['action'];
					if (!action) return;
					const { runShareAction } = await import('./share-actions.ts');
					const message = await runShareAction(action, {
						answers,
						recommendation: recommend(answers, tools, framework),
						// Links in the Markdown point at the host the reader is on.
						site: new URL(base, location.origin).href,
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
