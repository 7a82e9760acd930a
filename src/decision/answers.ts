import { scaleBands, type ScaleBand } from '../schemas/vocabulary.ts';

/**
 * The values each question of the decision framework accepts. The URL contract of /decide/ is
 * built from these names and values: keep them stable. Labels live in questions.ts, so the
 * widget's script carries only what it needs to read a URL.
 */
export const choices = {
	bottleneck: ['features', 'monitoring', 'serving', 'none'],
	team: ['kubernetes', 'python', 'data'],
	audience: ['customers', 'internal'],
	platform: ['databricks', 'other'],
	realtime: ['yes', 'no'],
	budget: ['open-source', 'paid'],
} as const;

export type ChoiceQuestion = keyof typeof choices;
type OptionOf<Q extends ChoiceQuestion> = (typeof choices)[Q][number];

export type Answers = { [Q in ChoiceQuestion]: OptionOf<Q> } & { requests: number };

export const defaultAnswers: Answers = {
	bottleneck: 'none',
	requests: 5_000,
	team: 'python',
	audience: 'internal',
	platform: 'other',
	realtime: 'no',
	budget: 'paid',
};

/** The largest request count the widget accepts: ten billion a day is beyond any rule. */
export const MAX_REQUESTS = 10_000_000_000;

/** The order parameters are written in, so equal answers always give the same URL. */
export const parameterOrder = [
	'bottleneck',
	'requests',
	'team',
	'audience',
	'platform',
	'realtime',
	'budget',
] as const;

/**
 * The scale band a request count falls in, using the article's thresholds. They read "over
 * 100k" and "over 1M", as the rules' reasons do, so exactly a million is still 100k–1M.
 */
export function scaleBandOf(requests: number): ScaleBand {
	if (requests > 1_000_000) return 'over-1m';
	if (requests > 100_000) return '100k-1m';
	if (requests >= 10_000) return '10k-100k';
	return scaleBands[0];
}

/**
 * Reads answers from a /decide/ query string. Known parameters with valid values are taken;
 * anything else is ignored and named in `ignored` (at most 40 characters of each name), so the
 * page can say what it skipped. Nothing read here is ever treated as markup.
 */
export function parseAnswers(search: string): {
	answers: Answers;
	given: number;
	ignored: string[];
} {
	const answers: Answers = { ...defaultAnswers };
	const ignored: string[] = [];
	let given = 0;
	for (const [rawKey, value] of new URLSearchParams(search)) {
		const key = rawKey.slice(0, 40);
		// Search results link here with the words to highlight; that is no answer, and no error
		// (search-params.ts skips it the same way).
		if (key === 'highlight') continue;
		if (key === 'requests') {
			const count = /^\d{1,11}$/.test(value) ? Number(value) : Number.NaN;
			if (Number.isSafeInteger(count) && count <= MAX_REQUESTS) {
				answers.requests = count;
				given += 1;
			} else ignored.push(key);
		} else if (Object.hasOwn(choices, key)) {
			const question = key as ChoiceQuestion;
			if ((choices[question] as readonly string[]).includes(value)) {
				(answers as Record<string, unknown>)[question] = value;
				given += 1;
			} else ignored.push(key);
		} else ignored.push(key);
	}
	return { answers, given, ignored: [...new Set(ignored)] };
}

/** Writes answers as the /decide/ query string, in the contract's order. */
export function serializeAnswers(answers: Answers): string {
	const params = new URLSearchParams();
	for (const key of parameterOrder) params.set(key, String(answers[key]));
	return `?${params.toString()}`;
}
