// The accessibility mirror's cost in the browser: for each screen, the app with the mirror on
// and with ?mirror=off, scrolled by the mouse wheel 40 times; per-frame main-thread time (the
// app's frame plus the mirror's update, window.aimengFrameMs), the time to apply the mirror's
// changes (aimengMirror.stats), the mirror's node count, and frames drawn while idle.
//   node bench/a11y_mirror.cjs http://127.0.0.1:8080/   -> JSON on stdout
const { chromium } = require("playwright-core");

const base = process.argv[2];
const SCREENS = ["/program", "/students", "/calculator"];
const ARGS = ["--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"];

function pct(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v.length ? Number(v[Math.floor(p * (v.length - 1))].toFixed(2)) : 0;
}

async function visit(browser, route, mirror) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + (mirror ? "" : "?mirror=off") + "#" + route);
  await page.waitForFunction(() => document.documentElement.dataset.appState === "ready", null, { timeout: 90_000 });
  await page.waitForTimeout(1500);
  await page.evaluate(() => { window.aimengFrameMs = []; if (window.aimengMirror) window.aimengMirror.stats.applyMs = []; });
  await page.mouse.move(900, 500);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, i < 20 ? 300 : -300);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(1500);
  const frames = await page.evaluate(() => window.aimengFramesDrawn || 0);
  await page.waitForTimeout(3000);
  const result = await page.evaluate(() => ({
    frameMs: window.aimengFrameMs || [],
    applyMs: (window.aimengMirror && window.aimengMirror.stats.applyMs) || [],
    nodes: window.aimengMirror ? window.aimengMirror.stats.nodes : 0,
    frames: window.aimengFramesDrawn || 0,
  }));
  result.idle = result.frames - frames;
  await context.close();
  return result;
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ARGS });
  const out = [];
  for (const screen of SCREENS) {
    const on = await visit(browser, screen, true);
    const off = await visit(browser, screen, false);
    out.push({ screen: screen.slice(1), nodes: on.nodes, on_p50: pct(on.frameMs, 0.5), on_p99: pct(on.frameMs, 0.99),
               off_p50: pct(off.frameMs, 0.5), off_p99: pct(off.frameMs, 0.99), apply_p50: pct(on.applyMs, 0.5),
               apply_p99: pct(on.applyMs, 0.99), idle_frames: on.idle });
  }
  await browser.close();
  console.log(JSON.stringify(out));
})();
