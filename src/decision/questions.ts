import type { Answers, ChoiceQuestion } from './answers.ts';

type Labels = { [Q in ChoiceQuestion]: { label: string; options: Record<Answers[Q], string> } };

/** How each question and answer reads on the page, in the rule table and in exports. */
export const questions: Labels = {
	bottleneck: {
		label: 'What hurts most right now?',
		options: {
			features: 'We cannot train consistently (features)',
			monitoring: 'Models work in test, then fail in production (monitoring)',
			serving: 'We cannot serve predictions fast enough (serving)',
			none: 'Nothing specific, or not sure',
		},
	},
	team: {
		label: 'Who will run it?',
		options: {
			kubernetes: 'Kubernetes experts',
			python: 'Python engineers',
			data: 'Data engineers',
		},
	},
	audience: {
		label: 'Who sees the predictions?',
		options: { customers: 'Customers', internal: 'Internal users only' },
	},
	platform: {
		label: 'Are you on Databricks?',
		options: { databricks: 'Yes, we run on Databricks', other: 'No' },
	},
	realtime: {
		label: 'Must features be fresh within seconds?',
		options: { yes: 'Yes, real-time features', no: 'No, batch is fine' },
	},
	budget: {
		label: 'What can you pay for?',
		options: { 'open-source': 'Open source only', paid: 'Paid tools are fine' },
	},
};
