import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase } from '../../src/lib/urls.ts';

test('adds the trailing slash every page URL carries', () => {
	assert.equal(joinBase('/', 'tools/feast'), '/tools/feast/');
	assert.equal(joinBase('/', ''), '/');
	assert.equal(joinBase('/', '/layers/serving/'), '/layers/serving/');
});

test('prefixes the base path once', () => {
	assert.equal(joinBase('/ml-stack-guide/', 'tools/feast'), '/ml-stack-guide/tools/feast/');
	assert.equal(joinBase('/ml-stack-guide', '/tools/feast/'), '/ml-stack-guide/tools/feast/');
	assert.equal(joinBase('/ml-stack-guide/', ''), '/ml-stack-guide/');
});

test('keeps files, queries and fragments in place', () => {
	assert.equal(joinBase('/b/', 'api/tools.json'), '/b/api/tools.json');
	assert.equal(joinBase('/b/', 'glossary#feature-store'), '/b/glossary/#feature-store');
	assert.equal(joinBase('/', 'decide?team=python'), '/decide/?team=python');
});
