// The web build's pack-content step (platform/web/pack_content.cpp, run in node) on a broken or
// hostile content.json: a located message and a failed build, never a hang or a silent pack.
const { test } = require("node:test");
const assert = require("node:assert");
const { spawnSync, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..", "..");
const tool = path.join(root, "build", "web-build", "pack-content.js");
const shipped = fs.readFileSync(path.join(root, "assets", "content.json"), "utf8");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "pack-content-"));

function pack(input) {
  const out = path.join(work, "out.pack");
  fs.rmSync(out, { force: true });
  const r = spawnSync(process.execPath, [tool, input, out], { encoding: "utf8", timeout: 20_000 });
  return { status: r.status, stderr: r.stderr, wrote: fs.existsSync(out) };
}

test("pack-content packs the shipped content and refuses broken files with where and why", () => {
  assert.deepEqual(pack(path.join(root, "assets", "content.json")), { status: 0, stderr: "", wrote: true });

  const cut = path.join(work, "cut.json");
  fs.writeFileSync(cut, shipped.slice(0, 9000));
  let r = pack(cut);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cut\.json:\d+:\d+: error: JSON syntax error/);  // a syntax error throws inside nlohmann
  assert.equal(r.wrote, false);

  const twice = path.join(work, "twice.json");
  fs.writeFileSync(twice, shipped.replace('"format_version": 1', '"format_version": 1, "format_version": 1'));
  r = pack(twice);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /twice\.json:\d+:\d+: \/format_version: error: this key is given twice/);

  r = pack("/dev/zero");
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/dev\/zero: is a device/);

  const fifo = path.join(work, "fifo");
  execFileSync("mkfifo", [fifo]);
  r = pack(fifo);  // node's open() would wait for a writer
  assert.equal(r.status, 1);
  assert.match(r.stderr, /fifo: is a FIFO/);
});
