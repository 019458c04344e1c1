// The live app as a screen reader and a keyboard meet it: Chromium's own accessibility tree
// (CDP Accessibility.getFullAXTree) built from the mirror of the app's tree, axe-core run in
// the page, and a visit with the keyboard alone that gets an estimate and hears it.
//   AIMENG_WEB_URL=http://127.0.0.1:8080/ node --test tests/browser/
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const { BASE, launch, openPage, waitReady, settle, SIZES } = require("./browser.cjs");

const NATIVE = process.env.AIMENG_NATIVE_BIN || path.join(__dirname, "..", "..", "build", "native", "aimeng-explorer");
const AXE = require.resolve("axe-core/axe.min.js");
const INTERACTIVE = new Set(["button", "link", "checkbox", "radio", "textbox", "spinbutton", "combobox", "tab", "searchbox"]);
const TODAY = "?today=2026-12-02";

let browser;
before(async () => { browser = await launch(["--force-renderer-accessibility"]); });
after(async () => { if (browser) await browser.close(); });

async function open(size, route) {
  const opened = await openPage({ ...SIZES[size], bypassCSP: true }, browser);
  await opened.page.goto(BASE + TODAY + "#" + route);
  await waitReady(opened.page);
  await settle(opened.page);
  await waitForMirror(opened.page);
  return opened;
}

// The mirror is filled on the animation frame after the first picture and again as the rest
// of the page is laid out: wait until its node count stops changing.
async function waitForMirror(page) {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const n = await page.evaluate(() => (window.aimengMirror ? window.aimengMirror.stats.nodes : 0));
    if (n > 0 && n === last) return;
    last = n;
    await page.waitForTimeout(250);
  }
}

// Chromium's tree as a flat list in document order: role, name, value, depth, properties.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const out = [];
  const walk = (n, depth) => {
    if (!n) return;
    if (!n.ignored) {
      const props = Object.fromEntries((n.properties || []).map((p) => [p.name, p.value && p.value.value]));
      out.push({ role: n.role && n.role.value, name: (n.name && n.name.value) || "", value: n.value && n.value.value,
                 depth, props, backendId: n.backendDOMNodeId });
    }
    for (const c of n.childIds || []) walk(byId.get(c), n.ignored ? depth : depth + 1);
  };
  walk(nodes[0], 0);
  return out;
}

const SCREENS = ["/program", "/students", "/students/shyamal-anadkat", "/calculator?path=16m1&start=2028"];

for (const size of ["laptop", "phone"]) {
  for (const route of SCREENS) {
    test(`${size} ${route}: landmarks, headings in order, every control named, values exposed`, async () => {
      const { context, page, problems } = await open(size, route);
      const tree = await axTree(page);
      const roles = tree.map((n) => n.role);
      for (const landmark of ["banner", "navigation", "main"]) assert.ok(roles.includes(landmark), `no ${landmark}`);
      assert.equal(roles.filter((r) => r === "main").length, 1, "one main landmark (the text version is not read twice)");
      const headings = tree.filter((n) => n.role === "heading");
      assert.ok(headings.length >= 1, "no headings");
      assert.equal(headings[0].props.level, 1, `the first heading is not level 1: ${headings[0].name}`);
      assert.equal(headings.filter((h) => h.props.level === 1).length, 1, "exactly one level-1 heading");
      for (let i = 1; i < headings.length; i++)
        assert.ok(headings[i].props.level <= headings[i - 1].props.level + 1,
                  `heading levels skip: "${headings[i - 1].name}" then "${headings[i].name}"`);
      const controls = tree.filter((n) => INTERACTIVE.has(n.role));
      assert.ok(controls.length >= 5, `only ${controls.length} controls`);
      for (const c of controls) assert.ok(c.name.trim() !== "", `a ${c.role} without a name`);
      if (route.startsWith("/calculator")) {
        const start = tree.find((n) => n.role === "spinbutton" && n.name.startsWith("First fall"));
        assert.ok(start, "no First fall field");
        assert.equal(String(start.value), "2028");
        const path16 = tree.find((n) => n.role === "radio" && n.name === "16 months, 1 last course");
        assert.equal(path16 && path16.props.checked, "true");
        assert.ok(tree.some((n) => n.role === "image" && n.name.startsWith("Bar chart of each term's cost")));
      }
      if (route === "/program") {
        const h2 = headings.filter((h) => h.props.level === 2).map((h) => h.name);
        assert.ok(h2.includes("Curriculum") && h2.includes("Sources"), "sections below the window are in the tree");
        assert.ok(tree.some((n) => n.role === "columnheader" && n.name === "Course"), "the course table's headers");
      }
      assert.deepEqual(problems.console, [], "console errors");
      await context.close();
    });
  }
}

test("axe-core finds no WCAG 2.1 A or AA violation on any screen", async () => {
  const source = fs.readFileSync(AXE, "utf8");
  for (const size of ["laptop", "phone"]) {
    for (const route of SCREENS) {
      const { context, page } = await open(size, route);
      await page.evaluate(source);
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0].target.join(" ")})`);
      assert.deepEqual(found, [], `${size} ${route}`);
      await context.close();
    }
  }
});

// Tab until the focused element's accessible name starts with `name` (no mouse, no script clicks).
async function tabTo(page, name, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return e ? (e.getAttribute("aria-label") || e.textContent || "").trim() : "";
    });
    if (focused.startsWith(name)) return focused;
  }
  throw new Error(`Tab never reached "${name}"`);
}

// The last message about `key` once no newer one has come for two seconds (polite messages
// wait until typing stops; the app announces each estimate once).
async function settledAnnouncement(page, key) {
  let last = null, quiet = 0;
  for (let i = 0; i < 120 && quiet < 8; i++) {
    const said = await page.evaluate((k) => (window.aimengAnnounced || []).filter((a) => a.key === k).map((a) => a.text), key);
    const now = said[said.length - 1] || null;
    quiet = now && now === last ? quiet + 1 : 0;
    last = now;
    await page.waitForTimeout(250);
  }
  return last;
}

test("keyboard only: from the page load to an estimate, announced as --calc computes it", async () => {
  const { context, page } = await openPage(SIZES.laptop, browser);
  await page.goto(BASE + TODAY);
  await waitReady(page);
  await waitForMirror(page);
  await tabTo(page, "Cost & timeline");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.location.hash.startsWith("#/calculator"), null, { timeout: 20_000 });
  await waitForMirror(page);
  const first = await settledAnnouncement(page, "estimate");
  assert.ok(first && first.startsWith("Estimated net cost $"), `no estimate announced: ${first}`);

  await tabTo(page, "12 months");  // the path's radio group; arrows choose within it
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => window.location.hash.includes("path=16m2"), null, { timeout: 20_000 });
  await tabTo(page, "First fall");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2028");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.location.hash.includes("start=2028"), null, { timeout: 20_000 });
  await tabTo(page, "Diversity scholarships");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.location.hash.includes("aid=tuition:50"), null, { timeout: 20_000 });
  const said = await settledAnnouncement(page, "estimate");
  assert.ok(said && said !== first, "the new estimate was not announced");
  assert.equal(await page.evaluate(() => document.getElementById("a11y-status").textContent), said);

  const route = decodeURIComponent(await page.evaluate(() => window.location.hash.slice(1)));
  const csv = execFileSync(NATIVE, ["--calc", route, "--today", "2026-12-02"]).toString().trim().split("\n");
  const net = csv.find((l) => l.startsWith("TOTAL,") && l.split(",")[3] === "net").split(",");
  const dollars = "$" + Math.round(Number(net[5])).toLocaleString("en-US");
  const [year, month] = net[2].split("-").map(Number);
  const graduation = new Date(Date.UTC(year, month - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
  assert.ok(said.includes(`Estimated net cost ${dollars},`), `announced "${said}", --calc says ${dollars}`);
  assert.ok(said.includes(`Graduate ${graduation} ${year}`), `announced "${said}", --calc ends ${net[2]}`);
  await context.close();
});

test("walking the mirror with Tab keeps each focused item on screen, with ImGui's focus on it", async () => {
  for (const size of ["laptop", "phone"]) {
    const { context, page } = await open(size, "/calculator");
    const viewport = page.viewportSize();
    let checked = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement && document.activeElement.dataset.id);
      if (!id) continue;  // the page's own "Text version" button
      // The app scrolls the item into view and reports its new place in the mirror.
      await page.waitForFunction((i) => {
        const el = document.querySelector(`#a11y-mirror [data-id="${i}"]`);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.top >= -1 && r.bottom <= window.innerHeight + 1 && el.dataset.focusedByApp === "1";
      }, id, { timeout: 10_000 }).catch(() => {});
      const box = await page.evaluate((i) => {
        const el = document.querySelector(`#a11y-mirror [data-id="${i}"]`);
        if (!el) return { top: 0, bottom: 0, name: "gone " + i + " focus now on " + (document.activeElement && document.activeElement.outerHTML.slice(0, 200)) };
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, name: el.getAttribute("aria-label") || el.textContent };
      }, id);
      assert.ok(!box.name.startsWith("gone "), box.name);
      assert.ok(box.top >= -1 && box.bottom <= viewport.height + 1, `${size}: "${box.name}" is off screen when focused`);
      checked++;
    }
    assert.ok(checked >= 40, `${size}: only ${checked} focusable items`);
    await context.close();
  }
});
