// Real-browser tests of the web interview: headless Chromium (Debian's
// /usr/bin/chromium) driven by playwright-core, accessibility by axe-core.
// Env: HABEAS_URL (the server), HABEAS_TOKEN (an attorney token),
// ARTIFACTS (where screenshots and the memo go).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = process.env.HABEAS_URL;
const TOKEN = process.env.HABEAS_TOKEN;
const OUT = process.env.ARTIFACTS || 'target/browser-artifacts';
fs.mkdirSync(OUT, { recursive: true });

let passed = 0, failed = 0;
async function test(name, fn) {
  try { await fn(); passed++; console.log(`ok   ${name}`); }
  catch (e) { failed++; console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split('\n').slice(0, 4).join('\n     ')}`); }
}
function check(cond, msg) { if (!cond) throw new Error(msg); }

async function axe(page, label) {
  await page.addScriptTag({ content: axeSource });
  const r = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  for (const v of r.violations) console.log(`     axe ${label}: ${v.impact} ${v.id} (${v.nodes.length})`);
  check(bad.length === 0, `${label}: ${bad.length} serious/critical axe violations: ${bad.map(v => v.id).join(', ')}`);
}

// A derivation case (INA 320 as amended by the Child Citizenship Act): born
// in Mexico in 1995 to parents not married to each other, in the custody
// of the mother, a lawful permanent resident from 2000 living in the United
// States, the mother naturalized in 2005 while the child was under 18.
const ANSWERS = [
  // [pattern over the question (en|es), text answer or radio value]
  // The person's own U.S. documents (radio buttons): none.
  [/(U\.S\. document|documento de EE)/i, 'none'],
  [/(mother|madre).*(naturaliz)|(naturaliz).*(mother|madre)/i, '2005-03-01'],
  [/(father|padre).*(naturaliz)|(naturaliz).*(father|padre)/i, 'no'],
  [/naturaliz/i, 'no'],
  [/(permanent|permanente)/i, '2000-01-15'],
  [/(mother|madre).*(born|naci)/i, '1970-01-01'],
  [/(father|padre).*(born|naci)/i, '1968-01-01'],
  [/(ever married|alguna vez casad|se ha casado)/i, 'no'],
  [/(mother|madre).*(woman|mujer)/i, 'female'],
  [/(father|padre).*(woman|mujer)/i, 'male'],
  [/(where did the person live|dónde vivió la persona)/i, '2000-01-15..'],
  // Asked once citizenship is settled: what is proposed (radio buttons).
  [/(what is proposed|qué se propone)/i, 'removal'],
];

async function answer(page) {
  const has = async sel => (await page.locator(sel).count()) > 0;
  if (await has('#f-born_date') || await has('#f-born_country')) {
    const q = (await page.locator('.question').innerText());
    const date = /(mother|madre)/i.test(q) ? '1970-01-01' : /(father|padre)/i.test(q) ? '1968-01-01' : '1995-06-01';
    if (await has('#f-born_date')) await page.fill('#f-born_date', date);
    if (await has('#f-born_country')) await page.fill('#f-born_country', 'mx');
    return 'next';
  }
  if (await has('input[name=married]')) {
    await page.check('input[name=married][value=no]');
    await page.check('input[name=custody][value=mother]');
    await page.fill('#f-custody_from', '1995-06-01');
    return 'next';
  }
  const q = await page.locator('.question .qtext').first().innerText();
  for (const [re, a] of ANSWERS) {
    if (!re.test(q)) continue;
    if (await has('#f-answer')) { await page.fill('#f-answer', a); return 'next'; }
    if (await has(`input[name=answer][value="${a}"]`)) { await page.check(`input[name=answer][value="${a}"]`); return 'next'; }
  }
  return 'dontknow';
}

async function interview(browser, lang, viewport) {
  const ctx = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/interview?lang=${lang}`);
  check(await page.getAttribute('html', 'lang') === lang, 'html lang attribute');
  await axe(page, `${lang} first page`);
  await page.screenshot({ path: path.join(OUT, `interview-${lang}-${viewport.width}-start.png`), fullPage: true });
  let steps = 0;
  for (; steps < 20 && await page.locator('#end').count() === 0; steps++) {
    const go = await answer(page);
    if (process.env.VERBOSE) console.log(`     step ${steps}: ${go}: ${(await page.locator('.question').innerText()).split('\n').slice(0, 3).join(' | ')}`);
    await page.click(`button[name=go][value=${go}]`);
    await page.waitForLoadState();
    check(await page.locator('#error').count() === 0, `step ${steps}: ${await page.locator('#error').count() && await page.locator('#error').innerText()}`);
  }
  const status = await page.locator('#status').innerText();
  console.log(`     ${lang}: ${steps} steps, status: ${status}`);
  check(await page.locator('#end').count() === 1, 'the interview ends');
  await axe(page, `${lang} last page`);
  await page.screenshot({ path: path.join(OUT, `interview-${lang}-${viewport.width}-end.png`), fullPage: true });
  return { ctx, page, status };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [lang, viewport] of [['en', { width: 390, height: 844 }], ['es', { width: 1280, height: 900 }]]) {
    await test(`derivation interview in ${lang} (${viewport.width}px), save, reload, memo`, async () => {
      const { ctx, page, status } = await interview(browser, lang, viewport);
      check(/citizen|ciudadan/i.test(status), `a derivation interview ends as a citizen: ${status}`);
      // Save.
      await page.fill('#token', TOKEN);
      await page.click('button[name=go][value=save]');
      await page.waitForLoadState();
      check(await page.locator('#saved').count() === 1, 'saved');
      const saved = await page.locator('#saved').innerText();
      check(!(await page.content()).includes(TOKEN), 'the token is not in the page');
      // Reload.
      await page.click('#reload');
      await page.waitForLoadState();
      await axe(page, `${lang} reload page`);
      await page.fill('#token', TOKEN);
      await page.click('button[type=submit].primary');
      await page.waitForLoadState();
      check((await page.locator('#status').innerText()) === status, 'the reloaded case has the same answer');
      check(saved.includes((await page.locator('#saved').innerText()).split(' ').pop().replace(/\.$/, '')), 'the same case id');
      // The memo: the PDF (a download), then the HTML (a new page).
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#memo-pdf')]);
      const file = path.join(OUT, `memo-${lang}.pdf`);
      await dl.saveAs(file);
      check(fs.readFileSync(file).subarray(0, 4).toString() === '%PDF', 'a PDF');
      await page.click('#memo-html');
      await page.waitForLoadState();
      check(await page.getAttribute('html', 'lang') === lang, 'memo lang');
      await page.screenshot({ path: path.join(OUT, `memo-${lang}-${viewport.width}.png`), fullPage: true });
      await ctx.close();
    });
  }
  await test('language switch keeps the answers', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/interview?lang=en`);
    await page.fill('#f-born_date', '1995');
    await page.fill('#f-born_country', 'MX');
    await page.click('button[name=go][value=next]');
    await page.waitForLoadState();
    const before = await page.inputValue('input[name=state] >> nth=0');
    await page.click('button[name=go][value=lang]');
    await page.waitForLoadState();
    check(await page.getAttribute('html', 'lang') === 'es', 'now in Spanish');
    check(await page.inputValue('input[name=state] >> nth=0') === before, 'same state');
    await page.click('button[name=go][value=back]');
    await page.waitForLoadState();
    check(await page.locator('#f-born_date').count() === 1, 'back to the first question');
    await ctx.close();
  });
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
