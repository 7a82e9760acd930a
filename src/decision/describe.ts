import { scaleLabels } from '../schemas/vocabulary.ts';
import type { ChoiceQuestion } from './answers.ts';
import { questions } from './questions.ts';
import type { Condition } from './rules.ts';

/** A rule's condition in words for the rule table: "Team: Python engineers; Scale: Over 1M/day". */
export function describeCondition(when: Condition): string {
	const parts = Object.entries(when).map(([key, values]) => {
		if (key === 'scale') {
			return `Requests: ${(values as (keyof typeof scaleLabels)[]).map((band) => scaleLabels[band]).join(' or ')}`;
		}
		const question = questions[key as ChoiceQuestion];
		const options = question.options as Record<string, string>;
		return `${question.label} ${(values as string[]).map((value) => options[value] ?? value).join(' or ')}`;
	});
	return parts.length > 0 ? parts.join('; ') : 'Always (the layer’s default)';
}
