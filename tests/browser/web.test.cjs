// Browser tests: the served web bundle in Debian's Chromium, driven by playwright-core.
//   AIMENG_WEB_URL=http://127.0.0.1:8080/ node --test tests/browser/
// Checks: ready state, real pixels, hash routes change the picture, back button, no console
// errors, no request leaving the page's origin.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");

const { BASE, launch, openPage: openPageOn, waitReady, settle, shot, pngstat, SIZES } = require("./browser.cjs");

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });
const openPage = (options, onBrowser = browser) => openPageOn(options, onBrowser);

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

test("a frame that would draw the same picture draws none; one that changes it does", async () => {
  const { context, page, problems } = await openPage(SIZES.laptop);
  await page.goto(BASE + "#/program");
  await waitReady(page);
  await settle(page);
  const counts = () => page.evaluate(() => ({ frames: window.aimengFramesDrawn || 0, pictures: window.aimengPicturesDrawn || 0 }));
  const loaded = await counts();
  // The spread layout's frames below the window draw nothing until the last of them.
  assert.ok(loaded.pictures >= 1 && loaded.pictures < loaded.frames, JSON.stringify(loaded));
  await page.screenshot({ path: shot("pictures-before") });

  // The pointer moving over plain text: frames are laid out, the picture is the same, none is
  // drawn (after the pointer's first arrival over the window, which may change it).
  await page.mouse.move(700, 500);
  await settle(page);
  const arrived = await counts();
  await page.mouse.move(703, 502);
  await page.mouse.move(706, 505);
  await settle(page);
  const still = await counts();
  assert.ok(still.frames > arrived.frames, "the pointer's move woke the app");
  assert.equal(still.pictures, arrived.pictures, "a frame with the same picture was drawn");

  // Over a side bar item: its hover colour is a new picture, and the canvas shows it.
  await page.mouse.move(60, 200);
  await settle(page);
  assert.ok((await counts()).pictures > still.pictures, "the hover was not drawn");
  await page.screenshot({ path: shot("pictures-hover") });
  assert.ok(pngstat("diff", shot("pictures-before"), shot("pictures-hover")).changed_fraction > 0, "the canvas did not change");
  assert.deepEqual(problems.console, [], "console errors");
  await context.close();
});

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

test("Back leaves the app from a bare address or a bad link, and still steps back through screens", async () => {
  const { context, page } = await openPage(SIZES.laptop);
  const BEFORE = BASE + "manifest.webmanifest";  // a page of the same site to come back to
  for (const start of ["", "#/zz", "#/students/nobody"]) {
    await page.goto(BEFORE);
    await page.goto(BASE + start);
    await waitReady(page);
    await settle(page);
    assert.notEqual(new URL(page.url()).hash, start || "#", `the app shows its own form of "${start}"`);
    await page.goBack();
    await page.waitForURL(BEFORE, { timeout: 10_000 });
  }
  // A screen the visitor opens in the app is a history entry: Back returns to the one before.
  await page.goto(BASE);
  await waitReady(page);
  await page.waitForFunction(() => document.querySelector("#a11y-mirror .a11y-node"));
  await page.evaluate(() => [...document.querySelectorAll("#a11y-mirror .a11y-node")]
    .find((e) => e.textContent.trim().startsWith("Cost & timeline")).click());
  await page.waitForFunction(() => window.location.hash.startsWith("#/calculator"), null, { timeout: 20_000 });
  await page.goBack();
  await page.waitForFunction(() => window.location.hash === "#/program", null, { timeout: 20_000 });
  await context.close();
});

test("saved settings from a newer version are kept aside in storage, not overwritten", async () => {
  const { context, page, problems } = await openPage(SIZES.laptop);
  await page.goto(BASE);
  await waitReady(page);
  const newer = '{"format_version": 2, "theme": "dark", "future": true}';
  await page.evaluate((text) => localStorage.setItem("aimeng-explorer.settings", text), newer);
  await page.reload();
  await waitReady(page);
  await settle(page);
  const kept = await page.evaluate(() => localStorage.getItem("aimeng-explorer.settings.newer-version"));
  assert.equal(kept, newer);
  assert.deepEqual(problems.console, []);
  await context.close();
});

// Drags one finger on the touch screen through Chromium's input protocol.
async function touchDrag(page, from, to, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(p) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

test("phone: a finger drag scrolls the program page and opens nothing", async () => {
  const { context, page, problems } = await openPage(SIZES.phone);
  await page.goto(BASE + "#/program");
  await waitReady(page);
  await settle(page);
  await page.screenshot({ path: shot("touch-before") });
  await touchDrag(page, { x: 200, y: 650 }, { x: 200, y: 250 });
  await settle(page);
  await page.screenshot({ path: shot("touch-after") });
  const moved = pngstat("diff", shot("touch-before"), shot("touch-after")).changed_fraction;
  assert.ok(moved > 0.2, `the page did not scroll (${moved})`);
  assert.equal(await page.evaluate(() => window.location.hash), "#/program");
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("phone: tapping the search field raises the keyboard input, and typing searches", async () => {
  const { context, page, problems } = await openPage(SIZES.phone);
  await page.goto(BASE + "#/program");
  await waitReady(page);
  await settle(page);
  // The search button sits left of A- and A+ in the header (phone sizes: buttons 2.1 em wide,
  // 0.3 em apart, 1 em = 17 px).
  const em = 17;
  const toggle = { x: 390 - em - 2.1 * em * 2 - 0.3 * em - 0.3 * em - 1.05 * em, y: 1.8 * em };
  await page.touchscreen.tap(toggle.x, toggle.y);
  await settle(page);
  await page.touchscreen.tap(195, 3.6 * em + 1.6 * em);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === "keyboard-input", null,
                             { timeout: 5_000 });
  await settle(page);
  await page.keyboard.type("grubhub");
  await settle(page);
  await page.screenshot({ path: shot("keyboard-typed") });
  await page.keyboard.press("Enter");
  await settle(page);
  await page.screenshot({ path: shot("keyboard-entered") });
  assert.equal(await page.evaluate(() => window.location.hash), "#/students/shyamal-anadkat");
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("4K: renders crisp and fills the window", async () => {
  const { context, page, problems } = await openPage(SIZES["4k"]);
  await page.goto(BASE + "#/calculator");
  await waitReady(page);
  await settle(page);
  await page.screenshot({ path: shot("4k-calculator") });
  const stats = pngstat("stats", shot("4k-calculator"));
  assert.equal(stats.width, 3840);
  assert.ok(stats.colors > 200);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("phone: the app follows the canvas's size on the page, not only window resizes", async () => {
  const { context, page, problems } = await openPage(SIZES.phone);
  await page.goto(BASE + "#/students");
  await waitReady(page);
  await settle(page);
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  // The page's own style changes the canvas's height; the window keeps its size.
  await page.evaluate(() => { document.getElementById("canvas").style.height = "400px"; });
  // The browser reports the new size at its next rendering step, later on a busy machine.
  const want = Math.round(400 * ratio);
  const followed = await page.waitForFunction((h) => document.getElementById("canvas").height === h, want,
                                              { timeout: 15_000 }).then(() => true, () => false);
  const backing = await page.evaluate(() => document.getElementById("canvas").height);
  assert.ok(followed, `the canvas's backing store follows its new size (${backing}, wanted ${want})`);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("the page's ?today= sets the date rules: the same admissions section before and after its deadlines", async () => {
  const { context, page, problems } = await openPage(SIZES.laptop);
  for (const today of ["2023-12-01", "2024-06-02"]) {
    await page.goto(BASE + `?today=${today}#/program/admissions`);
    await waitReady(page);
    await settle(page);
    await page.screenshot({ path: shot(`admissions-${today}`) });
  }
  // After the cycle, every date is marked as passed and a note points to the current cycle.
  const diff = pngstat("diff", shot("admissions-2023-12-01"), shot("admissions-2024-06-02"));
  assert.ok(diff.changed_fraction > 0.005, `the admissions section looks the same (${diff.changed_fraction})`);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("without WebGL the text version is shown, with the curriculum and the cost table", async () => {
  // Chromium's flags turn WebGL off for the page's canvases only (a worker's OffscreenCanvas
  // still gets one); a browser without WebGL 2 has no WebGL2RenderingContext either.
  const noGl = await launch(["--disable-webgl", "--disable-3d-apis"]);
  try {
    const { page, problems } = await openPage(SIZES.laptop, noGl);
    await page.addInitScript(() => { delete window.WebGL2RenderingContext; });
    await page.goto(BASE);
    await page.waitForFunction(() => document.documentElement.dataset.appState === "text", null, { timeout: 30_000 });
    assert.ok(await page.isVisible("#text-version"));
    assert.ok(await page.isVisible("text=AIPI 540"));
    assert.ok(await page.isVisible("text=On campus, 2024-25 (USD)"));
    assert.ok(await page.isVisible("text=Shyamal Anadkat"));
    // The newer pages' facts, beside the older wording, and when the facts were last checked.
    assert.ok(await page.isVisible("text=Requirements, as listed for Fall 2024"));
    assert.ok(await page.isVisible("text=GRE scores are optional for every 2026 applicant"));
    assert.ok(await page.isVisible("text=Duke Mission Scholarships"));
    assert.ok(await page.isVisible("text=Facts last checked against these sources on 2026-12-02"));
    await page.screenshot({ path: shot("text-version") });
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.foreign, []);
  } finally {
    await noGl.close();
  }
});

// Serves web/render.js with `patch` applied to its text, for the renderer's failures. Such a
// page runs without a service worker, whose install would fetch the file again, through this
// route, after the test has closed the context.
const WITHOUT_SERVICE_WORKER = { ...SIZES.laptop, serviceWorkers: "block" };
async function patchRenderer(context, patch) {
  await context.route(/\/render\.js(\?|$)/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: patch(await response.text()), headers: { ...response.headers(), "content-encoding": "identity" } });
  });
}

test("the loading bar counts the wasm's bytes up to its whole size", async () => {
  const { context, page, problems } = await openPage(WITHOUT_SERVICE_WORKER);
  await page.addInitScript(() => {
    window.__loadingTexts = [];
    new MutationObserver(() => {
      const text = document.getElementById("loading-text");
      if (text && text.textContent && window.__loadingTexts.at(-1) !== text.textContent) window.__loadingTexts.push(text.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(BASE);
  await waitReady(page);
  const wasm = (await (await context.request.get(BASE + "app.wasm")).body()).length;
  const texts = (await page.evaluate(() => window.__loadingTexts)).filter((t) => t.startsWith("Loading"));
  const whole = `${Math.round(wasm / 1024)} KB`;
  assert.equal(texts.at(-1), `Loading ${whole} of ${whole}`, `the bar's texts: ${JSON.stringify(texts)}`);
  assert.equal(await page.textContent("#loading-text"), "", "the text is cleared once the app is ready");
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("a server that sends the wasm without its type still gets the app", async () => {
  const { context, page, problems } = await openPage(WITHOUT_SERVICE_WORKER);
  await context.route(/\/app\.wasm(\?|$)/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), "content-type": "application/octet-stream", "content-encoding": "identity" };
    await route.fulfill({ response, body: await response.body(), headers });
  });
  await page.goto(BASE + "#/calculator");
  await waitReady(page);
  await settle(page);
  await page.screenshot({ path: shot("wasm-untyped") });
  assert.ok(pngstat("stats", shot("wasm-untyped")).colors > 200, "canvas looks blank");
  assert.deepEqual(problems.console, []);
  await context.close();
});

// The compile warmer only saves the page time: without it (blocked, or failing at once, or
// stopping partway) the app starts all the same, with no error shown or logged.
for (const [how, handle] of [
  ["blocked", (route) => route.abort()],
  ["broken", (route) => route.fulfill({ contentType: "text/javascript", body: "this is not a script" })],
  ["stopping partway", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('_abort: function () { stop("abort"); },',
      '_abort: function () { stop("abort"); }, js_mark: function () { stop("stopped at a mark"); },');
    await route.fulfill({ response, body, headers: { ...response.headers(), "content-encoding": "identity" } });
  }],
]) {
  test(`with the compile warmer ${how}, the app starts all the same`, async () => {
    const { context, page, problems } = await openPage(WITHOUT_SERVICE_WORKER);
    await context.route(/\/warm\.js(\?|$)/, handle);
    await page.goto(BASE + "#/calculator");
    await waitReady(page);
    await settle(page);
    await page.screenshot({ path: shot(`warmer-${how.split(" ")[0]}`) });
    assert.ok(pngstat("stats", shot(`warmer-${how.split(" ")[0]}`)).colors > 200, "canvas looks blank");
    // The warmer did fail, and said so where the page keeps its report.
    await page.waitForFunction(() => window.aimengWarmUp, null, { timeout: 20000 });
    const { error } = await page.evaluate(() => window.aimengWarmUp);
    if (how === "stopping partway") assert.match(error, /stopped at a mark/);
    else assert.notEqual(error, "", "the warmer's failure was not noticed");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.appState), "ready");
    assert.deepEqual(problems.console.filter((m) => !/warm\.js/.test(m)), [], "console errors");
    await context.close();
  });
}

test("when the renderer's worker gets no WebGL 2 context, the text version is shown", async () => {
  const { context, page, problems } = await openPage(WITHOUT_SERVICE_WORKER);
  await patchRenderer(context, (js) => "OffscreenCanvas.prototype.getContext = function () { return null; };\n" + js);
  await page.goto(BASE);
  await page.waitForFunction(() => document.documentElement.dataset.appState === "text", null, { timeout: 30_000 });
  assert.match(await page.textContent("#text-version-note"), /could not start WebGL 2/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("after the GPU loses the canvas's context, the renderer draws the picture again by itself", async () => {
  const normal = await openPage(SIZES.laptop);
  await normal.page.goto(BASE + "#/students");
  await waitReady(normal.page);
  await settle(normal.page);
  await normal.page.waitForTimeout(1500);
  await normal.page.screenshot({ path: shot("context-normal") });

  const { context, page, problems } = await openPage(WITHOUT_SERVICE_WORKER);
  // The worker loses its context 0.3 s after its first picture and gets it back 0.3 s later;
  // the page notes what the worker says about it.
  await patchRenderer(context, (js) => js.replace("reply({ drawn: ++drawn });", `reply({ drawn: ++drawn });
      if (drawn === 1) {
        var lose = gl.getExtension("WEBGL_lose_context");
        setTimeout(function () {
          var before = drawn;
          canvas.addEventListener("webglcontextrestored", function () { reply({ test: "restored", before: before }); });
          lose.loseContext();
          setTimeout(function () { lose.restoreContext(); }, 300);
        }, 300);
      }`));
  await page.addInitScript(() => {
    const RealWorker = window.Worker;
    window.__restored = null;
    window.Worker = function (url) {
      const worker = new RealWorker(url);
      worker.addEventListener("message", (e) => { if (e.data.test === "restored") window.__restored = e.data.before; });
      return worker;
    };
  });
  await page.goto(BASE + "#/students");
  await waitReady(page);
  await page.waitForFunction(() => window.__restored !== null, null, { timeout: 20_000 });
  const drawnBeforeLoss = await page.evaluate(() => window.__restored);
  await settle(page);
  await page.waitForTimeout(500);
  assert.ok(await page.evaluate(() => window.aimengPicturesDrawn) > drawnBeforeLoss, "nothing was drawn after the restore");
  await page.screenshot({ path: shot("context-restored") });
  const changed = pngstat("diff", shot("context-normal"), shot("context-restored")).changed_fraction;
  assert.ok(changed < 0.001, `the restored canvas differs from a normal load (${changed} of the pixels)`);
  assert.deepEqual(problems.console, []);
  await normal.context.close();
  await context.close();
});

test("shaders that do not build give the error page, with the driver's message and a way on", async () => {
  const { context, page } = await openPage(WITHOUT_SERVICE_WORKER);
  await patchRenderer(context, (js) => js.replace("o_color = v_color", "o_color = v_colour"));
  await page.goto(BASE);
  await page.waitForFunction(() => document.documentElement.dataset.appState === "error", null, { timeout: 30_000 });
  assert.match(await page.textContent("#error-text"), /WebGL could not build the app's shaders: .*v_colour/s);
  assert.ok(await page.isVisible("#error-text-version"));
  await context.close();
});

test("with the mirror off, the text version is in the page for screen readers even with WebGL", async () => {
  const { context, page } = await openPage(SIZES.laptop);
  await page.goto(BASE + "?mirror=off");
  await waitReady(page);
  const headings = await page.$$eval("#text-version h2", (hs) => hs.map((h) => h.textContent));
  assert.ok(headings.includes("Curriculum"));
  assert.ok(headings.includes("Cost of attendance"));
  const links = await page.$$eval("#text-version a[target=_blank]", (as) => as.every((a) => a.rel.includes("noopener")));
  assert.ok(links);
  await context.close();
});

// Records every canvas context the page itself asks for (a worker's are not seen).
function recordPageContexts() {
  window.__pageContexts = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    window.__pageContexts.push(kind);
    return getContext.call(this, kind, ...rest);
  };
}

// When the renderer says it could first draw, on the page's clock: after the canvas was handed
// to it (once the page was parsed) and no later than the first picture.
async function assertRendererReadyMark(page) {
  const at = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name, "mark")[0]?.startTime;
    return { parsed: performance.getEntriesByType("navigation")[0].domInteractive,
             ready: mark("aimeng:renderer-ready"), drawn: mark("aimeng:frame-drawn") };
  });
  assert.ok(at.ready >= at.parsed && at.ready <= at.drawn, `renderer-ready mark out of place: ${JSON.stringify(at)}`);
}

test("a worker owns the canvas and draws it, so the page makes no WebGL call; without one the page draws the same picture", async () => {
  const inWorker = await openPage(SIZES.laptop);
  await inWorker.page.addInitScript(recordPageContexts);
  await inWorker.page.goto(BASE + "#/calculator");
  await waitReady(inWorker.page);
  await settle(inWorker.page);
  await inWorker.page.screenshot({ path: shot("renderer-worker") });
  assert.deepEqual(await inWorker.page.evaluate(() => window.__pageContexts), []);
  assert.equal(inWorker.page.workers().length, 1, "one renderer worker");
  await assertRendererReadyMark(inWorker.page);

  // A browser that cannot hand a canvas to a worker (no transferControlToOffscreen).
  const onPage = await openPage(SIZES.laptop);
  await onPage.page.addInitScript(recordPageContexts);
  await onPage.page.addInitScript(() => { delete HTMLCanvasElement.prototype.transferControlToOffscreen; });
  await onPage.page.goto(BASE + "#/calculator");
  await waitReady(onPage.page);
  await settle(onPage.page);
  await onPage.page.screenshot({ path: shot("renderer-page") });
  assert.deepEqual(await onPage.page.evaluate(() => window.__pageContexts), ["webgl2"]);
  assert.equal(onPage.page.workers().length, 0);
  await assertRendererReadyMark(onPage.page);

  const stats = pngstat("stats", shot("renderer-page"));
  assert.ok(stats.colors > 50, `the page's renderer drew nothing (${JSON.stringify(stats)})`);
  const changed = pngstat("diff", shot("renderer-worker"), shot("renderer-page")).changed_fraction;
  assert.ok(changed < 0.001, `the two renderers drew different pictures (${changed} of the pixels differ)`);
  for (const { problems } of [inWorker, onPage]) assert.deepEqual(problems.console, [], "console errors");
  await inWorker.context.close();
  await onPage.context.close();
});

// Safari 16: OffscreenCanvas, but no WebGL in workers. The worker gets the canvas before it can
// say so (its first message carries it), so the page then draws on a canvas of its own under
// the handed-over one, which stays on top, see-through, taking the app's input.
test("when the renderer's worker has no WebGL 2, the page draws the same picture under the canvas, and input still works", async () => {
  const reference = await openPage(WITHOUT_SERVICE_WORKER);
  await reference.page.goto(BASE + "#/program");
  await waitReady(reference.page);
  await settle(reference.page);
  await reference.page.screenshot({ path: shot("worker-without-webgl-reference") });

  const { context, page, problems } = await openPage(WITHOUT_SERVICE_WORKER);
  await page.addInitScript(recordPageContexts);
  await patchRenderer(context, (js) => 'if (typeof WorkerGlobalScope !== "undefined") delete self.WebGL2RenderingContext;\n' + js);
  await page.goto(BASE + "#/program");
  await waitReady(page);
  await settle(page);
  await page.screenshot({ path: shot("worker-without-webgl") });
  assert.deepEqual(await page.evaluate(() => window.__pageContexts), ["webgl2"]);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("canvas")].map((c) => c.id)), ["canvas-drawn", "canvas"]);
  assert.equal(await page.evaluate(() => document.elementFromPoint(720, 450).id), "canvas", "input goes to #canvas");
  const changed = pngstat("diff", shot("worker-without-webgl-reference"), shot("worker-without-webgl")).changed_fraction;
  assert.ok(changed < 0.001, `the page's picture differs from the worker's (${changed} of the pixels)`);

  await page.mouse.move(720, 600);
  await page.mouse.wheel(0, 800);
  await settle(page);
  await page.screenshot({ path: shot("worker-without-webgl-scrolled") });
  const scrolled = pngstat("diff", shot("worker-without-webgl"), shot("worker-without-webgl-scrolled")).changed_fraction;
  assert.ok(scrolled > 0.05, `the wheel did not scroll the page's picture (${scrolled})`);
  for (const { problems: seen } of [reference, { problems }]) assert.deepEqual(seen.console, [], "console errors");
  await reference.context.close();
  await context.close();
});

test("the service worker is registered only once the app shows its first frame", async () => {
  const { context, page } = await openPage(SIZES.laptop);
  // The page's state when it registers the worker (whose install downloads every file again).
  await page.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      window.__registeredWhile = document.documentElement.getAttribute("data-app-state");
      return register(...args);
    };
  });
  await page.goto(BASE);
  await waitReady(page);
  await page.waitForFunction(() => window.__registeredWhile !== undefined);
  assert.equal(await page.evaluate(() => window.__registeredWhile), "ready");
  await page.evaluate(() => navigator.serviceWorker.ready);  // and it still installs
  await context.close();
});

test("after one visit the app opens with no network (service worker)", async () => {
  const { context, page, problems } = await openPage(SIZES.laptop);
  await page.goto(BASE + "#/calculator");
  await waitReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
  });
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await settle(page);
  await page.screenshot({ path: shot("offline") });
  assert.ok(pngstat("stats", shot("offline")).colors > 200);
  await context.close();
  assert.deepEqual(problems.foreign, []);
});

test("the manifest makes the app installable: name, icons, standalone display", async () => {
  const res = await fetch(BASE + "manifest.webmanifest");
  const manifest = await res.json();
  assert.equal(manifest.display, "standalone");
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes("192x192") && sizes.includes("512x512"));
  for (const icon of manifest.icons) {
    const r = await fetch(BASE + icon.src);
    assert.equal(r.status, 200, icon.src);
  }
});

test("the page's favicons are PNGs of their declared sizes (an SVG one is parsed on the main thread mid-start-up)", async () => {
  const html = await (await fetch(BASE)).text();
  const links = [...html.matchAll(/<link rel="icon" href="([^"]+)" sizes="(\d+)x(\d+)" type="([^"]+)">/g)];
  assert.ok(links.length >= 1, "no sized favicon link");
  assert.equal((html.match(/<link rel="icon"/g) || []).length, links.length, "a favicon link without a size or type");
  for (const [, href, width, height, type] of links) {
    assert.equal(type, "image/png", href);
    const bytes = Buffer.from(await (await fetch(BASE + href)).arrayBuffer());
    assert.equal(bytes.subarray(1, 4).toString(), "PNG", `${href} is not a PNG`);
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [Number(width), Number(height)], href);
  }
});

test("the icon metrics the build wrote are what the browser measures (the page no longer measures icons)", async () => {
  // scripts/icon_metrics.py's output for this build: face ascent/descent, then a row a glyph.
  const inc = require("node:fs").readFileSync(
    require("node:path").join(__dirname, "..", "..", "build", "web-build", "embedded", "icon_metrics.inc"), "utf8");
  const face = inc.match(/kIconAscent = ([\d.]+), kIconDescent = ([\d.]+)/).slice(1).map(Number);
  const glyphs = [...inc.matchAll(/\{0x([0-9A-F]+), ([-\d.]+)f, ([-\d.]+)f?, ([-\d.]+)f?, ([-\d.]+)f?, ([-\d.]+)f?\}/g)]
    .map((m) => [parseInt(m[1], 16), ...m.slice(2).map(Number)]);
  assert.ok(glyphs.length >= 20, `only ${glyphs.length} icons read from icon_metrics.inc`);

  const { context, page } = await openPage(SIZES.laptop);
  await page.goto(BASE + "#/program");
  await waitReady(page);
  const measured = await page.evaluate(async (codePoints) => {
    const file = Module.aimengFaceFiles.find((f) => f.family === "aimeng-icons");
    const fontFace = new FontFace("icons-under-test", file.data.slice().buffer);
    document.fonts.add(fontFace);
    await fontFace.load();
    const ctx = new OffscreenCanvas(1, 1).getContext("2d");
    ctx.font = "400 100px icons-under-test";
    const h = ctx.measureText("H");
    return { face: [h.fontBoundingBoxAscent, h.fontBoundingBoxDescent], glyphs: codePoints.map((cp) => {
      const m = ctx.measureText(String.fromCodePoint(cp));
      return [cp, m.width, m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent, m.actualBoundingBoxDescent];
    }) };
  }, glyphs.map((g) => g[0]));
  assert.deepEqual(measured.face, face, "the face's ascent and descent");
  for (let i = 0; i < glyphs.length; i++) {
    const [cp, ...want] = glyphs[i], got = measured.glyphs[i].slice(1);
    assert.ok(Math.abs(got[0] - want[0]) < 0.01, `U+${cp.toString(16)} advance ${got[0]}, built ${want[0]}`);
    // The browser rounds an ink box outward to whole pixels; the atlas does too, with a margin.
    for (let k = 1; k < 5; k++)
      assert.ok(got[k] >= want[k] - 0.01 && got[k] - want[k] < 1, `U+${cp.toString(16)} ink ${got}, built ${want}`);
  }
  await context.close();
});

test("the compile warmer runs the whole start-up in its worker and measures the text faces' glyphs as the page would", async () => {
  const { context, page, problems } = await openPage(SIZES.laptop);
  await page.goto(BASE + "#/calculator");  // the warmer opens the page's screen too
  await waitReady(page);
  // The worker's replies can come after the first frame on a busy machine: the page then
  // measured them itself. Either way they come, for both text faces.
  await page.waitForFunction(() => window.aimengWarmUp && Object.keys(window.aimengMeasured || {}).length === 2, null, { timeout: 20000 });
  const warmUp = await page.evaluate(() => window.aimengWarmUp);
  assert.equal(warmUp.error, "", "the start-up stopped in the warmer");
  // main() and each step it posts through the first frame (platform/web/main_web.cpp).
  assert.ok(warmUp.tasks >= 10, `only ${warmUp.tasks} start-up steps ran in the warmer`);
  const compared = await page.evaluate(() => Object.values(window.aimengMeasured).map((ahead) => {
    const ctx = new OffscreenCanvas(1, 1).getContext("2d");
    ctx.font = ahead.font;
    const worst = [0, ""];
    ahead.glyphs.forEach((metrics, cp) => {
      const m = ctx.measureText(String.fromCodePoint(cp));
      const here = [m.width, m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent, m.actualBoundingBoxDescent];
      here.forEach((v, k) => {
        const off = Math.abs(v - metrics[k]);
        if (off > worst[0]) worst.splice(0, 2, off, `U+${cp.toString(16)} [${k}]`);
      });
    });
    return { font: ahead.font, glyphs: ahead.glyphs.size, worst,
             ascent: ctx.measureText("H").fontBoundingBoxAscent === ahead.fontBoundingBoxAscent };
  }));
  for (const face of compared) {
    assert.ok(face.glyphs >= 95, `${face.font}: ${face.glyphs} glyphs measured ahead`);
    assert.ok(face.worst[0] < 0.01, `${face.font}: the worker's ${face.worst[1]} is off by ${face.worst[0]}`);
    assert.ok(face.ascent, `${face.font}: the worker's ascent differs from the page's`);
  }
  assert.deepEqual(problems.console, [], "console errors");
  await context.close();
});
