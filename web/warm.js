// The compile warmer: a worker that runs the app's start-up once, beside the page's, so that the
// browser compiles the app's code here rather than on the page's main thread.
//
// Browsers compile a wasm function the first time it runs ("lazy" compilation), on the thread
// that runs it: with a phone's slower CPU, the start-up's thousand-odd functions cost the page
// some 200 ms of compiling, in its start-up tasks. A compiled module sent to a worker is the same
// module there, so what runs here first is compiled for the page too. This worker gets the module
// as soon as it is compiled (web/shell.js), instantiates it with stand-ins for the page's imports
// (below: no page, no storage, no renderer) and runs main() and the tasks it posts, which is the
// page's start-up through its first frame (platform/web/main_web.cpp), on the screen the page's
// address opens. It measures the text faces' glyphs for real on the way, as the page would, and
// hands them over (window.aimengMeasured), so the page need not. Then it stops. Nothing here
// changes the page's own instance: this one has its own memory, and the page runs whether or
// not this worker ever answers.
//
// The import names are Emscripten's minified ones for this build of app.js, filled in by
// scripts/finish-web-bundle.sh (scripts/wasm_imports.py).
(function () {
  "use strict";
  var NAMES = __WASM_IMPORTS__;
  var MAX_TASKS = 200;  // the start-up posts about a dozen; a loop would stop here

  self.onmessage = function (event) {
    var request = event.data, began = performance.now();
    var memory = null, exports = null, pending = 0, measureContext = null;
    var unsent = {};  // font -> what was measured since the last send (send)
    var heap = function (Type) { return new Type(memory.buffer); };
    var text = function (pointer) {
      var bytes = heap(Uint8Array), end = pointer;
      while (bytes[end]) end++;
      return new TextDecoder().decode(bytes.subarray(pointer, end));
    };
    var stop = function (what) { throw new Error(what); };
    var call = function (name, arg) { return exports[NAMES.exports[name]](arg); };
    // A string the app takes and frees (web::take), in its own heap.
    var allocate = function (value) {
      var bytes = new TextEncoder().encode(value), pointer = call("malloc", bytes.length + 1);
      heap(Uint8Array).set(bytes, pointer);
      heap(Uint8Array)[pointer + bytes.length] = 0;
      return pointer;
    };

    // What the start-up asks of the page, answered as the page would where it matters for the
    // code that runs (sizes, the date, measured glyphs), and otherwise with nothing.
    var standIns = {
      ___cxa_allocate_exception: function () { stop("exception"); },
      ___cxa_throw: function () { stop("exception"); },
      _abort: function () { stop("abort"); },
      _emscripten_get_device_pixel_ratio: function () { return request.ratio; },
      _emscripten_get_element_css_size: function (target, width, height) {
        var f64 = heap(Float64Array);
        f64[width >> 3] = request.width;
        f64[height >> 3] = request.height;
        return 0;
      },
      _emscripten_get_now: function () { return performance.now(); },
      _emscripten_resize_heap: function (size) {
        var grow = Math.ceil(((size >>> 0) - memory.buffer.byteLength) / 65536);
        try { if (grow > 0) memory.grow(grow); return 1; } catch (e) { return 0; }
      },
      _fd_write: function (fd, iov, count, written) {  // printf's output, dropped as written
        var u32 = heap(Uint32Array), total = 0;
        for (var i = 0; i < count; i++) total += u32[(iov >> 2) + i * 2 + 1];
        u32[written >> 2] = total;
        return 0;
      },
      _time: function () { return Math.floor(Date.now() / 1000); },
      js_today_from_clock: function () {
        var now = new Date();
        return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
      },
      js_current_hash: function () { return allocate(request.hash); },  // the screen the page opens
      js_mirror_wanted: function () { return 1; },  // the accessibility tree's code runs too
      js_first_picture_shown: function () { return 1; },
      js_post_task: function () { pending++; },
      js_measure_face: measureFace,
    };

    // platform/web/browser_font_atlas.cpp's js_measure_face, measuring each glyph of `font` at
    // the page's reference size; what it measured goes to the page.
    function measureFace(fontName, codePoints, count, out) {
      var font = text(fontName), i32 = heap(Int32Array);
      var points = new Int32Array(i32.subarray(codePoints >> 2, (codePoints >> 2) + count));
      var metrics = new Float32Array(count * 5), ascent = 97, descent = 24;  // without a canvas: Inter's
      if (!measureContext && typeof OffscreenCanvas === "function") measureContext = new OffscreenCanvas(1, 1).getContext("2d");
      if (measureContext) {
        measureContext.font = font;
        var h = measureContext.measureText("H");
        for (var i = 0; i < count; i++) {
          var m = measureContext.measureText(String.fromCodePoint(points[i]));
          metrics.set([m.width, m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent,
                       m.actualBoundingBoxDescent], i * 5);
        }
        var face = unsent[font] || (unsent[font] = { font: font, fontBoundingBoxAscent: h.fontBoundingBoxAscent,
                                                      fontBoundingBoxDescent: h.fontBoundingBoxDescent,
                                                      codePoints: [], metrics: [] });
        face.codePoints.push.apply(face.codePoints, points);
        face.metrics.push.apply(face.metrics, metrics);
        ascent = h.fontBoundingBoxAscent > 0 ? h.fontBoundingBoxAscent : ascent;
        descent = h.fontBoundingBoxDescent >= 0 ? h.fontBoundingBoxDescent : descent;
      }
      var f32 = heap(Float32Array);
      f32[out >> 2] = ascent;
      f32[(out >> 2) + 1] = descent;
      f32.set(metrics, (out >> 2) + 2);
    }

    // The glyphs measured since the last send, a message a face. Sent after each start-up step,
    // not each measuring call (a few glyphs): every message is a task on the page's busy thread.
    function send() {
      Object.keys(unsent).forEach(function (font) {
        var face = unsent[font];
        face.codePoints = new Int32Array(face.codePoints);
        face.metrics = new Float32Array(face.metrics);
        self.postMessage({ measured: face }, [face.codePoints.buffer, face.metrics.buffer]);
      });
      unsent = {};
    }

    var imports = {};
    Object.keys(NAMES.imports).forEach(function (key) {
      imports[key] = standIns[NAMES.imports[key]] || function () { return 0; };
    });
    WebAssembly.instantiate(request.module, { a: imports }).then(function (instance) {
      var tasks = 0, error = "";
      exports = instance.exports;
      memory = exports[NAMES.memory];
      try {
        call("__wasm_call_ctors");
        call("main");
        for (; pending > 0 && tasks < MAX_TASKS; tasks++) {
          pending--;
          call("aimeng_run_task");
          send();
        }
      } catch (e) {
        error = String((e && e.message) || e);
      }
      send();
      self.postMessage({ warmed: { ms: Math.round(performance.now() - began), tasks: tasks, error: error } });
      self.close();
    }, function (e) {
      self.postMessage({ warmed: { ms: 0, tasks: 0, error: String((e && e.message) || e) } });
      self.close();
    });
  };
})();
