import type { Answers } from '../../decision/answers.ts';
import type { Recommendation } from '../../decision/engine.ts';
import { threeMonthsAfter, toIcs, toMarkdown } from '../../decision/share.ts';
import { copyText as copy } from '../copy-text.ts';

interface ShareContext {
	answers: Answers;
	recommendation: Recommendation;
	site: string;
}

/**
 * Runs one of the widget's share buttons and returns what to announce. Loaded on first click,
 * so the widget's first load stays small.
 */
export async function runShareAction(action: string, context: ShareContext): Promise<string> {
	// A shared recommendation opens on the stack itself, not on the seven questions above it.
	const link = `${location.origin}${location.pathname}${location.search}#recommendation`;
	const reviewOn = threeMonthsAfter(new Date());
	if (action === 'copy-link') {
		return (await copy(link)) ? 'Link copied.' : 'Could not copy: copy the address bar instead.';
	}
	if (action === 'copy-markdown') {
		const markdown = toMarkdown(
			context.recommendation,
			context.answers,
			link,
			context.site,
			reviewOn,
		);
		return (await copy(markdown)) ? 'Markdown copied.' : 'Could not copy the Markdown.';
	}
	if (action === 'reminder') {
		const summary = context.recommendation.picks
			.map((pick) => `${pick.layer}: ${pick.primary.name}`)
			.join(', ');
		const blob = new Blob([toIcs(summary, reviewOn, link, new Date())], { type: 'text/calendar' });
		const anchor = document.createElement('a');
		anchor.href = URL.createObjectURL(blob);
		anchor.download = `ml-stack-review-${reviewOn}.ics`;
		document.body.append(anchor);
		anchor.click();
		anchor.remove();
		setTimeout(() => URL.revokeObjectURL(anchor.href), 10_000);
		return `Reminder for ${reviewOn} downloaded.`;
	}
	return '';
}
