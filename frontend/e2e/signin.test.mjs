// Signing in through each company's own identity provider, and seeing only your own partnerships.
import assert from 'node:assert/strict';
import { BASE_URL, browserTest, signIn, waitForHome, withBrowser } from './helpers.mjs';

const DEMO_PARTNERSHIP = 'Acme × Globex';

withBrowser();

browserTest('acme person signs in through acme-idp and sees the demo partnership', async ({ person }) => {
  const page = await person('alice');
  await signIn(page, 'alice@acme.example');
  await waitForHome(page);

  const list = page.getByTestId('partnership-list');
  await list.getByTestId('partnership-item').filter({ hasText: DEMO_PARTNERSHIP }).waitFor();
  const name = (await page.getByTestId('viewer-name').textContent())?.trim();
  assert.ok(name, 'the header shows who is signed in');
  assert.match(await page.locator('header').textContent(), /Acme/, 'the header shows the viewer organisation');
  assert.ok(await page.getByTestId('sign-out').isVisible(), 'a sign-out control is shown');
});

browserTest('initech person sees no partnership', async ({ person }) => {
  const page = await person('ian');
  await signIn(page, 'ian@initech.example');
  await waitForHome(page);

  await page.getByTestId('empty-partnerships').waitFor();
  assert.equal(await page.getByText(DEMO_PARTNERSHIP).count(), 0, 'ian must not see the Acme × Globex partnership');
});

browserTest('signing out ends the session', async ({ person }) => {
  const page = await person('aaron');
  await signIn(page, 'aaron@acme.example');
  await waitForHome(page);

  await page.getByTestId('sign-out').click();
  await page.getByTestId('signin-email').waitFor();
  const cookies = await page.context().cookies();
  assert.equal(cookies.filter((c) => c.name.startsWith('q_session')).length, 0, 'no session cookie is left');
  const answer = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query":"{ me { subject } }"}',
    });
    return response.json();
  });
  assert.equal(answer.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', 'the API no longer knows the browser');
});

browserTest('the browser never holds a token: only an HTTP-only session cookie', async ({ person }) => {
  const page = await person('grace');
  await signIn(page, 'grace@globex.example');
  await waitForHome(page);

  const tandemCookies = (await page.context().cookies(BASE_URL)).filter((c) => c.name.startsWith('q_session'));
  assert.ok(tandemCookies.length > 0, 'a session cookie is set');
  for (const cookie of tandemCookies) {
    assert.equal(cookie.httpOnly, true, `${cookie.name} is HTTP-only`);
    assert.equal(cookie.sameSite, 'Lax', `${cookie.name} is SameSite=Lax`);
  }
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  assert.doesNotMatch(storage, /eyJ[\w-]+\.eyJ/, 'no JWT is readable by scripts');
});
