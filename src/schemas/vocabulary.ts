/**
 * The guide's fixed vocabulary: the values a tool's frontmatter may use for its licence kind,
 * hosting, status and fit. Pages, filters, the widget and the exports all read these lists, so a
 * new value is added here once.
 */

export const licenceKinds = ['open-source', 'source-available', 'proprietary'] as const;
export type LicenceKind = (typeof licenceKinds)[number];

export const licenceKindLabels: Record<LicenceKind, string> = {
	'open-source': 'Open source',
	'source-available': 'Source-available',
	proprietary: 'Proprietary',
};

/**
 * SPDX ids that are published with their source but are not OSI-approved open source. A tool
 * under one of these must say `kind: source-available`.
 */
export const sourceAvailableLicences = ['BUSL-1.1', 'Elastic-2.0', 'SSPL-1.0', 'RSAL'] as const;

export const hostingModes = ['self-hosted', 'managed', 'kubernetes-native', 'library'] as const;
export type HostingMode = (typeof hostingModes)[number];

export const hostingLabels: Record<HostingMode, string> = {
	'self-hosted': 'Self-hosted',
	managed: 'Managed service',
	'kubernetes-native': 'Kubernetes-native',
	library: 'Library',
};

export const statusStates = [
	'active',
	'acquired',
	'community-maintained',
	'hosted-discontinued',
	'deprecated',
	'archived',
] as const;
export type StatusState = (typeof statusStates)[number];

export const statusLabels: Record<StatusState, string> = {
	active: 'Active',
	acquired: 'Acquired',
	'community-maintained': 'Community-maintained',
	'hosted-discontinued': 'Hosted service discontinued',
	deprecated: 'Deprecated',
	archived: 'Archived',
};

export const teamKinds = ['kubernetes', 'python', 'data'] as const;
export type TeamKind = (typeof teamKinds)[number];

export const teamLabels: Record<TeamKind, string> = {
	kubernetes: 'Kubernetes experts',
	python: 'Python engineers',
	data: 'Data engineers',
};

/** Request volume bands, from the article's scale question (requests a day). */
export const scaleBands = ['under-10k', '10k-100k', '100k-1m', 'over-1m'] as const;
export type ScaleBand = (typeof scaleBands)[number];

export const scaleLabels: Record<ScaleBand, string> = {
	'under-10k': 'Under 10k/day',
	'10k-100k': '10k–100k/day',
	'100k-1m': '100k–1M/day',
	'over-1m': 'Over 1M/day',
};
