// How much wasm the page's main thread compiles before it is ready, with the CPU slowed 4x:
// Chromium compiles each wasm function on its first call, on the thread that calls it
// (wasm.CompileLazy in its trace). The app's compile warmer (web/warm.js) runs the start-up in
// a worker first, so most of it is compiled there: the app is also loaded with the warmer
// blocked, to show what it saves. Also the JavaScript compiled on that thread (V8.CompileCode:
// functions compiled at their first call, where no compile hint had them compiled as the
// script streamed in) and the thread's busy time from navigation to ready (the length of its
// tasks). Cold loads in fresh contexts, alternating with the baseline; the median of RUNS each.
//   node bench/web_compile.cjs APP_URL BASELINE_URL [RUNS]
const { launchChromium, median } = require("./chromium.cjs");

const [appUrl, baseUrl, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);

async function load(browser, url, withoutWarmer = false) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: "block" });
  if (withoutWarmer) await context.route(/\/warm\.js(\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let readyAt;
  const ready = new Promise((resolve) => { readyAt = resolve; });
  await page.exposeBinding("__benchReady", () => readyAt());
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (window.__marked || document.documentElement.dataset.appState !== "ready") return;
      window.__marked = true;
      performance.mark("bench:ready");
      window.__benchReady();
    }).observe(document, { attributes: true, attributeFilter: ["data-app-state"], subtree: true });
  });
  const events = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { transferMode: "ReportEvents", traceConfig: { includedCategories: [
    "v8.wasm", "disabled-by-default-v8.wasm.detailed", "blink.user_timing", "devtools.timeline", "__metadata",
    "toplevel", "disabled-by-default-v8.compile"] } });
  await page.goto(url);
  await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`${url} not ready in 120 s`)), 120_000))]);
  await cdp.send("Tracing.end");
  await complete;
  await context.close();
  await new Promise((resolve) => setTimeout(resolve, 500));

  const threadName = new Map();
  for (const e of events)
    if (e.ph === "M" && e.name === "thread_name") threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const readyMark = events.find((e) => e.name === "bench:ready");
  const end = readyMark ? readyMark.ts : Infinity;
  // The page's own main thread: the one its ready mark is on (other renderers have one too).
  const pageThread = readyMark ? `${readyMark.pid}:${readyMark.tid}` : "";
  const navigation = events.find((e) => e.name === "navigationStart" && `${e.pid}:${e.tid}` === pageThread);
  const start = navigation ? navigation.ts : 0;
  const sums = { page: { ms: 0, functions: 0, js_ms: 0, busy_ms: 0 }, workers: { ms: 0, functions: 0 } };
  for (const e of events) {
    if (e.ph !== "X" || e.ts > end) continue;
    const thread = `${e.pid}:${e.tid}`;
    if (thread === pageThread && e.ts >= start) {
      if (e.name === "V8.CompileCode") sums.page.js_ms += (e.dur || 0) / 1000;
      if (e.name === "ThreadControllerImpl::RunTask") sums.page.busy_ms += (e.dur || 0) / 1000;
    }
    if (e.name !== "wasm.CompileLazy") continue;
    const name = threadName.get(thread) || "";
    const sum = thread === pageThread ? sums.page : name.includes("Worker") ? sums.workers : null;
    if (!sum) continue;
    sum.ms += (e.dur || 0) / 1000;
    sum.functions += 1;
  }
  return sums;
}

(async () => {
  const browser = await launchChromium();
  const app = [], cold = [], base = [];
  for (let i = 0; i < runs; i++) {
    const order = [[app, appUrl, false], [cold, appUrl, true], [base, baseUrl, false]];
    if (i % 2) order.reverse();
    for (const [list, url, withoutWarmer] of order) list.push(await load(browser, url, withoutWarmer));
  }
  await browser.close();
  const figure = (loads, where, what) => Math.round(median(loads.map((l) => l[where][what])));
  console.log(JSON.stringify({
    runs,
    app_page_compile_ms: figure(app, "page", "ms"), app_page_functions: figure(app, "page", "functions"),
    app_worker_compile_ms: figure(app, "workers", "ms"), app_worker_functions: figure(app, "workers", "functions"),
    app_without_warmer_page_compile_ms: figure(cold, "page", "ms"), app_without_warmer_page_functions: figure(cold, "page", "functions"),
    baseline_page_compile_ms: figure(base, "page", "ms"), baseline_page_functions: figure(base, "page", "functions"),
    app_page_js_compile_ms: figure(app, "page", "js_ms"), baseline_page_js_compile_ms: figure(base, "page", "js_ms"),
    app_page_busy_ms: figure(app, "page", "busy_ms"), baseline_page_busy_ms: figure(base, "page", "busy_ms"),
  }));
})();
