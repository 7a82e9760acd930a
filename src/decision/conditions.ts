import type { ScaleBand } from '../schemas/vocabulary.ts';
import type { Answers, ChoiceQuestion } from './answers.ts';
import type { Condition } from './rules.ts';

/** True when the answers meet every part of the condition. */
export function conditionHolds(when: Condition, answers: Answers, scale: ScaleBand): boolean {
	for (const [key, allowed] of Object.entries(when) as [string, readonly string[]][]) {
		const value = key === 'scale' ? scale : String(answers[key as ChoiceQuestion]);
		if (!allowed.includes(value)) return false;
	}
	return true;
}
