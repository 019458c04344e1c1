// Time from navigation to data-app-state="ready" (first frame drawn), the app against the
// baseline demo, loaded alternately in fresh headless Chromium contexts (cold cache), and
// frames drawn by each over 5 idle seconds after that.
//   node bench/web_ready.cjs APP_URL BASELINE_URL [RUNS]
const { chromium } = require("playwright-core");

const [appUrl, baseUrl, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 7);

async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  // Counts animation frames the page itself requests, for the baseline that has no counter.
  await page.addInitScript(() => {
    window.__rafCalls = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => { window.__rafCalls++; cb(t); });
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.appState === "ready", null, { timeout: 120_000 });
  const ready = Date.now() - t0;
  await page.waitForTimeout(1000);
  const before = await page.evaluate(() => [window.aimengFramesDrawn || 0, window.__rafCalls]);
  await page.waitForTimeout(5000);
  const after = await page.evaluate(() => [window.aimengFramesDrawn || 0, window.__rafCalls]);
  await context.close();
  return { ready, drawn: after[0] - before[0], raf: after[1] - before[1] };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
  });
  const app = [], base = [];
  for (let i = 0; i < runs; i++) {
    app.push(await load(browser, appUrl));
    base.push(await load(browser, baseUrl));
  }
  await browser.close();
  console.log(JSON.stringify({
    app_ready_ms: median(app.map((r) => r.ready)),
    baseline_ready_ms: median(base.map((r) => r.ready)),
    app_idle_frames_5s: median(app.map((r) => r.drawn)),
    baseline_idle_frames_5s: median(base.map((r) => r.raf)),
    runs,
  }));
})();
