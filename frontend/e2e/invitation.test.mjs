// Double opt-in: Acme creates a partnership inviting Globex, Globex accepts, Initech never sees it.
import assert from 'node:assert/strict';
import {
  acceptInvitation,
  BASE_URL,
  browserTest,
  createPartnership,
  fillNewPartnership,
  signIn,
  uniqueName,
  waitForHome,
  withBrowser,
} from './helpers.mjs';

withBrowser();

browserTest('globex accepts an invitation from acme', async ({ person }) => {
  const name = uniqueName('E2E pilot');

  // Alice (partner-admin at Acme) creates the partnership and invites Globex.
  const alice = await person('alice');
  await signIn(alice, 'alice@acme.example');
  await waitForHome(alice);
  const organisations = await fillNewPartnership(alice, {
    name,
    charter: 'Prove the browser flow end to end.',
    model: 'INTEGRATED_OPERATIONAL_PARTNERSHIP',
    invite: /Globex/,
  });
  assert.equal(await organisations.getByRole('checkbox', { name: /Acme/ }).count(), 0, 'the own organisation is not offered');
  const partnershipPath = await createPartnership(alice, name);
  const aliceParties = alice.getByTestId('party');
  assert.equal(await aliceParties.count(), 2);
  assert.match(await aliceParties.filter({ hasText: 'Globex' }).textContent(), /Invited/);

  // Grace (sponsor at Globex) finds it under Invitations and accepts.
  const grace = await person('grace');
  await signIn(grace, 'grace@globex.example');
  await waitForHome(grace);
  const item = await acceptInvitation(grace, name);
  assert.equal(await grace.getByTestId('invitation-item').filter({ hasText: name }).count(), 0, 'no longer an invitation');

  await item.getByRole('link').click();
  await grace.getByTestId('partnership-title').filter({ hasText: name }).waitFor();
  const parties = grace.getByTestId('party');
  assert.equal(await parties.count(), 2);
  assert.deepEqual(await grace.getByTestId('party-state').allTextContents(), ['Accepted', 'Accepted']);
  assert.equal(await parties.filter({ hasText: 'Acme' }).count(), 1);
  assert.equal(await parties.filter({ hasText: 'Globex' }).count(), 1);
  assert.equal(await grace.getByTestId('accept-invitation').count(), 0, 'nothing left to accept');

  // Ian (Initech, not a party) sees neither the partnership in his list nor its page.
  const ian = await person('ian');
  await signIn(ian, 'ian@initech.example');
  await waitForHome(ian);
  assert.equal(await ian.getByText(name).count(), 0, 'ian must not see the new partnership');
  await ian.goto(BASE_URL + partnershipPath);
  await ian.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
  assert.equal(await ian.getByText(name).count(), 0, 'the not-found page reveals nothing');
});
