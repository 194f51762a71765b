// After a redeploy browsers load the new front end at once: the shell (index.html, SPA routes) revalidates,
// the content-hashed assets it names stay cached for good.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL } from './helpers.mjs';

test('the shell and SPA routes revalidate; hashed assets stay immutable', async () => {
  assert.ok(BASE_URL, 'Set TANDEM_URL to the running Tandem, for example TANDEM_URL=http://127.0.0.1:18080');
  const shell = await fetch(`${BASE_URL}/`);
  assert.equal(shell.status, 200);
  assert.equal(shell.headers.get('cache-control'), 'no-cache', 'index.html');
  const html = await shell.text();

  const route = await fetch(`${BASE_URL}/partnerships/00000000-0000-0000-0000-000000000000`);
  assert.equal(route.status, 200);
  assert.match(route.headers.get('content-type') ?? '', /text\/html/, 'a deep link is answered with the shell');
  assert.equal(route.headers.get('cache-control'), 'no-cache', 'an SPA route');

  const asset = html.match(/\/assets\/[^"']+\.js/)?.[0];
  assert.ok(asset, 'the shell names a hashed script under /assets/');
  const script = await fetch(BASE_URL + asset);
  assert.equal(script.status, 200);
  assert.match(script.headers.get('cache-control') ?? '', /immutable/, asset);
});
