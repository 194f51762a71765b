// Signing out ends the session everywhere: on every replica, after a sign-out in Keycloak, and for open sockets.
// Three replicas (TANDEM_URL, TANDEM_SECOND_URL, TANDEM_THIRD_URL) share one database; Keycloak posts back-channel
// logouts to the first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, browserTest, signIn, waitForHome, withBrowser } from './helpers.mjs';

const SECOND = (process.env.TANDEM_SECOND_URL ?? '').replace(/\/+$/, '');
const THIRD = (process.env.TANDEM_THIRD_URL ?? '').replace(/\/+$/, '');
const KEYCLOAK = (process.env.KEYCLOAK_URL ?? '').replace(/\/+$/, '');
const ME = JSON.stringify({ query: '{ me { email } }' });

withBrowser();

/** The browser's Tandem session cookies as one Cookie header, to replay them from outside the browser. */
async function sessionCookie(page) {
  const cookies = (await page.context().cookies(BASE_URL)).filter((c) => c.name.startsWith('q_session'));
  assert.ok(cookies.length > 0, 'a session cookie is set');
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** POSTs `{ me }` to a replica with only this Cookie header; never follows a redirect. */
async function me(base, cookie) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: ME,
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

/** Waits (up to `ms`) until the replica refuses the cookie, and returns the refusal. */
async function refusedWithin(base, cookie, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await me(base, cookie);
    if (answer.status !== 200 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function assertUnauthenticated(answer, where) {
  assert.equal(answer.status, 401, `${where}: ${JSON.stringify(answer.body)}`);
  assert.equal(answer.body?.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', `${where}: ${JSON.stringify(answer.body)}`);
}

async function adminToken() {
  const secrets = await readFile(process.env.TANDEM_SECRETS, 'utf8');
  const password = secrets
    .match(/^SECRET_TANDEM_WEB=(.*)$/m)?.[1]
    ?.trim()
    .slice(0, 16);
  assert.ok(password, `no SECRET_TANDEM_WEB in ${process.env.TANDEM_SECRETS}`);
  const response = await fetch(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password }),
  });
  assert.equal(response.status, 200, 'Keycloak lets its administrator in');
  return (await response.json()).access_token;
}

/** Ends every Keycloak session of the person, as an administrator (or a sign-out in another application) does. */
async function signOutInKeycloak(email) {
  const token = await adminToken();
  const headers = { Authorization: `Bearer ${token}` };
  const users = await (
    await fetch(`${KEYCLOAK}/admin/realms/tandem/users?exact=true&email=${encodeURIComponent(email)}`, { headers })
  ).json();
  assert.equal(users.length, 1, `one user ${email} in the tandem realm`);
  const response = await fetch(`${KEYCLOAK}/admin/realms/tandem/users/${users[0].id}/logout`, { method: 'POST', headers });
  assert.equal(response.status, 204, 'Keycloak ends the sessions');
}

/** Opens a GraphQL WebSocket from the page (with its session cookie) and records how it closes. */
async function openSocket(page) {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
        window.__closed = null;
        socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
        socket.onmessage = (message) => {
          if (JSON.parse(message.data).type === 'connection_ack') resolve();
        };
        socket.onclose = (event) => {
          window.__closed = { code: event.code, reason: event.reason };
          reject(new Error(`closed before connection_ack: ${event.code} ${event.reason}`));
        };
        window.__socket = socket;
      }),
  );
}

async function socketClosedWithin(page, ms) {
  await page.waitForFunction(() => window.__closed !== null, null, { timeout: ms });
  return page.evaluate(() => window.__closed);
}

browserTest('a session from one replica works on the others, and after signing out it is refused on every one', async ({ person }) => {
  assert.ok(SECOND && THIRD, 'Set TANDEM_SECOND_URL and TANDEM_THIRD_URL to the other replicas (./tandem test does)');
  const page = await person('aaron');
  await signIn(page, 'aaron@acme.example');
  await waitForHome(page);
  const cookie = await sessionCookie(page);
  for (const replica of [SECOND, THIRD]) {
    const answer = await me(replica, cookie);
    assert.equal(answer.status, 200, `the session works on ${replica} too (no sticky sessions): ${JSON.stringify(answer.body)}`);
    assert.equal(answer.body.data?.me?.email, 'aaron@acme.example', `${replica} knows who it is`);
  }

  await page.getByTestId('sign-out').click();
  await page.getByTestId('signin-email').waitFor();

  for (const replica of [SECOND, THIRD]) {
    assertUnauthenticated(await refusedWithin(replica, cookie, 5_000), `the copied cookie on ${replica}`);
  }
  assertUnauthenticated(await me(BASE_URL, cookie), 'the copied cookie on the replica that signed out');
});

browserTest('a sign-out in Keycloak ends the Tandem session and closes its sockets', async ({ person }) => {
  assert.ok(
    SECOND && KEYCLOAK && process.env.TANDEM_SECRETS,
    'Set TANDEM_SECOND_URL, KEYCLOAK_URL and TANDEM_SECRETS (./tandem test does)',
  );
  const page = await person('gus');
  await signIn(page, 'gus@globex.example');
  await waitForHome(page);
  const cookie = await sessionCookie(page);
  await openSocket(page);

  await signOutInKeycloak('gus@globex.example');

  const closed = await socketClosedWithin(page, 5_000);
  assert.equal(closed.code, 4401, `the open socket is closed as Unauthorized: ${JSON.stringify(closed)}`);
  assertUnauthenticated(await refusedWithin(SECOND, cookie, 5_000), 'the cookie on the replica Keycloak did not call');
  assertUnauthenticated(await me(BASE_URL, cookie), 'the cookie on the replica Keycloak called');

  await page.reload();
  await page.getByTestId('signin-email').waitFor(); // the page itself comes back signed out, not as an error
});
