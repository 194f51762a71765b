// A person's meeting calendar, parsed by a real iCalendar library (ical.js): Grace makes a secret link in the
// browser, a calendar application (no session) reads it, and after she revokes it the link answers 404.
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { asPage, browserTest, signIn, withBrowser } from './helpers.mjs';

withBrowser();

browserTest('a calendar application reads a person’s meetings from a secret link until it is revoked', async ({ person }) => {
  const grace = await person('grace');
  await signIn(grace, 'grace@globex.example');
  const { createCalendarLink } = await asPage(grace, 'mutation { createCalendarLink { url } }', {});
  const url = new URL(createCalendarLink.url);
  const address = `${process.env.TANDEM_URL}${url.pathname}`;

  const response = await fetch(address); // no cookie, no token: the secret is the credential
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.ok(events.length > 0, 'Grace has meetings');
  const demo = events.filter((e) => e.summary.startsWith('Acme × Globex: '));
  assert.ok(demo.length > 0, 'the demo partnership’s meetings are there');
  for (const event of demo) {
    assert.ok(event.startDate.toJSDate() < event.endDate.toJSDate(), `${event.summary} ends after it starts`);
    assert.ok(event.uid.endsWith('@tandem'));
  }
  assert.ok(!demo.some((e) => e.summary.includes('Execution team')), 'Grace does not sit in the execution team');

  await asPage(grace, 'mutation { revokeCalendarLinks }', {});
  assert.equal((await fetch(address)).status, 404, 'a revoked link reads like one that never existed');
});
