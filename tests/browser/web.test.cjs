// Browser tests: the served web bundle in Debian's Chromium, driven by playwright-core.
//   AIMENG_WEB_URL=http://127.0.0.1:8080/ node --test tests/browser/
// Checks: ready state, real pixels, hash routes change the picture, back button, no console
// errors, no request leaving the page's origin.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { chromium } = require("playwright-core");

const BASE = process.env.AIMENG_WEB_URL || "http://127.0.0.1:8080/";
const ORIGIN = new URL(BASE).origin;
const PNGSTAT = path.join(__dirname, "..", "tools", "pngstat.py");
const SHOTS = process.env.AIMENG_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "aimeng-web-"));

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--use-gl=angle", "--use-angle=swiftshader",
           "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
  });
});
after(async () => { if (browser) await browser.close(); });

// Opens a page that records console errors and any request to another origin.
async function openPage(options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { console: [], foreign: [] };
  page.on("console", (m) => { if (m.type() === "error") problems.console.push(m.text()); });
  page.on("pageerror", (e) => problems.console.push(String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== ORIGIN) problems.foreign.push(u);
  });
  return { context, page, problems };
}

async function waitReady(page) {
  await page.waitForFunction(() => ["ready", "error"].includes(document.documentElement.dataset.appState), null,
                             { timeout: 90_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.appState);
  const error = await page.evaluate(() => document.getElementById("error-text").textContent);
  assert.equal(state, "ready", `app failed to start: ${error}`);
}

// Waits until the app has drawn its frames for the latest change (it stops drawing when idle).
async function settle(page) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const n = await page.evaluate(() => window.aimengFramesDrawn || 0);
    if (n === last) return;
    last = n;
    await page.waitForTimeout(150);
  }
}

function shot(name) { return path.join(SHOTS, name + ".png"); }
function pngstat(...args) { return JSON.parse(execFileSync("/usr/bin/python3", [PNGSTAT, ...args]).toString()); }

const SIZES = {
  laptop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
};

for (const [sizeName, options] of Object.entries(SIZES)) {
  test(`${sizeName}: loads, renders, routes by hash, no errors, no foreign requests`, async () => {
    const { context, page, problems } = await openPage(options);
    await page.goto(BASE + "#/program");
    await waitReady(page);
    await settle(page);
    await page.screenshot({ path: shot(`${sizeName}-program`) });
    const stats = pngstat("stats", shot(`${sizeName}-program`));
    assert.ok(stats.colors > 200, `canvas looks blank (${stats.colors} colours)`);
    assert.ok(stats.dark_fraction > 0.02, "no text or header drawn");

    for (const route of ["/students", "/calculator"]) {
      await page.evaluate((r) => { window.location.hash = r; }, route);
      await settle(page);
      const name = `${sizeName}-${route.slice(1)}`;
      await page.screenshot({ path: shot(name) });
      const diff = pngstat("diff", shot(`${sizeName}-program`), shot(name));
      assert.ok(diff.changed_fraction > 0.05, `${route} looks the same as /program (${diff.changed_fraction})`);
    }

    // Back returns to the students screen, and the picture follows.
    await page.goBack();
    await settle(page);
    assert.equal(await page.evaluate(() => window.location.hash), "#/students");
    await page.screenshot({ path: shot(`${sizeName}-back`) });
    const sameAsStudents = pngstat("diff", shot(`${sizeName}-students`), shot(`${sizeName}-back`)).changed_fraction;
    const sameAsCalculator = pngstat("diff", shot(`${sizeName}-calculator`), shot(`${sizeName}-back`)).changed_fraction;
    assert.ok(sameAsStudents < sameAsCalculator / 3, `after Back the students screen is not shown (${sameAsStudents})`);

    assert.deepEqual(problems.console, [], "console errors");
    assert.deepEqual(problems.foreign, [], "requests to other origins");
    await context.close();
  });
}

test("a calculator link reproduces its scenario and the address bar follows the app", async () => {
  const { context, page, problems } = await openPage(SIZES.laptop);
  await page.goto(BASE + "#/calculator?path=16m1&start=2026&aid=cost:20&living=family");
  await waitReady(page);
  await settle(page);
  const hash = await page.evaluate(() => decodeURIComponent(window.location.hash));
  assert.match(hash, /path=16m1/);
  assert.match(hash, /start=2026/);
  assert.match(hash, /aid=cost:20/);
  assert.match(hash, /living=family/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("a hostile link shows the program with a notice, never an error page", async () => {
  const { context, page, problems } = await openPage(SIZES.laptop);
  await page.goto(BASE + "#/%00%ZZ/../../etc?<script>=1&" + "x=1&".repeat(300));
  await waitReady(page);
  await settle(page);
  assert.deepEqual(problems.console, []);
  await context.close();
});
