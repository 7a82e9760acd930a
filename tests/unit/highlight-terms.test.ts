import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMatches, highlightTerms } from '../../src/lib/highlight-terms.ts';

test('takes up to six distinct words of two or more characters', () => {
	assert.deepEqual(highlightTerms('Feast vs  Tecton, feast!'), ['feast', 'tecton']);
	assert.deepEqual(highlightTerms('a in vs'), []);
	assert.equal(highlightTerms('one two three four five six seven').length, 6);
	assert.deepEqual(highlightTerms(null), []);
});

test('strips markup characters at word edges and caps the length', () => {
	assert.deepEqual(highlightTerms('<script>drift</script>'), ['script>drift</script']);
	assert.equal(highlightTerms('x'.repeat(5000))[0]?.length, 40);
	assert.deepEqual(highlightTerms('Überblick 入门指南'), ['überblick', '入门指南']);
});

test('finds matches in order without overlaps, case-insensitively', () => {
	assert.deepEqual(findMatches('Data drift and concept Drift', ['drift']), [
		[5, 10],
		[23, 28],
	]);
	assert.deepEqual(findMatches('feature store', ['feature', 'feat']), [[0, 7]]);
	assert.deepEqual(findMatches('nothing here', ['drift']), []);
});
