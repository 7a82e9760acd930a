#!/usr/bin/env node
// Serves a built site (dist/ by default) on loopback, under the base path it was built with,
// as any static host would: index.html for folders, 404.html for anything missing, and text
// gzipped for browsers that accept it.
//
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /ml-stack-guide/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		host: { type: 'string', default: '127.0.0.1' },
		base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
	},
});

const root = resolve(values.dir);
try {
	if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
} catch {
	console.error(`serve: ${values.dir} is not a built site. Run "npm run build" first.`);
	process.exit(1);
}
// The search index is written after the link check, so a build that stopped on an error (a
// broken link, say) leaves pages without it: say so rather than serve a site whose search cannot load.
try {
	await stat(join(root, 'pagefind', 'pagefind.js'));
} catch {
	console.warn(
		`serve: ${values.dir} has no search index, so its last build did not finish (see that build's error). Search will not work until "npm run build" succeeds.`,
	);
}
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.ics': 'text/calendar; charset=utf-8',
	'.atom': 'application/atom+xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

/** Maps a request path to a file inside root, or null when it points outside or nowhere. */
async function locate(pathname) {
	// "/ml-stack-guide" without its slash goes where a static host would send it.
	if (`${pathname}/` === base) return { redirect: base };
	if (!pathname.startsWith(base)) return null;
	const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
	const candidate = join(root, relative);
	if (candidate !== root && !candidate.startsWith(root + sep)) return null;
	try {
		const info = await stat(candidate);
		if (info.isDirectory()) {
			if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
			const index = join(candidate, 'index.html');
			await stat(index);
			return { file: index };
		}
		return { file: candidate };
	} catch {
		return null;
	}
}

/**
 * The request's URL with every run of slashes (or backslashes, which URL parsing reads as
 * slashes) in its path turned into one slash, as most static hosts treat them. Parsed as it
 * came, "//evil.example/x" names a host, and the folder redirect below would send the browser
 * there.
 */
function requestUrl(raw = '/') {
	const path = raw.replace(/^[^?#]*/, (part) => part.replace(/[/\\]+/g, '/'));
	return new URL(path.startsWith('/') ? path : `/${path}`, 'http://localhost');
}

const server = createServer(async (request, response) => {
	const url = requestUrl(request.url);
	let found = null;
	try {
		found = await locate(url.pathname);
	} catch {
		found = null; // A malformed escape such as %E0%A4%A is simply not found.
	}
	if (found?.redirect) {
		response.writeHead(301, { location: `${found.redirect}${url.search}` });
		response.end();
		return;
	}
	const file = found?.file ?? join(root, '404.html');
	const status = found ? 200 : 404;
	try {
		const type = types[extname(file)] ?? 'application/octet-stream';
		let body = await readFile(file);
		const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
		const compressible = /^text\/|json|xml|svg|javascript/.test(type);
		if (compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		response.writeHead(status, headers);
		response.end(request.method === 'HEAD' ? undefined : body);
	} catch {
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		response.end('Not found');
	}
});

server.on('error', (error) => {
	const busy = error.code === 'EADDRINUSE';
	console.error(
		busy
			? `serve: port ${values.port} is in use. Pick another: PORT=4322 npm run preview`
			: `serve: ${error.message}`,
	);
	process.exit(1);
});

server.listen(Number(values.port), values.host, () => {
	// The port actually bound, which differs from the one asked for when that was 0.
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : values.port;
	console.log(
		`ML Stack Guide: serving ${values.dir} at http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${port}${base}`,
	);
});
