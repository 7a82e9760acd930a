import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findGlossaryIdFaults } from '../../src/lib/glossary-ids.ts';

test('accepts distinct hyphenated ids', () => {
	assert.deepEqual(findGlossaryIdFaults([{ id: 'data-drift' }, { id: 'p99-latency' }]), []);
});

test('names a repeated id and the entry it repeats', () => {
	const faults = findGlossaryIdFaults([
		{ id: 'data-drift' },
		{ id: 'feature-store' },
		{ id: 'data-drift' },
	]);
	assert.deepEqual(faults, [
		{ field: '[2].id', message: '"data-drift" is already the id of entry 0' },
	]);
});

test('refuses ids that are not anchors as they stand', () => {
	const faults = findGlossaryIdFaults([{ id: 'Data Drift Again' }, {}]);
	assert.deepEqual(
		faults.map((fault) => fault.field),
		['[0].id', '[1].id'],
	);
	assert.equal(findGlossaryIdFaults({}).length, 1);
});
