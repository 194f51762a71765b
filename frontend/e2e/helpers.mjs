// Shared browser-test plumbing: one headless Chromium per file, a fresh context per person,
// sign-in through the person's own company Keycloak realm, and screenshots when a test fails.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.TANDEM_URL ?? '').replace(/\/+$/, '');
export const PASSWORD = 'demo';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let browser;

/** Starts Chromium once for the calling test file and closes it at the end. */
export function withBrowser() {
  before(async () => {
    assert.ok(BASE_URL, 'Set TANDEM_URL to the running Tandem, for example TANDEM_URL=http://127.0.0.1:18080');
    browser = await chromium.launch(LAUNCH_OPTIONS);
  });
  after(async () => {
    await browser?.close();
  });
}

/**
 * Declares a browser test. `fn` receives `person(label, contextOptions)`, which opens a fresh browser
 * context (own cookies) and page; every page still open when the test fails is saved as a screenshot.
 */
export function browserTest(name, fn, { timeout = 180_000 } = {}) {
  test(name, { timeout }, async (t) => {
    const opened = [];
    const person = async (label, contextOptions = {}) => {
      const context = await browser.newContext({ locale: 'en-GB', ...contextOptions });
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      opened.push({ label, context, page, problems });
      return page;
    };
    try {
      await fn({ person, t });
    } catch (error) {
      await mkdir(SCREENSHOTS, { recursive: true });
      for (const { label, page, problems } of opened) {
        const file = join(SCREENSHOTS, `${slug(name)}--${slug(label)}.png`);
        try {
          await page.screenshot({ path: file, fullPage: true });
          t.diagnostic(`screenshot of ${label} at ${page.url()}: ${file}`);
        } catch (screenshotError) {
          t.diagnostic(`no screenshot of ${label}: ${screenshotError.message}`);
        }
        for (const problem of problems) t.diagnostic(`${label} ${problem}`);
      }
      throw error;
    } finally {
      for (const { context } of opened) {
        await context.close().catch(() => {});
      }
    }
  });
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "alice@acme.example" signs in at the realm "acme-idp". */
export function idpRealmOf(email) {
  const domain = email.split('@')[1];
  return `${domain.split('.')[0]}-idp`;
}

/**
 * Signs `email` in from Tandem's own sign-in screen: Tandem -> Keycloak (realm tandem) -> the company's
 * realm login page -> back to Tandem. Returns when the signed-in home page shows the viewer's name.
 */
export async function signIn(page, email, password = PASSWORD) {
  const realm = idpRealmOf(email);
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('heading', { name: 'Sign in to Tandem' }).waitFor();
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-submit').click();

  await page.waitForURL((url) => url.pathname.includes('/realms/'));
  // Keycloak may first ask for the email itself (identity-first) before routing to the company's realm.
  if (page.url().includes('/realms/tandem/') && !page.url().includes(`/realms/${realm}/`)) {
    const username = page.locator('#username');
    if (await username.isVisible().catch(() => false)) {
      await username.fill(email);
      await page.locator('#kc-login').click();
    }
  }
  await page.waitForURL((url) => url.pathname.includes(`/realms/${realm}/`));
  assert.ok(page.url().includes(`/realms/${realm}/`), `expected the ${realm} login page, got ${page.url()}`);

  const username = page.locator('#username');
  await username.waitFor();
  if (await username.isEditable()) {
    await username.fill(email);
  }
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();

  // Back to Tandem; a first brokered sign-in may stop on a Keycloak page to review the received profile.
  const tandem = new URL(BASE_URL);
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (new URL(page.url()).origin === tandem.origin && (await page.getByTestId('viewer-name').isVisible())) {
      return;
    }
    const loginError = page.locator('#input-error, .kc-feedback-text, .alert-error');
    if (
      await loginError
        .first()
        .isVisible()
        .catch(() => false)
    ) {
      assert.fail(`Keycloak refused the sign-in of ${email}: ${(await loginError.first().textContent())?.trim()}`);
    }
    const review = page.locator('#kc-idp-review-profile-form, #kc-update-profile-form');
    if (await review.isVisible().catch(() => false)) {
      await review.locator('[type=submit]').first().click();
    }
    if (Date.now() > deadline) {
      assert.fail(`${email} did not get back to Tandem signed in; stuck at ${page.url()} ("${await page.title().catch(() => '')}")`);
    }
    await page.waitForTimeout(250);
  }
}

/** Waits until the home page has loaded its partnerships (a list or the empty state). */
export async function waitForHome(page) {
  await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
  await page.locator('[data-testid="partnership-list"], [data-testid="empty-partnerships"]').first().waitFor();
}

export function uniqueName(prefix) {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${prefix} ${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}

/** How wide the page is, in CSS pixels, including anything that scrolls sideways. */
export const scrollWidth = (page) => page.evaluate(() => document.scrollingElement.scrollWidth);

/** The visible controls matching `selector` that are less than 44 px tall (too small to touch). */
export function tooSmallControls(page, selector) {
  return page.evaluate(
    (controls) =>
      [...document.querySelectorAll(controls)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ what: el.outerHTML.slice(0, 80), height: el.getBoundingClientRect().height }))
        .filter(({ height }) => height < 43.5),
    selector,
  );
}

/**
 * On the home page: opens "New partnership", fills in name and charter (and the governance model, when given) and
 * ticks the organisation to invite. Returns the "Organisations to invite" group.
 */
export async function fillNewPartnership(page, { name, charter, model, invite }) {
  await page.getByTestId('new-partnership').click();
  await page.getByRole('heading', { level: 1, name: 'New partnership' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Charter').fill(charter);
  if (model) {
    await page.getByLabel('Governance model').selectOption(model);
  }
  const organisations = page.getByRole('group', { name: 'Organisations to invite' });
  await organisations.getByRole('checkbox', { name: invite }).check();
  return organisations;
}

/** Creates the partnership filled in on the form and waits for its page; returns the page's path. */
export async function createPartnership(page, name) {
  await page.getByRole('button', { name: 'Create partnership' }).click();
  await page.waitForURL(/\/partnerships\/(?!new)[^/]+$/);
  await page.getByTestId('partnership-title').filter({ hasText: name }).waitFor();
  return new URL(page.url()).pathname;
}

/** On the home page: accepts the invitation to the partnership `name` and waits until it is listed; returns its item. */
export async function acceptInvitation(page, name) {
  const invitation = page.getByTestId('invitation-item').filter({ hasText: name });
  await invitation.waitFor();
  await invitation.getByTestId('accept-invitation').click();
  const item = page.getByTestId('partnership-list').getByTestId('partnership-item').filter({ hasText: name });
  await item.waitFor();
  return item;
}

/** A GraphQL query through the page, with its signed-in person's session cookie; any error fails the test. */
export async function asPage(page, query, variables) {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'JavaScript' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  assert.ok(!body.errors?.length, `query through the page failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * A fresh integrated partnership of Acme (created by `alice`'s person) and Globex (`grace`'s person accepts), started
 * `startedDaysAgo` days ago when given (so that it has past meetings too); returns its id.
 */
export async function acmeAndGlobex(alice, grace, prefix, { startedDaysAgo } = {}) {
  const startsOn = startedDaysAgo === undefined ? undefined : new Date(Date.now() - startedDaysAgo * 86_400_000).toISOString().slice(0, 10);
  const { createPartnership } = await asPage(
    alice,
    'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
    {
      input: { name: uniqueName(prefix), governanceModel: 'INTEGRATED_OPERATIONAL_PARTNERSHIP', invite: ['globex'], startsOn },
    },
  );
  const id = createPartnership.id;
  await asPage(grace, 'mutation($id: ID!) { acceptInvitation(partnershipId: $id) { id } }', { id });
  return id;
}

/** Defines a daily metric owned by Acme on partnership `id` as `page`'s person (higher is better: amber 80, red 50); returns its id. */
export async function defineAcmeMetric(page, id, name, escalationTier = 'STEERING') {
  const { defineMetric } = await asPage(page, 'mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id } }', {
    input: {
      partnershipId: id,
      name,
      kind: 'LEADING_KPI',
      direction: 'HIGHER_IS_BETTER',
      amberThreshold: 80,
      redThreshold: 50,
      target: 90,
      cadence: 'DAILY',
      owningParty: 'acme',
      escalationTier,
    },
  });
  return defineMetric.id;
}
