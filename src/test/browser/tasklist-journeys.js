// Walks whole journeys of the child's journey through Camunda Tasklist in Debian's headless Chromium,
// every human step as its own seeded user, nothing written through REST: a person's clicks only
// (except the two journeys the possible-duplicate review follows, which the test ends for it).
//
// Usage: node tasklist-journeys.js <port> <screenshotDir> <seed>
// Protocol with the test (one line each way), because the test JVM owns the engine's job executor:
//   script: "STARTED <journey> <addressLine1>"   test: the contact's reference (it now knows the journey)
//   script: "TASKS <taskDefinitionKey>"          test: JSON [{"id","key","name","group"}] after running due jobs
//   script: "DUPLICATE <firstName> <lastName>"   test: "OK" once two ended journeys left a possible duplicate to review
//   script: "DONE <journey>"                     test: "OK" once it has checked the journey's rows
//   script: "ALL_DONE"
// Any failure: a screenshot and the page text in <screenshotDir>, the message on stderr, exit code 1.
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { chromium } = require('playwright-core');

const [port, shotDir, seed] = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const base = `http://localhost:${port}/camunda/app/tasklist/default/`;
const SLOW = 120000; // Tasklist is slow to load on a busy 2-core machine

const lines = readline.createInterface({ input: process.stdin });
const waiting = [];
lines.on('line', (line) => { const next = waiting.shift(); if (next) next(line.trim()); });
function ask(message) {
  return new Promise((resolve) => { waiting.push(resolve); process.stdout.write(`${message}\n`); });
}
async function tasks(key) {
  const found = JSON.parse(await ask(`TASKS ${key}`));
  process.stderr.write(`open ${key}: ${found.map((t) => `${t.name} (${t.group})`).join('; ')}\n`);
  return found;
}
async function task(key) {
  const found = await tasks(key);
  if (found.length !== 1) throw new Error(`expected one open task ${key}, found ${JSON.stringify(found)}`);
  return found[0];
}

// The case text each form must show, by form: extend a list as the forms show more of the case.
// what the contact said, shown on the front door's forms (never on a partner agency's check)
const SAID = 'said a grown up at home hurt her';
const CASE_TEXT = {
  'screen-contact': (j) => [j.reference, 'What the history check found', 'Sergeant Mary Hale', SAID, 'Physical injury'],
  'record-consent': (j) => [j.reference, 'telephone 01392 123456', j.line1],
  'agency-check': (j) => [j.reference, j.line1, j.children[0].first],
  'apply-pathways': (j, child) => [child.first, SAID],
  'decide-pathway': (j, child) => [child.first, 'Proposed'],
  'management-oversight': (j) => [j.reference, 'What you are signing off', SAID],
  'oversight-child': (j, child) => [j.reference, child.first],
  'strategy-discussion': (j) => [j.reference, SAID],
  'brief-intervention': (j, child) => [child.first, 'comes to you', 'Signed off by', j.line1, 'telephone 01392 123456', SAID],
  'tell-referrer': (j) => [j.reference, 'Sergeant Mary Hale', 'telephone 01392 123456'],
  'allocate-assessment': (j, child) => [child.first, 'comes to you', 'Signed off by', j.line1, SAID],
  'possible-duplicate': (j, child) => [`${child.first} ${j.last}, born 1 May 2016`, `${child.first} ${j.last}, born 10 May 2016`,
    'the same name in the same household'],
};
// a partner agency sees the child's identity and its own check: not what the referrer said, nor who they are
const NOT_SHOWN = { 'agency-check': [SAID, 'Sergeant Mary Hale'] };

let browser;
const contexts = {};
let current = null; // { user, page }: one live Tasklist page at a time, or a 2-core machine starves
let shot = 0;

/**
 * The user's page, signed in once per user (the context keeps the session): users take turns like
 * colleagues at one desk, and the previous user's page is closed so its polling stops.
 */
async function as(user) {
  if (current && current.user === user) return current.page;
  if (current) await current.page.close();
  current = null;
  const fresh = !contexts[user];
  if (fresh) contexts[user] = await browser.newContext({ viewport: { width: 1280, height: 2400 }, locale: 'en-GB' });
  const page = await contexts[user].newPage();
  page.on('pageerror', (e) => process.stderr.write(`page error (${user}): ${e.message}\n`));
  current = { user, page };
  // a sign-in typed before the login form is wired up is lost: type it again, as a person would.
  // A sign-in that worked can still be slow to show Tasklist (a new user's page loads it all afresh
  // on a busy machine), so a reload that shows Tasklist counts as signed in
  for (let attempt = 1; fresh; attempt++) {
    await open(page, base, 'input[placeholder=Username], :text("Start process")');
    if (await page.locator('text=Start process').count()) break;
    await type(page.locator('input[placeholder=Username]'), user);
    await type(page.locator('input[placeholder=Password]'), user);
    await page.click('button[type=submit]');
    try {
      await page.waitForSelector('text=Start process', { timeout: 45000 });
      break;
    } catch (e) {
      if (attempt === 5) throw e;
      process.stderr.write(`signing in again as ${user} (attempt ${attempt} stayed on the login page)\n`);
    }
  }
  return page;
}

/**
 * Loads a Tasklist page until it shows what is awaited: on a busy machine the app's first load
 * sometimes stalls on its spinner for good, and a person would press reload.
 */
async function open(page, url, awaited) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { timeout: SLOW });
      await page.waitForSelector(awaited, { timeout: 30000 });
      return;
    } catch (e) {
      if (attempt === 4) throw e;
      process.stderr.write(`reloading ${url} (attempt ${attempt} did not show ${awaited})\n`);
      await page.goto('about:blank').catch(() => null);
    }
  }
}

async function screenshot(page, name) {
  shot += 1;
  await page.screenshot({ path: path.join(shotDir, `${String(shot).padStart(3, '0')}-${name}.png`), fullPage: true });
}

/** Types like a person (key by key: form-js ignores fill()) and checks the field kept the text. */
async function type(field, text) {
  for (let attempt = 1; ; attempt++) {
    await field.click();
    await field.press('Control+A');
    await field.pressSequentially(text, { delay: 2 });
    const value = await field.inputValue();
    if (value === text) return;
    if (attempt === 3) throw new Error(`typed "${text}" but the field shows "${value}"`);
  }
}

/** A field by its label as shown; a required field's label ends in "*". */
function field(form, label) {
  return form.getByLabel(new RegExp(`^${escape(label)}\\s*\\*?$`));
}
async function write(form, label, text) { await type(field(form, label).first(), text); }
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The form field whose label starts with the question (case matters: "Consent" is not "consent"). */
function question(form, kinds, text) {
  return form.locator(kinds).filter({ has: form.page().getByText(new RegExp(`^${escape(text)}`)) }).first();
}
/** A radio or checklist option: the option's own label inside the field that asks the question. */
async function choose(form, text, option) {
  await question(form, '.fjs-form-field-radio, .fjs-form-field-checklist', text).getByLabel(option, { exact: true }).check();
}
/**
 * A select's option. A select filled in already (a proposed pathway) lists only what matches its
 * value, so it is cleared first (×); a click that lands before the select is wired up opens
 * nothing, so it clicks again.
 */
async function pick(form, text, option) {
  const select = question(form, '.fjs-form-field-select', text);
  const item = form.page().locator('.fjs-dropdownlist-item', { hasText: option }).first();
  for (let attempt = 1; ; attempt++) {
    const clear = select.locator('.fjs-select-cross');
    if (await clear.count() && await clear.first().isVisible()) await clear.first().click();
    await select.locator('.fjs-input-group, input').first().click();
    try {
      await item.waitFor({ timeout: 10000 });
      break;
    } catch (e) {
      if (attempt === 3) throw new Error(`the list "${text}" did not open to show "${option}"`);
      process.stderr.write(`the list "${text}" did not open; clicked again\n`);
      await form.page().keyboard.press('Escape');
    }
  }
  await item.click();
}

/**
 * Opens a task as the user, claims it, checks the form shows its case text, lets fill() fill it
 * and completes it; with badFill, first makes one submission the service must refuse in plain words.
 */
async function work(user, found, formKey, journey, child, fill, badFill) {
  const page = await as(user);
  // the task's own pane (its form, or Claim), not only its name in the list: Tasklist sometimes
  // leaves "Select a task in the list" after the URL names the task, and a reload mends it
  const url = `${base}#/?task=${encodeURIComponent(found.id)}&detailsTab=task-detail-form`;
  await open(page, url, 'form.fjs-form, button:has-text("Claim")');
  const claim = page.locator('button', { hasText: /^\s*Claim\s*$/ }).filter({ visible: true });
  const form = page.locator('form.fjs-form');
  for (let attempt = 1; await claim.count(); attempt++) {
    // Tasklist draws the form again once the task is claimed: read it after that. On CI (2 cores)
    // it sometimes drew nothing after the claim for minutes; a reload shows the claimed task's form
    await claim.first().click();
    await claim.first().waitFor({ state: 'hidden', timeout: SLOW });
    try {
      await form.waitFor({ timeout: 30000 });
    } catch (e) {
      if (attempt === 3) throw new Error(`${formKey}: no form after Claim, three times`);
      process.stderr.write(`reloading ${formKey} (no form after Claim, attempt ${attempt})\n`);
      await open(page, url, 'form.fjs-form, button:has-text("Claim")');
    }
  }
  await form.waitFor({ timeout: SLOW });
  await page.locator('.fjs-form-field').first().waitFor({ timeout: SLOW });
  const shown = await form.innerText({ timeout: SLOW });
  for (const text of CASE_TEXT[formKey](journey, child)) {
    if (!shown.includes(text)) throw new Error(`${formKey} for ${user} does not show "${text}":\n${shown.slice(0, 2000)}`);
  }
  for (const text of NOT_SHOWN[formKey] || []) {
    if (shown.includes(text)) throw new Error(`${formKey} for ${user} shows "${text}", which is not theirs to read`);
  }
  const complete = page.locator('button[ng-click="complete()"]');
  if (badFill) {
    await badFill(form);
    await submit(page, form, complete);
    const refusal = await page.waitForSelector('.notifications .alert-danger, .notifications [class*=danger]',
      { timeout: SLOW }).then((e) => e.innerText());
    await screenshot(page, `${formKey}-refused`);
    if (refusal.includes(found.id) || /exception|uk\.frontdoor|\w+\[\d+\]\./i.test(refusal)) {
      throw new Error(`the refusal reads like a system error: ${refusal}`);
    }
    process.stderr.write(`refusal shown on ${formKey}: ${refusal.replace(/\s+/g, ' ')}\n`);
    await dismissNotifications(page);
  }
  await fill(form);
  await screenshot(page, formKey);
  await submit(page, form, complete);
  await completed(page, found, formKey);
}

/**
 * Waits until the engine no longer has the task: Tasklist's list can show a done task a while
 * longer. A refusal shows in the page text of the failure.
 */
async function completed(page, found, formKey) {
  for (const deadline = Date.now() + SLOW; ;) {
    const open = JSON.parse(await ask(`TASKS ${found.key}`));
    if (!open.some((t) => t.id === found.id)) return;
    if (Date.now() > deadline) throw new Error(`${formKey} did not complete: ${await page.locator('body').innerText()}`);
    await page.waitForTimeout(1000);
  }
}

/** Closes every toast (×), as a person would: a refusal left open lies over a long form's Complete. */
async function dismissNotifications(page) {
  const close = page.locator('.page-notifications .close, .notifications .close').filter({ visible: true });
  for (let i = 0; i < 5 && await close.count(); i++) {
    await close.first().click({ timeout: 5000 }).catch(() => null);
    await page.waitForTimeout(300);
  }
  if (await close.count()) throw new Error(`a notification does not close: ${await page.locator('.page-notifications').innerText()}`);
}

async function submit(page, form, complete) {
  try {
    await page.waitForFunction((el) => el && !el.disabled, await complete.elementHandle(), { timeout: 15000 });
  } catch (e) {
    throw new Error(`Complete stays disabled; form errors: ${JSON.stringify(await form.locator('.fjs-form-field-error').allInnerTexts())}`);
  }
  await complete.click();
}

// ---- the journey's steps, as each person fills them in

async function recordContact(journey) {
  const page = await as('practitioner');
  await open(page, base, 'text=Start process');
  await page.click('text=Start process', { timeout: SLOW });
  await page.click("text=The child's journey through the front door", { timeout: SLOW });
  await page.waitForSelector('text=Record a contact', { timeout: SLOW });
  const form = page.locator('form.fjs-form');
  await pick(form, 'Who made the contact', 'Police');
  await write(form, 'Name', 'Sergeant Mary Hale');
  await write(form, 'Organisation', 'County police');
  await write(form, 'Telephone', '01392 123456');
  await type(form.getByLabel('Address line 1', { exact: false }), journey.line1);
  await type(form.getByLabel('Postcode', { exact: false }), 'EX4 3QJ');
  // each child's space appears once the one before is named. Typed at machine speed while a new
  // space appears, a child's name was sometimes lost from the form (CI, 2 cores), so each field is
  // left (Tab) and let settle, and every child is read back before Start, as a careful person would
  const childFields = (i) => [
    [form.getByLabel(/^First name\*?$/).nth(i), journey.children[i].first],
    [form.getByLabel(/^Last name\*?$/).nth(i), journey.last],
    [form.getByLabel('Estimated age in years', { exact: false }).nth(i), String(journey.children[i].age)]];
  const settle = async (input, text) => { await type(input, text); await input.press('Tab'); await page.waitForTimeout(400); };
  for (let i = 0; i < journey.children.length; i++) {
    for (const [input, text] of childFields(i)) await settle(input, text);
  }
  for (let attempt = 1, lost = true; lost; attempt++) {
    lost = false;
    for (let i = 0; i < journey.children.length; i++) {
      for (const [input, text] of childFields(i)) {
        if (await input.inputValue() === text) continue;
        if (attempt === 3) throw new Error(`child ${i + 1}'s "${text}" does not stay in the start form`);
        process.stderr.write(`child ${i + 1}'s "${text}" was lost by the form; typed again\n`);
        await settle(input, text);
        lost = true;
      }
    }
    if (lost) await page.waitForTimeout(1000);
  }
  await type(form.getByLabel("The concerns, in the referrer's words", { exact: false }),
    'The child came to school with a bruise on the arm and said a grown up at home hurt her.');
  await form.getByText('Physical injury', { exact: true }).click();
  await form.getByText('The family do not know about this contact', { exact: true }).click();
  await screenshot(page, `${journey.name}-start-form`);
  await submit(page, form, page.locator('button[ng-click="startProcessInstance()"]'));
  const started = page.locator('text=/has been started/i');
  const refused = page.locator('text=/could not be started/i');
  await started.or(refused).first().waitFor({ timeout: SLOW });
  if (await refused.count()) throw new Error(`the start form was refused: ${await refused.first().locator('..').innerText()}`);
  journey.reference = await ask(`STARTED ${journey.name} ${journey.line1}`);
}

async function screen(journey) {
  await work('practitioner', await task('Task_ScreenContact'), 'screen-contact', journey, null, async (form) => {
    await choose(form, 'Your decision', 'Partner agency checks are needed');
    await write(form, 'Why you decided this', 'A bruise nobody explained needs every partner agency to check.');
  });
}

async function consentGiven(journey) {
  await work('practitioner2', await task('Task_RecordConsent'), 'record-consent', journey, null, async (form) => {
    await choose(form, 'Consent', 'Given');
    await choose(form, 'Who gave or refused consent', 'A person with parental responsibility');
    await write(form, 'Their name', 'Jane Walker');
    await write(form, 'Why, and who decided', 'I spoke to the mother by telephone; she agreed.');
  });
}

async function consentRefused(journey) {
  await work('practitioner2', await task('Task_RecordConsent'), 'record-consent', journey, null, async (form) => {
    await choose(form, 'Consent', 'Refused');
    await choose(form, 'Who gave or refused consent', 'A person with parental responsibility');
    await write(form, 'Their name', 'Jane Walker');
    await choose(form, 'Is there a concern that the child may suffer significant harm?', 'No');
    await write(form, 'The voluntary support offered to the family', 'A family support worker visit and a parenting group nearby.');
    await write(form, 'Why, and who decided', 'I spoke to the mother by telephone; she does not want us to ask anyone.');
  });
}

async function agencyChecks(journey) {
  for (const check of await tasks('Task_CheckAgencyRecords')) {
    const agency = check.group.replace(/^mash-/, '');
    await work(agency, check, 'agency-check', journey, null, async (form) => {
      await choose(form, 'Are the children or their family known to your agency?', 'Not known: we searched and found nothing');
      await write(form, 'What your records show', 'Nothing is recorded about this family.');
    });
  }
}

/** Each child in turn: the first has an unexplained injury; the others' needs are early help. */
async function threshold(journey, pathwayOfOthers) {
  for (let i = 0; i < journey.children.length; i++) {
    const apply = await task('Task_ApplyPathways');
    const child = journey.children.find((c) => apply.name.includes(c.first));
    const injured = child === journey.children[0];
    await work('practitioner', apply, 'apply-pathways', journey, child, async (form) => {
      await form.getByText(injured ? 'An injury to a child that is not explained or not consistent with the explanation (level 4)'
        : "The child's behaviour is sometimes difficult to manage at home or at school (level 2)", { exact: true }).click();
      await choose(form, 'Is there reasonable cause to suspect', injured ? 'Yes' : 'No');
    });
    await work('practitioner', await task('Task_DecidePathway'), 'decide-pathway', journey, child, async (form) => {
      if (injured) return; // the proposal stands
      await pick(form, 'Pathway', pathwayOfOthers);
      await write(form, 'Why you chose a different pathway from the one proposed',
        'The family asked for short practical help and the school agrees it would work.');
    });
  }
}

async function sendBack(journey, manager) {
  await work(manager, await task('Task_ManagementOversight'), 'management-oversight', journey, null, async (form) => {
    await choose(form, 'Your decision', 'Send back for more work');
    await write(form, 'What needs more work', 'Ask the school what the children have said about home before deciding.');
  });
}

/** The manager signs off, after one rationale the service refuses: it does not name the decision. */
async function signOff(journey, manager) {
  const found = await task('Task_ManagementOversight');
  const approve = async (form, rationale) => {
    await choose(form, 'Your decision', 'Approve');
    await write(form, 'Rationale for the decision', rationale);
    await write(form, 'Next step', 'Tell the family and the referrer what happens now.');
    await write(form, 'Who does it', 'Duty practitioner');
    await write(form, 'By when', 'Within 2 working days');
  };
  let named;
  await work(manager, found, 'management-oversight', journey, null, async (form) => {
    await approve(form, `We agree ${named}: it follows the Pathways Document for each child.`);
  }, async (form) => {
    await choose(form, 'Your decision', 'Approve'); // the decisions to name show once Approve is chosen
    named = await form.locator('text=Your rationale must name the decision you sign off').innerText()
      .then((t) => t.replace(/^[^:]*:\s*/, '').replace(/\.\s*$/, '').trim());
    await approve(form, 'I have read all of it and I agree with what was done.');
  });
  for (let i = 0; i < journey.children.length; i++) {
    const section = await task('Task_OversightForChild');
    if (!section.name.startsWith('Management oversight for')) throw new Error(`child's section named ${section.name}`);
    const child = journey.children.find((c) => section.name.includes(c.first));
    await work(manager, section, 'oversight-child', journey, child, async (form) => {
      if (!(await field(form, 'Indicators behind the level').inputValue())) {
        await write(form, 'Indicators behind the level', 'What the referrer and the checks told us about this child.');
      }
      if (!(await question(form, '.fjs-form-field-select', 'Threshold level').innerText()).match(/[1-4]/)) {
        await pick(form, 'Threshold level', '1');
      }
      await write(form, 'Risks to this child', 'Shouting reported at night; one child has an injury nobody has explained.');
      await write(form, 'Strengths (protective factors)', 'Their school says the children attend well and are cared for.');
      await write(form, 'Analysis', 'The children may be unsafe at home; the partner checks support acting now.');
      await write(form, "The child's voice and lived experience", 'She told her teacher she likes school and is worried about her mum.');
    });
  }
}

async function tellReferrer(journey) {
  await work('practitioner', await task('Task_TellReferrer'), 'tell-referrer', journey, null, async (form) => {
    await choose(form, 'How you told the referrer', 'Telephone');
    await write(form, 'What you told the referrer', 'Told the officer what we decided and why.');
  });
}

async function allocateEach(journey) {
  for (const allocation of await tasks('Task_AllocateAssessment')) {
    const child = journey.children.find((c) => allocation.name.includes(c.first)) || journey.children[0];
    await work('assessor', allocation, 'allocate-assessment', journey, child, async (form) => {
      await write(form, 'Social worker who will carry out the assessment', 'Sam Social Worker');
    });
  }
}

async function done(journey) { await ask(`DONE ${journey.name}`); }

function family(name, firstNames, line) {
  return { name, line1: `${line} ${seed} Lane`, last: `Brook${name.slice(0, 3)}${seed}`,
    children: firstNames.map((first, i) => ({ first: `${first}${seed}`, age: 14 - i })) };
}

const JOURNEYS = {
  // (a) police, two children: strategy discussion and Brief Intervention, sent back once at oversight
  async twoChildren() {
    const j = family('twoChildren', ['Maya', 'Leo'], 11);
    await recordContact(j);
    await screen(j);
    await consentGiven(j);
    await agencyChecks(j);
    await threshold(j, 'Brief Intervention Team (short family support, with consent)');
    await sendBack(j, 'manager');
    await threshold(j, 'Brief Intervention Team (short family support, with consent)');
    await signOff(j, 'manager2');
    await work('manager', await task('Task_HoldStrategyDiscussion'), 'strategy-discussion', j, null, async (form) => {
      await write(form, 'Who took part, with their agency', 'Dana Cole for the police, Sam Green for health, the team manager');
      await choose(form, 'What the discussion decided', 'Enquiries under section 47 of the Children Act 1989');
      await write(form, 'What was discussed and why this was decided', 'Agreed to make enquiries today; the police will visit with a social worker.');
    });
    const bi = await task('Task_OfferBriefIntervention');
    await work('bit', bi, 'brief-intervention', j, j.children.find((c) => bi.name.includes(c.first)) || j.children[1],
      async (form) => {
        await choose(form, 'Did the family accept the support?', 'Yes');
        await write(form, 'What was offered and what the family said', 'Offered six weekly visits; the mother agreed.');
      });
    await allocateEach(j);
    await tellReferrer(j);
    await done(j);
  },
  // (b) seven children to assessment
  async sevenChildren() {
    const j = family('sevenChildren', ['Ava', 'Ben', 'Cal', 'Dot', 'Eve', 'Fin', 'Gus'], 12);
    await recordContact(j);
    await screen(j);
    await consentGiven(j);
    await agencyChecks(j);
    await threshold(j, 'Children and families assessment (section 17 of the Children Act 1989)');
    await signOff(j, 'manager');
    await work('manager2', await task('Task_HoldStrategyDiscussion'), 'strategy-discussion', j, null, async (form) => {
      await write(form, 'Who took part, with their agency', 'Dana Cole for the police, Sam Green for health, the team manager');
      await choose(form, 'What the discussion decided', 'Children and families assessment (section 17)');
      await write(form, 'What was discussed and why this was decided', 'An assessment of every child of the family is the right response.');
    });
    await allocateEach(j);
    await tellReferrer(j);
    await done(j);
  },
  // (d) two records of one girl (her date of birth mistyped on the second contact): once both
  // journeys have ended (the test ends them, screened out), a practitioner merges them in Tasklist
  async possibleDuplicate() {
    const j = family('possibleDuplicate', ['Ruby'], 17);
    await ask(`DUPLICATE ${j.children[0].first} ${j.last}`);
    await work('practitioner', await task('Task_CompareRecords'), 'possible-duplicate', j, j.children[0], async (form) => {
      await choose(form, 'Are they one child?', 'One child: merge the later record into the earlier one');
      await write(form, 'Why', 'The same girl at the same address: her date of birth was mistyped on the second contact.');
    });
    await done(j);
  },
  // (c) consent refused without a harm concern: respected, nothing shared with partner agencies
  async refusal() {
    const j = family('refusal', ['Kit'], 13);
    await recordContact(j);
    await screen(j);
    await consentRefused(j);
    if ((await tasks('Task_CheckAgencyRecords')).length) throw new Error('a respected refusal went to partner agencies');
    await signOff(j, 'manager2');
    await tellReferrer(j);
    await done(j);
  },
};

async function main() {
  if (!seed) throw new Error('usage: node tasklist-journeys.js <port> <shotDir> <seed> [journey...]');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install the Debian package "chromium"`);
  fs.mkdirSync(shotDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const chosen = (process.env.TASKLIST_JOURNEYS || '').split(',').filter(Boolean); // to rerun one journey
    for (const name of chosen.length ? chosen : Object.keys(JOURNEYS)) await JOURNEYS[name]();
    process.stdout.write('ALL_DONE\n');
  } catch (e) {
    if (current) {
      const { user, page } = current;
      await page.screenshot({ path: path.join(shotDir, `failure-${user}.png`), fullPage: true }).catch(() => null);
      await page.locator('body').innerText().then((t) => fs.writeFileSync(path.join(shotDir, `failure-${user}.txt`), t))
        .catch(() => null);
    }
    throw e;
  } finally {
    await browser.close();
    lines.close();
  }
}

main().then(() => process.exit(0), (e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
