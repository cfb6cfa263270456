#!/usr/bin/env node
// Serves the built page on this machine only, with no npm dependencies:
//   node web/serve.mjs [--dir dist] [--host 127.0.0.1] [--port 8080] [--csp POLICY]
// "/" is the page itself (cehours.html). Read-only: GET and HEAD, files
// inside --dir only. The same file also works opened straight from disk.
// --csp sends POLICY as a Content-Security-Policy header with every HTML
// file, as a bureau's site would (tests/embed check the embed under it).

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const options = { dir: 'dist', host: '127.0.0.1', port: '8080', csp: '' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const name = argv[i].replace(/^--/, '');
  if (!(name in options) || argv[i + 1] === undefined) {
    console.error('usage: serve.mjs [--dir DIR] [--host HOST] [--port PORT] [--csp POLICY]');
    process.exit(1);
  }
  options[name] = argv[i + 1];
}

const root = resolve(options.dir);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
};

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  const file = resolve(root, `.${path === '/' ? '/cehours.html' : path}`);
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    const headers = {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (options.csp && extname(file) === '.html') headers['Content-Security-Policy'] = options.csp;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
  }
});

server.listen(Number(options.port), options.host, () => {
  const { port } = server.address();
  console.log(`Serving ${join(options.dir, 'cehours.html')} on http://${options.host}:${port}/`);
  console.log(`Offline copy (open directly, no server needed): ${join(root, 'cehours.html')}`);
});
