// Time from navigation to data-app-state="ready" (set once the first frame is drawn), the app
// against the baseline demo, loaded alternately in fresh headless Chromium contexts (cold cache);
// the app's start-up phases and when its renderer could first draw (its worker's WebGL context
// built: the first picture needs that and the first frame); and the frames each draws over 5
// idle seconds (median of 3 loads).
// Then the same alternating loads with the CPU slowed 4x (CDP Emulation.setCPUThrottlingRate,
// as Lighthouse's mobile preset does), with the longest main-thread task of each load.
//   node bench/web_ready.cjs APP_URL BASELINE_URL [RUNS] [RUNS_AT_4X]
const { launchChromium, median } = require("./chromium.cjs");

const [appUrl, baseUrl, runsArg, slowRunsArg] = process.argv.slice(2);
const runs = Number(runsArg || 21);
const slowRuns = Number(slowRunsArg || 9);

// One cold load: the time to ready, the app's start-up marks and the longest task until a
// second after ready.
// With `idle`, it then counts the frames drawn over 5 idle seconds. `cpuRate` slows the CPU.
async function load(browser, url, idle, cpuRate = 1) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  if (cpuRate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
  }
  // Counts animation frames the page itself requests, for the baseline that has no counter.
  await page.addInitScript(() => {
    window.__rafCalls = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => { window.__rafCalls++; cb(t); });
    // The moment the page says it is ready, since navigation began; polling for it instead
    // would add the test driver's own delay, which grows with the compositor's load.
    window.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, e.duration);
    }).observe({ type: "longtask", buffered: true });
    new MutationObserver(() => {
      if (window.__readyAt !== undefined || document.documentElement.dataset.appState !== "ready") return;
      window.__readyAt = performance.now();
      window.__benchReady(window.__readyAt);
    }).observe(document, { attributes: true, attributeFilter: ["data-app-state"], subtree: true });
  });
  // The page says when it is ready through a binding: polling for it (waitForFunction) would put
  // the test driver's own script on the page's main thread during the start-up, where it lands
  // between the steps of a start-up that yields and after one long task.
  let readyAt;
  const ready = new Promise((resolve) => { readyAt = resolve; });
  await page.exposeBinding("__benchReady", (_source, at) => readyAt(at));
  await page.goto(url);
  const readyMs = Math.round(await Promise.race([ready, new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`${url} was not ready within 120 s`)), 120_000))]));
  // The start-up's tasks: up to ready and the layout after it (long tasks are reported late).
  await page.waitForTimeout(1000);
  const longest = Math.round(await page.evaluate(() => window.__longestTask));
  // The app's own start-up marks (platform/web/main_web.cpp); the baseline has none.
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType("mark").filter((m) => m.name.startsWith("aimeng:"))
      .map((m) => [m.name.slice(7), m.startTime])));
  let drawn = 0, raf = 0;
  if (idle) {
    await page.waitForTimeout(1000);
    const before = await page.evaluate(() => [window.aimengFramesDrawn || 0, window.__rafCalls]);
    await page.waitForTimeout(5000);
    const after = await page.evaluate(() => [window.aimengFramesDrawn || 0, window.__rafCalls]);
    [drawn, raf] = [after[0] - before[0], after[1] - before[1]];
  }
  await context.close();
  // The GPU process (software rendering here) finishes the closed page's work before the next
  // load, so one page's frames do not slow the next page's start.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { ready: readyMs, marks, drawn, raf, longest };
}

(async () => {
  const browser = await launchChromium();
  // Loads alternate, and which page goes first alternates too, so drift over the run falls on
  // both alike. Idle frames are counted in loads of their own: a page animating for 5 s (the
  // baseline does) keeps the GPU process busy, which would slow whichever page loads next.
  const alternate = async (n, cpuRate) => {
    const app = [], base = [];
    for (let i = 0; i < n; i++) {
      const order = i % 2 === 0 ? [[app, appUrl], [base, baseUrl]] : [[base, baseUrl], [app, appUrl]];
      for (const [list, url] of order) list.push(await load(browser, url, false, cpuRate));
    }
    return { app, base };
  };
  const { app, base } = await alternate(runs, 1);
  const slow = await alternate(slowRuns, 4);
  const appIdle = [], baseIdle = [];
  for (let i = 0; i < 3; i++) {
    appIdle.push(await load(browser, appUrl, true));
    baseIdle.push(await load(browser, baseUrl, true));
  }
  await browser.close();
  // When the app's renderer could first draw (its mark), the median over the loads.
  const rendererReady = (loads) => Math.round(median(loads.map((r) => r.marks["renderer-ready"])));
  // Where the app's time to ready goes: the median length of each phase between its marks.
  const phasesOf = (loads) => {
    const phases = {};
    const order = ["start", "settings", "read", "content", "fonts", "warm-up", "layout", "frame-built", "frame-drawn"];
    phases["page to start"] = median(loads.map((r) => r.marks.start));
    for (let i = 1; i < order.length; i++)
      phases[`${order[i - 1]} to ${order[i]}`] = median(loads.map((r) => r.marks[order[i]] - r.marks[order[i - 1]]));
    for (const k of Object.keys(phases)) phases[k] = Math.round(phases[k]);
    return phases;
  };
  console.log(JSON.stringify({
    app_ready_ms: median(app.map((r) => r.ready)),
    baseline_ready_ms: median(base.map((r) => r.ready)),
    app_idle_frames_5s: median(appIdle.map((r) => r.drawn)),
    baseline_idle_frames_5s: median(baseIdle.map((r) => r.raf)),
    runs,
    app_phases_ms: phasesOf(app),
    app_renderer_ready_ms: rendererReady(app),
    app_longest_task_ms: median(app.map((r) => r.longest)),
    baseline_longest_task_ms: median(base.map((r) => r.longest)),
    runs_4x: slowRuns,
    app_ready_ms_4x: median(slow.app.map((r) => r.ready)),
    baseline_ready_ms_4x: median(slow.base.map((r) => r.ready)),
    app_longest_task_ms_4x: median(slow.app.map((r) => r.longest)),
    app_worst_task_ms_4x: Math.max(...slow.app.map((r) => r.longest)),
    baseline_longest_task_ms_4x: median(slow.base.map((r) => r.longest)),
    app_phases_ms_4x: phasesOf(slow.app),
    app_renderer_ready_ms_4x: rendererReady(slow.app),
  }));
})();
