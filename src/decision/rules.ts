import type { ScaleBand } from '../schemas/vocabulary.ts';
import type { Answers, ChoiceQuestion } from './answers.ts';

export type DecisionLayer = 'features' | 'serving' | 'monitoring' | 'streaming';

/** When a rule applies: every listed answer must be one of its values. Empty means always. */
export type Condition = { [Q in ChoiceQuestion]?: Answers[Q][] } & { scale?: ScaleBand[] };

export interface RuleSource {
	label: string;
	/** Site-relative path with its #anchor, e.g. `layers/serving#how-to-choose`. */
	path: string;
}

/** One rule of the framework: where it applies, what it picks, and why. */
export interface Rule {
	id: string;
	layer: DecisionLayer;
	/** Higher wins when several rules of a layer apply; the default rule of a layer has 0. */
	rank: number;
	when: Condition;
	/** Tools in order of preference; the first eligible is primary, the next the alternative. */
	pick: string[];
	/** Tools recommended beside the primary one (a metrics store beside a data-quality tool). */
	with?: string[];
	reason: string;
	/** `article` for the source article's own rules, `guide` for the gaps this guide decides. */
	origin: 'article' | 'guide';
	source: RuleSource;
}

/** A remark shown above the stack when answers pull in different directions. */
export interface Note {
	id: string;
	when: Condition;
	text: string;
	source: RuleSource;
}

const inFramework = (anchor: string, label: string): RuleSource => ({
	label,
	path: `guides/decision-framework#${anchor}`,
});

export const rules: Rule[] = [
	{
		id: 'features-start-with-feast',
		layer: 'features',
		rank: 0,
		when: {},
		pick: ['feast', 'tecton', 'hopsworks'],
		reason:
			'Most teams should start with Feast: it is free, runs where your data lives, and teaches what a feature store must do for you.',
		origin: 'article',
		source: { label: 'Features: start with Feast', path: 'layers/features#start-with-feast' },
	},
	{
		id: 'features-mission-critical',
		layer: 'features',
		rank: 20,
		when: { scale: ['over-1m'] },
		pick: ['tecton', 'feast', 'hopsworks'],
		reason:
			'Above a million requests a day we take features to be mission-critical (the widget cannot ask what an outage costs): a managed platform such as Tecton carries the operational load. Tecton is reported to be part of Databricks now, so confirm its roadmap before signing; Feast is the open-source route to the same design.',
		origin: 'article',
		source: {
			label: 'Features: move to Tecton when mission-critical',
			path: 'layers/features#move-to-tecton-when-features-are-mission-critical',
		},
	},
	{
		id: 'features-databricks',
		layer: 'features',
		rank: 30,
		when: { platform: ['databricks'] },
		pick: ['databricks-feature-store', 'feast', 'tecton'],
		reason:
			'Already on Databricks: its feature store is built into Unity Catalog, so features, lineage and access control stay in one place.',
		origin: 'article',
		source: {
			label: 'Features: stay native on your platform',
			path: 'layers/features#stay-native-if-you-already-live-on-a-platform',
		},
	},
	{
		id: 'serving-start-simple',
		layer: 'serving',
		rank: 0,
		when: {},
		pick: ['bentoml', 'ray-serve', 'kserve'],
		reason:
			'Under 10k requests a day, start simple: BentoML turns a model into a service with one decorator and handles batching for you.',
		origin: 'article',
		source: inFramework('question-2-what-is-your-scale', 'Framework: what is your scale?'),
	},
	{
		id: 'serving-middle-band',
		layer: 'serving',
		rank: 10,
		when: { scale: ['10k-100k'] },
		pick: ['bentoml', 'kserve', 'ray-serve'],
		reason:
			'Between 10k and 100k a day the original article is silent; our rule keeps serving simple until you cross 100k. When the model faces customers, it is monitoring that moves up first, not serving.',
		origin: 'guide',
		source: inFramework('our-rule-for-10k-to-100k-a-day', 'Framework: our rule for 10k–100k a day'),
	},
	{
		id: 'serving-python-team',
		layer: 'serving',
		rank: 15,
		when: { team: ['python'] },
		pick: ['bentoml', 'ray-serve', 'kserve'],
		reason:
			'A Python team should lean on Python-first serving: BentoML keeps the deployment unit in code they read.',
		origin: 'article',
		source: inFramework('question-3-what-is-your-teams-expertise', 'Framework: what is your team?'),
	},
	{
		id: 'serving-at-scale',
		layer: 'serving',
		rank: 20,
		when: { scale: ['100k-1m', 'over-1m'] },
		pick: ['kserve', 'seldon-core', 'bentoml'],
		reason:
			'Above 100k requests a day you want declarative, Kubernetes-managed scaling. The original article named Seldon Core; since Seldon moved to a source-available licence, KServe (Apache-2.0, CNCF) comes first and Seldon Core is the choice when you want its commercial support.',
		origin: 'article',
		source: inFramework('question-2-what-is-your-scale', 'Framework: what is your scale?'),
	},
	{
		id: 'serving-kubernetes-team',
		layer: 'serving',
		rank: 25,
		when: { team: ['kubernetes'] },
		pick: ['kserve', 'seldon-core', 'bentoml'],
		reason:
			'A Kubernetes team should use Kubernetes-native serving (KServe or Seldon Core): custom resources and canaries will feel familiar.',
		origin: 'article',
		source: {
			label: 'Serving: Kubernetes teams',
			path: 'layers/serving#kubernetes-teams-kserve-or-seldon-core',
		},
	},
	{
		id: 'serving-python-team-at-scale',
		layer: 'serving',
		rank: 30,
		when: { team: ['python'], scale: ['100k-1m'] },
		pick: ['bentoml', 'ray-serve', 'kserve'],
		reason:
			'Our rule for a Python team at scale: keep serving Python-first (BentoML, with Ray Serve when you must scale out) rather than rewrite it for an unfamiliar platform.',
		origin: 'guide',
		source: inFramework(
			'our-rule-for-a-python-team-at-scale',
			'Framework: our rule for a Python team at scale',
		),
	},
	{
		id: 'serving-python-team-over-1m',
		layer: 'serving',
		rank: 31,
		when: { team: ['python'], scale: ['over-1m'] },
		pick: ['ray-serve', 'bentoml', 'kserve'],
		reason:
			'Past a million requests a day a Python team keeps Python-first serving but needs it to scale out across a cluster: Ray Serve does that, with BentoML as the simpler alternative.',
		origin: 'guide',
		source: inFramework(
			'our-rule-for-a-python-team-at-scale',
			'Framework: our rule for a Python team at scale',
		),
	},
	{
		id: 'monitoring-internal',
		layer: 'monitoring',
		rank: 0,
		when: {},
		pick: ['great-expectations', 'evidently'],
		with: ['prometheus'],
		reason:
			'For an internal model, Great Expectations for data quality plus Prometheus for service metrics is enough monitoring.',
		origin: 'article',
		source: { label: 'Monitoring: how to choose', path: 'layers/monitoring#how-to-choose' },
	},
	{
		id: 'monitoring-proper-at-scale',
		layer: 'monitoring',
		rank: 10,
		when: { scale: ['100k-1m', 'over-1m'] },
		pick: ['evidently', 'alibi-detect'],
		with: ['prometheus'],
		reason:
			'Above 100k requests a day you need proper monitoring: drift reports on features and predictions, not only data checks.',
		origin: 'article',
		source: inFramework('question-2-what-is-your-scale', 'Framework: what is your scale?'),
	},
	{
		id: 'monitoring-customers',
		layer: 'monitoring',
		rank: 20,
		when: { audience: ['customers'] },
		// WhyLabs stays listed although the engine never recommends it now: the article named it
		// here, and the widget says why it is left out instead of dropping it silently.
		pick: ['arize', 'whylabs', 'evidently'],
		with: ['prometheus'],
		reason:
			'When a model touches customers, a purpose-built monitoring platform pays for itself in the first incident it prevents.',
		origin: 'article',
		source: { label: 'Monitoring: how to choose', path: 'layers/monitoring#how-to-choose' },
	},
	{
		id: 'monitoring-over-1m',
		layer: 'monitoring',
		rank: 30,
		when: { scale: ['over-1m'] },
		pick: ['arize', 'evidently'],
		with: ['prometheus'],
		reason:
			'Above a million requests a day, pair specialised infrastructure with a purpose-built monitor such as Arize.',
		origin: 'article',
		source: inFramework('question-2-what-is-your-scale', 'Framework: what is your scale?'),
	},
	{
		id: 'streaming-backbone',
		layer: 'streaming',
		rank: 0,
		when: { realtime: ['yes'] },
		pick: ['kafka', 'redpanda', 'pulsar'],
		with: ['flink'],
		reason:
			'Real-time features run on a durable log; Kafka is the backbone, with Flink for the heavy stateful processing.',
		origin: 'article',
		source: { label: 'Streaming: the backbone', path: 'layers/streaming#the-log-the-backbone' },
	},
	{
		id: 'streaming-modest-volume',
		layer: 'streaming',
		rank: 5,
		when: { realtime: ['yes'], scale: ['under-10k', '10k-100k'] },
		pick: ['kafka', 'redpanda', 'pulsar'],
		with: ['spark-structured-streaming'],
		reason:
			'Up to 100k requests a day few features need what Flink is for, large state at sub-second latency. Spark Structured Streaming computes them in micro-batches of seconds, in SQL or Python, with far less to learn and run; move to Flink when state or latency demands it, and stay on batch if seconds-old features would change nothing.',
		origin: 'guide',
		source: {
			label: 'Streaming: the processor',
			path: 'layers/streaming#the-processor-where-features-are-computed',
		},
	},
	{
		id: 'streaming-python-team',
		layer: 'streaming',
		rank: 10,
		when: { realtime: ['yes'], team: ['python'], scale: ['under-10k', '10k-100k'] },
		pick: ['kafka', 'redpanda', 'pulsar'],
		with: ['spark-structured-streaming'],
		reason:
			'A Python team writes these jobs in PySpark. Bytewax was the Python-native option, but it is community-maintained now: keep it for prototypes, not as the base of a production pipeline.',
		origin: 'guide',
		source: {
			label: 'Streaming: the processor',
			path: 'layers/streaming#the-processor-where-features-are-computed',
		},
	},
	{
		id: 'streaming-databricks',
		layer: 'streaming',
		rank: 20,
		when: { realtime: ['yes'], platform: ['databricks'] },
		pick: ['kafka', 'redpanda', 'pulsar'],
		with: ['spark-structured-streaming'],
		reason:
			'On Databricks, Spark Structured Streaming computes streaming features next to the rest of your data.',
		origin: 'guide',
		source: {
			label: 'Streaming: the processor',
			path: 'layers/streaming#the-processor-where-features-are-computed',
		},
	},
];

export const notes: Note[] = [
	{
		id: 'tension-python-team-at-scale',
		when: { team: ['python'], scale: ['100k-1m', 'over-1m'], budget: ['paid'] },
		text: 'Your team and your scale pull in different directions: the volume asks for Kubernetes-managed infrastructure, the team is Python-first. We keep serving in Python. Where a piece is hard to run yourself, a managed feature platform or a purpose-built monitor can carry it; the stack below switches to them above a million requests a day. Plan to grow Kubernetes skills.',
		source: inFramework(
			'our-rule-for-a-python-team-at-scale',
			'Framework: our rule for a Python team at scale',
		),
	},
	{
		id: 'tension-python-team-at-scale-open-source',
		when: { team: ['python'], scale: ['100k-1m', 'over-1m'], budget: ['open-source'] },
		text: 'Your team and your scale pull in different directions: the volume asks for Kubernetes-managed infrastructure, the team is Python-first. We keep serving in Python. An open-source budget rules out the managed platforms that would carry the hardest pieces past a million requests a day, so the open-source picks below stay at any volume: name an owner for each. Plan to grow Kubernetes skills.',
		source: inFramework(
			'our-rule-for-a-python-team-at-scale',
			'Framework: our rule for a Python team at scale',
		),
	},
	{
		id: 'tension-kubernetes-small',
		when: { team: ['kubernetes'], scale: ['under-10k'] },
		text: 'Kubernetes-native serving is more machinery than under 10k requests a day needs. It is still the right pick if your team already runs a cluster; otherwise BentoML is lighter.',
		source: inFramework('how-the-answers-combine', 'Framework: how the answers combine'),
	},
	{
		id: 'tension-customers-open-source',
		when: { audience: ['customers'], budget: ['open-source'] },
		text: 'A customer-facing model would normally justify a paid monitoring platform. With an open-source budget you assemble monitoring yourself: budget the engineering time for it.',
		source: inFramework('when-the-budget-is-open-source-only', 'Framework: open-source budgets'),
	},
	{
		id: 'focus-none',
		when: { bottleneck: ['none'] },
		text: 'No single bottleneck: start with the layer where a failure would hurt most, pick its primary tool, run it for three months, then re-evaluate.',
		source: { label: 'The biggest mistake', path: 'guides/biggest-mistake#a-three-month-plan' },
	},
];

/** Why the bottleneck's layer comes first, keyed by the bottleneck answer. */
export const focusReasons: Record<Exclude<Answers['bottleneck'], 'none'>, Omit<Note, 'when'>> = {
	features: {
		id: 'focus-features',
		text: 'You cannot train consistently: fix your features first. A feature store defines each feature once for training and serving.',
		source: inFramework(
			'question-1-what-is-your-bottleneck',
			'Framework: what is your bottleneck?',
		),
	},
	monitoring: {
		id: 'focus-monitoring',
		text: 'Models that pass every test drift out of shape once live, and nobody notices: put monitoring in place before anything else.',
		source: inFramework(
			'question-1-what-is-your-bottleneck',
			'Framework: what is your bottleneck?',
		),
	},
	serving: {
		id: 'focus-serving',
		text: 'You cannot serve fast enough: replace the hand-rolled server with an inference framework.',
		source: inFramework(
			'question-1-what-is-your-bottleneck',
			'Framework: what is your bottleneck?',
		),
	},
};

/** The whole framework as data: what the engine runs and what the widget page embeds. */
export interface Framework {
	rules: Rule[];
	notes: Note[];
	focusReasons: typeof focusReasons;
}

export const framework: Framework = { rules, notes, focusReasons };
