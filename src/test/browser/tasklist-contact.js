// Drives Camunda Tasklist in Debian's headless Chromium as a practitioner would:
// logs in, records a contact from the start form by clicking "Start", then (once the test
// has run the history check and written the screening task's id on stdin) opens the
// screening task and checks that its form renders.
//
// Usage: node tasklist-contact.js <port> <screenshotDir> <addressLine1> <postcode> <firstName> <lastName>
//          <siblingFirstName> <siblingBirthDate dd/mm/yyyy>
// Protocol: prints "STARTED" after Tasklist confirmed the start; then reads one line from stdin
// (the screening task id) and prints "SCREENING_FORM_SHOWN" when the form is on screen.
// Any failure: message on stderr, exit code 1.
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { chromium } = require('playwright-core');

const [port, shotDir, addressLine1, postcode, firstName, lastName, siblingFirstName, siblingBirthDate] = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const base = `http://localhost:${port}/camunda/app/tasklist/default/`;
const SLOW = 120000; // Tasklist is slow to load on a busy 2-core machine

function nextLine() {
  const rl = readline.createInterface({ input: process.stdin });
  return new Promise((resolve, reject) => {
    rl.once('line', (line) => { resolve(line.trim()); rl.close(); });
    rl.once('close', () => reject(new Error('stdin closed before the screening task id came')));
  });
}

/** Types like a person (key by key: form-js ignores fill()) and checks the field kept the text. */
async function type(field, text) {
  for (let attempt = 1; ; attempt++) {
    await field.click();
    await field.press('Control+A');
    await field.pressSequentially(text, { delay: 15 });
    await field.page().waitForTimeout(100);
    const value = await field.inputValue();
    if (value === text) return;
    if (attempt === 3) throw new Error(`typed "${text}" but the field shows "${value}"`);
  }
}

async function main() {
  if (!siblingBirthDate) throw new Error('usage: node tasklist-contact.js <port> <shotDir> <line1> <postcode> <first> <last> <sibling first> <sibling birth date dd/mm/yyyy>');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install the Debian package "chromium"`);
  fs.mkdirSync(shotDir, { recursive: true });

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 }, locale: 'en-GB' });
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));

    // log in as the seeded practitioner
    await page.goto(base, { timeout: SLOW });
    await page.waitForSelector('input[placeholder=Username]', { timeout: SLOW });
    await page.fill('input[placeholder=Username]', 'practitioner');
    await page.fill('input[placeholder=Password]', 'practitioner');
    await page.click('button[type=submit]');

    // open the start form
    await page.click('text=Start process', { timeout: SLOW });
    await page.click("text=The child's journey through the front door", { timeout: SLOW });
    await page.waitForSelector('text=Record a contact', { timeout: SLOW });
    const form = page.locator('form.fjs-form');
    const start = page.locator('button[ng-click="startProcessInstance()"]');

    // who made the contact: form-js' own select, so open it and pick the option
    await form.locator('#fjs-form-Field_source, .fjs-form-field-select').first().click();
    await page.locator('.fjs-dropdownlist-item', { hasText: /^Police$/ }).first().click();

    await type(form.getByLabel('Name', { exact: true }), 'Sergeant Mary Hale');
    await type(form.getByLabel('Organisation', { exact: true }), 'County police');
    await type(form.getByLabel('Telephone', { exact: true }), '01392 123456');
    await type(form.getByLabel('Address line 1', { exact: false }), addressLine1);
    await type(form.getByLabel('Postcode', { exact: false }), postcode);
    // two children: the second one's space appears once the first is named
    await type(form.getByLabel(/^First name\*?$/).nth(0), firstName);
    await type(form.getByLabel(/^Last name\*?$/).nth(0), lastName);
    await type(form.getByLabel('Estimated age in years', { exact: false }).nth(0), '7');
    await type(form.getByLabel(/^First name\*?$/).nth(1), siblingFirstName);
    await type(form.getByLabel(/^Last name\*?$/).nth(1), lastName);
    await type(form.getByLabel('Date of birth', { exact: true }).nth(1), siblingBirthDate);
    await form.getByLabel('Date of birth', { exact: true }).nth(1).press('Tab');
    await type(form.getByLabel("The concerns, in the referrer's words", { exact: false }),
      'The child came to school with a bruise on the arm and said a grown up at home hurt her.');
    await form.getByText('Physical injury', { exact: true }).click();
    await form.getByText('The family do not know about this contact', { exact: true }).click();

    // the form scrolls inside Tasklist's dialog: a tall window shows all of it in one picture
    await page.setViewportSize({ width: 1280, height: 4600 });
    await page.screenshot({ path: path.join(shotDir, 'tasklist-start-form.png'), fullPage: true });

    // a person can only click Start when Tasklist thinks the form is valid
    try {
      await start.waitFor({ state: 'visible', timeout: 10000 });
      await page.waitForFunction((el) => !el.disabled, await start.elementHandle(), { timeout: 10000 });
    } catch (e) {
      const errors = await form.locator('.fjs-form-field-error').allInnerTexts();
      throw new Error(`the Start button stays disabled; form errors shown: ${JSON.stringify(errors)}`);
    }
    await page.setViewportSize({ width: 1280, height: 1200 });
    await start.click();
    // Tasklist confirms the start in a notification, or shows the service's refusal
    await page.waitForSelector('text=/has been started|could not|not start|error/i', { timeout: SLOW })
      .catch(() => null);
    if (!(await page.locator('text=/has been started/i').count())) {
      throw new Error(`Tasklist did not confirm the start: ${await page.locator('body').innerText().then((t) => t.slice(0, 1500))}`);
    }
    process.stdout.write('STARTED\n');

    // the test runs the history check and tells us the screening task
    const taskId = await nextLine();
    await page.goto(`${base}#/?task=${encodeURIComponent(taskId)}&detailsTab=task-detail-form`, { timeout: SLOW });
    await page.waitForSelector('text=/Screen the contact/', { timeout: SLOW });
    await page.waitForSelector('text=Your decision', { timeout: SLOW });
    await page.screenshot({ path: path.join(shotDir, 'tasklist-screening-form.png'), fullPage: true });
    process.stdout.write('SCREENING_FORM_SHOWN\n');
  } catch (e) {
    const pages = browser.contexts().flatMap((c) => c.pages());
    if (pages.length) await pages[0].screenshot({ path: path.join(shotDir, 'tasklist-failure.png') }).catch(() => null);
    throw e;
  } finally {
    await browser.close();
  }
}

main().then(() => process.exit(0), (e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
