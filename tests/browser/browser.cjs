// What the browser suites share: the served bundle's address, Chromium's launch, a page that
// records console errors and foreign requests, waiting for the app, screenshots.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const assert = require("node:assert/strict");
const { execFileSync } = require("node:child_process");
const { chromium } = require("playwright-core");

const BASE = process.env.AIMENG_WEB_URL || "http://127.0.0.1:8080/";
const ORIGIN = new URL(BASE).origin;
const PNGSTAT = path.join(__dirname, "..", "tools", "pngstat.py");
const SHOTS = process.env.AIMENG_SHOTS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "aimeng-web-"));

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking",
                       "--disable-component-update", "--disable-sync", "--use-gl=angle", "--use-angle=swiftshader",
                       "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"];
function launch(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// Opens a page that records console errors and any request to another origin.
async function openPage(options, onBrowser) {
  const context = await onBrowser.newContext(options);
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
  "4k": { viewport: { width: 3840, height: 2160 }, deviceScaleFactor: 1 },
};

module.exports = { BASE, ORIGIN, SHOTS, CHROMIUM_ARGS, launch, openPage, waitReady, settle, shot, pngstat, SIZES };
