// Signing in through each company's own identity provider, and seeing only your own partnerships.
import assert from 'node:assert/strict';
import { browserTest, signIn, useBrowser, waitForHome } from './helpers.mjs';

const DEMO_PARTNERSHIP = 'Acme × Globex';

useBrowser();

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
