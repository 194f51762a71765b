// "For me" in the browser: Aaron (Acme's lead) opens it from the header and finds the demo's overdue action item he
// owns, linked to the meeting that gave it; Grace's "For me" does not list it.
import assert from 'node:assert/strict';
import { BASE_URL, browserTest, signIn, withBrowser } from './helpers.mjs';

withBrowser();

const AARONS_ITEM = 'Send the carrier contracts to Globex legal';

async function openForMe(page) {
  await page.getByTestId('for-me-link').click();
  await page.getByRole('heading', { level: 1, name: 'For me' }).waitFor();
  await page.getByTestId('for-me-actions').waitFor();
}

browserTest('"For me" lists my action items, each linking to its meeting', async ({ person }) => {
  const aaron = await person('aaron');
  await signIn(aaron, 'aaron@acme.example');
  await openForMe(aaron);
  assert.equal(new URL(aaron.url()).pathname, '/for-me');
  const item = aaron.getByTestId('for-me-action-item').filter({ hasText: AARONS_ITEM });
  await item.waitFor();
  const link = item.getByRole('link');
  await link.waitFor();
  assert.match(await item.textContent(), /Acme × Globex · Execution tier · due .* · overdue/);
  assert.match(await link.getAttribute('href'), /^\/partnerships\/[^/]+\/meetings\/[^/]+$/);

  await link.click();
  await aaron.getByTestId('meeting-title').waitFor();
  await aaron.getByTestId('action-item').filter({ hasText: AARONS_ITEM }).waitFor();

  const grace = await person('grace');
  await signIn(grace, 'grace@globex.example');
  await grace.goto(`${BASE_URL}/for-me`);
  await grace.getByRole('heading', { level: 1, name: 'For me' }).waitFor();
  await grace.getByTestId('for-me-actions').waitFor();
  assert.equal(await grace.getByTestId('for-me-action-item').filter({ hasText: AARONS_ITEM }).count(), 0, 'not Grace’s item');
  const escalations = grace.getByTestId('for-me-escalation');
  assert.ok((await escalations.count()) > 0, 'the demo escalation raised to the strategic tier waits on Grace');
  assert.match(await escalations.first().getByRole('link').getAttribute('href'), /^\/partnerships\/[^/]+\/governance$/);
});
