// Lighthouse's performance audit (its default mobile preset: a mid-range phone, simulated slow
// 4G and a 4x slower CPU) of the app and of the baseline demo, alternating, median of RUNS
// loads each, in Debian's chromium.
//   NODE_PATH=<bench node_modules> node bench/lighthouse.cjs APP_URL BASELINE_URL [RUNS]
// Prints JSON: for each page the medians of the score and of each metric (ms), and which
// metrics Lighthouse could not measure on it (it finds no largest paint on the bare demo).
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const [appUrl, baseUrl, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const modules = (process.env.NODE_PATH || "").split(":").find((p) => p.endsWith("node_modules"));
const load = (name) => require(path.join(modules, name));

const METRICS = {
  fcp_ms: "first-contentful-paint",
  lcp_ms: "largest-contentful-paint",
  tbt_ms: "total-blocking-time",
  speed_index_ms: "speed-index",
  interactive_ms: "interactive",
};

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync", "--use-gl=angle", "--use-angle=swiftshader",
                      "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"];

async function audit(lighthouse, chromeLauncher, url) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM || "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const lhr = result.lhr;
    const figures = { score: lhr.categories.performance.score };
    const missing = [];
    for (const [key, id] of Object.entries(METRICS)) {
      const a = lhr.audits[id];
      if (a && typeof a.numericValue === "number") figures[key] = a.numericValue;
      else missing.push(key);
    }
    // The longest main-thread task Lighthouse saw (its long-tasks audit lists those over 50 ms).
    const tasks = (lhr.audits["long-tasks"] && lhr.audits["long-tasks"].details && lhr.audits["long-tasks"].details.items) || [];
    figures.longest_task_ms = tasks.reduce((m, t) => Math.max(m, t.duration || 0), 0);
    if (lhr.runtimeError) missing.push(`runtime error: ${lhr.runtimeError.message}`);
    return { figures, missing };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function summarise(results) {
  const out = { runs: results.length, unmeasured: [...new Set(results.flatMap((r) => r.missing))] };
  for (const key of ["score", ...Object.keys(METRICS), "longest_task_ms"]) {
    const xs = results.map((r) => r.figures[key]).filter((x) => typeof x === "number");
    if (xs.length) out[key] = key === "score" ? median(xs) : Math.round(median(xs));
  }
  return out;
}

(async () => {
  const { default: lighthouse } = await import(pathToFileURL(path.join(modules, "lighthouse", "core", "index.js")));
  const chromeLauncher = load("chrome-launcher");
  const app = [], base = [];
  for (let i = 0; i < runs; i++) {
    // Which page goes first alternates, so drift over the run falls on both alike.
    const order = i % 2 === 0 ? [[app, appUrl], [base, baseUrl]] : [[base, baseUrl], [app, appUrl]];
    for (const [list, url] of order) list.push(await audit(lighthouse, chromeLauncher, url));
  }
  console.log(JSON.stringify({ app: summarise(app), baseline: summarise(base) }));
})().catch((e) => {
  console.error(`lighthouse bench: ${e.stack || e}`);
  process.exit(1);
});
