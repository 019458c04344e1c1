// What the web server sends, as a production host must: run against scripts/serve_web.py and,
// in scripts/test.sh, against nginx with platform/nginx/ under /explorer/.
//   AIMENG_WEB_URL=http://127.0.0.1:8080/ node --test tests/browser/server.test.cjs
const test = require("node:test");
const assert = require("node:assert/strict");
const { BASE } = require("./browser.cjs");

const IMMUTABLE = "public, max-age=31536000, immutable";

async function get(name, encoding = "identity") {
  const res = await fetch(new URL(name, BASE), { headers: { "Accept-Encoding": encoding } });
  // Node's fetch decodes the body, so the encoding is read from the header and bodies compare decoded.
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

async function pageVersion() {
  const { body } = await get("index.html");
  const match = /app\.wasm\?v=([0-9a-f]+)/.exec(body.toString());
  assert.ok(match, "index.html preloads app.wasm?v=VERSION");
  return { html: body.toString(), version: match[1] };
}

test("versioned files are sent pre-compressed, with their type, Vary and a year's immutable caching", async () => {
  const { version } = await pageVersion();
  for (const [name, type] of [[`app.wasm?v=${version}`, "application/wasm"], [`app.js?v=${version}`, "javascript"]]) {
    const plain = await get(name);
    assert.equal(plain.res.status, 200, name);
    assert.equal(plain.res.headers.get("content-encoding"), null, `${name} without Accept-Encoding is sent as is`);
    for (const [encoding, header] of [["br", "br"], ["gzip", "gzip"]]) {
      const packed = await get(name, encoding);
      assert.equal(packed.res.headers.get("content-encoding"), header, `${name} for Accept-Encoding: ${encoding}`);
      assert.ok(packed.body.equals(plain.body), `${name} (${encoding}) decodes to the same bytes`);
      assert.match(packed.res.headers.get("vary") || "", /Accept-Encoding/i, `${name} (${encoding}) Vary`);
    }
    assert.ok(plain.res.headers.get("content-type").includes(type), `${name} type ${plain.res.headers.get("content-type")}`);
    assert.equal(plain.res.headers.get("cache-control"), IMMUTABLE, `${name} caching`);
    assert.equal(plain.res.headers.get("x-content-type-options"), "nosniff", name);
  }
  // The wasm is the bulk of the bundle: brotli must be what a browser gets.
  const br = await fetch(new URL(`app.wasm?v=${version}`, BASE), { headers: { "Accept-Encoding": "gzip, deflate, br" } });
  assert.equal(br.headers.get("content-encoding"), "br");
});

test("the page, the shell, the service worker and the manifest are asked for again each visit", async () => {
  for (const [name, type] of [["", "text/html"], ["index.html", "text/html"], ["shell.js", "javascript"],
                              ["sw.js", "javascript"], ["style.css", "text/css"],
                              ["manifest.webmanifest", "application/manifest+json"]]) {
    const { res } = await get(name, "br, gzip");
    assert.equal(res.status, 200, name || "the folder");
    assert.equal(res.headers.get("cache-control"), "no-cache", `${name || "the folder"} caching`);
    assert.ok(res.headers.get("content-type").includes(type), `${name}: ${res.headers.get("content-type")}`);
  }
  const { res } = await get("icon-192.png");
  assert.equal(res.headers.get("content-type"), "image/png");
  assert.equal(res.headers.get("cache-control"), IMMUTABLE);
});

test("the Content-Security-Policy header is the page's own <meta> policy", async () => {
  const { html } = await pageVersion();
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  assert.ok(meta, "the page declares its policy");
  for (const name of ["", "sw.js"]) {
    const { res } = await get(name);
    assert.equal(res.headers.get("content-security-policy"), meta[1], `${name || "the page"}'s header`);
  }
});

test("missing files and paths out of the bundle are 404s, and the manifest stays inside the bundle's folder", async () => {
  for (const name of ["no-such-file.js", "../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "app.wasm.missing"]) {
    const res = await fetch(BASE + name);
    assert.equal(res.status, 404, name);
  }
  const { body } = await get("manifest.webmanifest");
  const manifest = JSON.parse(body.toString());
  const manifestUrl = new URL("manifest.webmanifest", BASE);
  const base = new URL(BASE);
  for (const key of ["start_url", "scope"])
    assert.ok(new URL(manifest[key], manifestUrl).pathname.startsWith(base.pathname), `${key} stays under ${base.pathname}`);
});

test("the page's scripts open with V8's compile hint, so they compile as they stream in, off the page's thread", async () => {
  const { version } = await pageVersion();
  for (const name of [`app.js?v=${version}`, "shell.js"]) {
    for (const encoding of ["identity", "br"]) {
      const { body } = await get(name, encoding);
      assert.equal(body.toString().split("\n")[0], "//# allFunctionsCalledOnLoad", `${name} (${encoding})`);
    }
  }
});
