import type { Answers, ChoiceQuestion } from './answers.ts';
import { questions } from './questions.ts';
import { layerTitles, type Recommendation, type ToolFacts } from './engine.ts';
import { badgesForFacts } from '../lib/badges.ts';

/** The answers as one readable line: "bottleneck: serving · 50,000 requests/day · …". */
export function describeAnswers(answers: Answers): string {
	const choice = (key: ChoiceQuestion) =>
		(questions[key].options as Record<string, string>)[String(answers[key])] ?? '';
	return [
		`Bottleneck: ${choice('bottleneck')}`,
		`${answers.requests.toLocaleString('en-US')} requests/day`,
		`Team: ${choice('team')}`,
		`Audience: ${choice('audience')}`,
		`Databricks: ${answers.platform === 'databricks' ? 'yes' : 'no'}`,
		`Real-time features: ${answers.realtime}`,
		`Budget: ${choice('budget')}`,
	].join(' · ');
}

/** Escapes the characters that would break a Markdown table cell or start markup. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/[<>]/g, '').replace(/\r?\n/g, ' ');
}

/**
 * The recommendation as Markdown for a design doc: the answers, a table of the stack, the
 * reasons with links to the guide, and the link that reopens it. `site` is the absolute URL of
 * the guide's root, with the base path.
 */
export function toMarkdown(
	recommendation: Recommendation,
	answers: Answers,
	link: string,
	site: string,
	reviewOn: string,
): string {
	const url = (path: string) => new URL(path.replace('#', '/#'), site).href;
	// A tool as a link with the warnings its badges give on screen ("Acquired (reported)"), so a
	// pasted stack keeps them.
	const tool = (facts: ToolFacts) => {
		const badges = badgesForFacts(facts).map((badge) => badge.label);
		const link = `[${cell(facts.name)}](${url(`tools/${facts.id}/`)})`;
		return badges.length > 0 ? `${link} (${cell(badges.join(', '))})` : link;
	};
	const lines = [
		'## Recommended ML stack',
		'',
		`_${cell(describeAnswers(answers))}_`,
		'',
		// Notes come first, as on the page: they say how to read the stack below.
		...recommendation.notes.flatMap((note) => [
			`> **Note:** ${cell(note.text)} ([${cell(note.source.label)}](${url(note.source.path)}))`,
			'',
		]),
		'| Layer | Primary | Alternative | Alongside |',
		'| --- | --- | --- | --- |',
		...recommendation.picks.map(
			(pick) =>
				`| ${layerTitles[pick.layer]}${pick.focus ? ' (bottleneck)' : ''} | ${tool(pick.primary)} | ${pick.alternative ? tool(pick.alternative) : '–'} | ${pick.companions.map(tool).join(', ') || '–'} |`,
		),
		'',
		'### Why',
		'',
		...recommendation.picks.flatMap((pick) => [
			...pick.reasons.map(
				(reason) =>
					`- **${layerTitles[pick.layer]}:** ${cell(reason.text)} ([${cell(reason.source.label)}](${url(reason.source.path)}))`,
			),
			...pick.skipped.map((text) => `- **${layerTitles[pick.layer]}:** ${cell(text)}`),
		]),
		'',
		`Use it for three months, then re-evaluate (review on ${reviewOn}).`,
		'',
		`Reopen this recommendation: ${link}`,
		'',
	];
	return lines.join('\n');
}

/** The date three months after `from`, as YYYY-MM-DD (end-of-month days clamp: 30 Nov → 28 Feb). */
export function threeMonthsAfter(from: Date): string {
	const year = from.getUTCFullYear();
	const month = from.getUTCMonth() + 3;
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const day = Math.min(from.getUTCDate(), lastDay);
	return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** Escapes text for an iCalendar TEXT value. */
function icsText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds an iCalendar content line at 75 octets, as RFC 5545 requires. */
function fold(line: string): string {
	const bytes = new TextEncoder().encode(line);
	if (bytes.length <= 75) return line;
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const width = new TextEncoder().encode(char).length;
		if (size + width > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += width;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/**
 * A one-day calendar event on `reviewOn` reminding the team to review the stack, with the
 * link that reopens the recommendation.
 */
export function toIcs(summary: string, reviewOn: string, link: string, now: Date): string {
	const date = reviewOn.replace(/-/g, '');
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	const next = new Date(`${reviewOn}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//ML Stack Guide//Stack review//EN',
		'CALSCALE:GREGORIAN',
		'BEGIN:VEVENT',
		`UID:stack-review-${date}-${stamp}@ml-stack-guide`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${date}`,
		`DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replace(/-/g, '')}`,
		`SUMMARY:${icsText('Review our ML stack')}`,
		`DESCRIPTION:${icsText(`Three months in: is the stack working? ${summary}\nReopen: ${link}`)}`,
		`URL:${link}`,
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
