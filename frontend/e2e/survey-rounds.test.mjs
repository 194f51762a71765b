// A closed survey round is settled once although three replicas look for closed rounds every few seconds: Acme's
// people answer a monthly pulse that closes in seconds; afterwards there is exactly one next round and one health
// reading, recorded through the metric path like any other reading.
import assert from 'node:assert/strict';
import { asPage, browserTest, signIn, uniqueName, withBrowser } from './helpers.mjs';

withBrowser();

const PULSE = `query($id: ID!) { partnership(id: $id) { surveys { id round status questions { id kind } }
  metrics { name readings(last: 10) { value source } } } }`;

browserTest('a round that closes is settled once across three replicas', async ({ person }) => {
  const people = {};
  for (const name of ['alice', 'aaron', 'amy']) {
    people[name] = await person(name);
    await signIn(people[name], `${name}@acme.example`);
  }
  const { createPartnership } = await asPage(
    people.alice,
    'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
    { input: { name: uniqueName('Pulse'), governanceModel: 'LIGHTWEIGHT_ALLIANCE', invite: ['globex'] } },
  );
  const closesAt = new Date(Date.now() + 6_000);
  await asPage(people.alice, 'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }', {
    input: {
      partnershipId: createPartnership.id,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: closesAt.toISOString(),
      recurrence: 'MONTHLY',
    },
  });
  const [round] = (await asPage(people.alice, PULSE, { id: createPartnership.id })).partnership.surveys;
  for (const [name, rag] of [
    ['alice', 'RED'],
    ['aaron', 'RED'],
    ['amy', 'AMBER'],
  ]) {
    const answers = round.questions
      .filter((q) => q.kind !== 'TEXT')
      .map((q) => (q.kind === 'RAG' ? { questionId: q.id, rag } : { questionId: q.id, score: 3 }));
    await asPage(people[name], 'mutation($input: SurveyResponseInput!) { submitSurveyResponse(input: $input) { submittedAt } }', {
      input: { surveyId: round.id, answers },
    });
  }

  // every replica looks every 5 s: after two of their periods the round must be settled, by one of them
  await new Promise((resolve) => setTimeout(resolve, closesAt.getTime() - Date.now() + 11_000));
  const { partnership } = await asPage(people.aaron, PULSE, { id: createPartnership.id });
  assert.deepEqual(
    partnership.surveys.map((s) => [s.round, s.status]),
    [
      [2, 'SCHEDULED'],
      [1, 'CLOSED'],
    ],
    'the next round, once',
  );
  const health = partnership.metrics.find((m) => m.name === 'Partnership health (survey)');
  assert.ok(health, 'the health metric was created by the round');
  assert.deepEqual(
    health.readings.map((r) => [Number(r.value), r.source]),
    [[1.7, 'SURVEY']],
    'one reading: two reds and an amber score 16.7 of 100',
  );
});
