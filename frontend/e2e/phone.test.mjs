// The list page on a 360 px wide phone: nothing scrolls sideways and controls are big enough to touch.
import assert from 'node:assert/strict';
import { browserTest, PHONE, scrollWidth, signIn, tooSmallControls, waitForHome, withBrowser } from './helpers.mjs';

withBrowser();

browserTest('phone layout has no horizontal scroll', async ({ person }) => {
  const page = await person('alice on a phone', PHONE);
  await signIn(page, 'alice@acme.example');
  await waitForHome(page);
  await page.getByTestId('partnership-list').waitFor();

  assert.ok((await scrollWidth(page)) <= 360, `list page is ${await scrollWidth(page)} px wide`);

  const small = await tooSmallControls(page, 'button, a.button, input, select, textarea, .card-link');
  assert.deepEqual(small, [], 'every control is at least 44 px tall');
});
