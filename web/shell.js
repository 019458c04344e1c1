//# allFunctionsCalledOnLoad
// (V8's hint, which must be the first line: compile every function as the script streams in, on
// a background thread, not at its first call on the page's thread.)
// The page's loader: checks WebGL 2, streams and compiles the wasm while it downloads
// (showing real byte counts), starts the renderer and the compile warmer, hands over to the
// canvas on the first frame, and shows a readable error instead of a blank page when anything fails.
//
// It is loaded async from the page's head, so it runs as soon as it arrives, often before the
// page has been parsed: the wasm's download and streaming compile start at once, and
// everything that touches the page waits for DOMContentLoaded (whenPageParsed).
(function () {
  "use strict";
  // Filled in by scripts/finish-web-bundle.sh ("dev" when served straight from web/).
  var version = "__VERSION__".indexOf("__") === 0 ? "dev" : "__VERSION__";
  var info = { version: version, wasmBytes: Number("__WASM_BYTES__") || 0 };
  var failed = false;

  function formatBytes(n) {
    return n >= 1048576 ? (n / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(n / 1024)) + " KB";
  }

  function progress(loaded, total) {
    var fill = document.getElementById("bar-fill");
    var text = document.getElementById("loading-text");
    if (!fill || !text) return;  // the page is not parsed yet; the next chunk updates it
    var pct = total > 0 ? Math.min(100, (loaded / total) * 100) : 0;
    fill.style.transform = "scaleX(" + (pct / 100).toFixed(3) + ")";
    text.textContent = total > 0 ? "Loading " + formatBytes(loaded) + " of " + formatBytes(total) : "Loading " + formatBytes(loaded);
  }

  function whenPageParsed(run) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
    else run();
  }

  var shell = (window.aimengShell = {
    fail: function (message) {
      if (failed) return;
      failed = true;
      document.documentElement.setAttribute("data-app-state", "error");
      document.getElementById("loading").hidden = true;
      document.getElementById("error-text").textContent = String(message || "An unknown error occurred.");
      document.getElementById("error").hidden = false;
    },
    onAppState: function (state) {
      if (state === "ready") document.getElementById("loading-text").textContent = "";
    },
    // Clipboard fallback for browsers without the async clipboard API.
    copyFallback: function (value) {
      var area = document.createElement("textarea");
      area.value = value;
      area.setAttribute("readonly", "");
      area.className = "offscreen";
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
      area.remove();
    },
  });

  // --- what this visit shows -------------------------------------------------------------------
  var TEXT_MODE_KEY = "aimeng-explorer.text-mode";
  var prefersText = false;
  try { prefersText = window.localStorage.getItem(TEXT_MODE_KEY) === "1"; } catch (e) { /* storage blocked */ }
  var startup = "app";
  if (prefersText) startup = "text-chosen";
  // Asked with `in`: reading the interface makes the browser build it, hundreds of methods and
  // constants (10-20 ms at a slow phone's speed), for a page whose WebGL runs in a worker.
  else if (!("WebGL2RenderingContext" in window)) startup = "no-webgl";
  else if (typeof WebAssembly !== "object") startup = "no-wasm";

  // Shows the wasm's download on the bar from a copy of its response, so the browser compiles
  // the bytes as they arrive without each chunk first passing through this page's scripts (at a
  // slow phone's speed that relay alone held the compile back by tens of milliseconds).
  function countDownload(response) {
    if (!response.body) return;
    var total = info.wasmBytes || Number(response.headers.get("Content-Length")) || 0;
    var loaded = 0;
    var reader = response.body.getReader();
    function next() {
      reader.read().then(function (chunk) {
        if (chunk.done) return progress(total || loaded, total || loaded);
        loaded += chunk.value.byteLength;
        progress(loaded, total);
        next();
      }, function () { /* the compile reports the failure */ });
    }
    next();
  }

  // The compile warmer (web/warm.js) runs the app's start-up in a worker as soon as the wasm is
  // compiled, so the browser compiles the app's code there, and measures the text faces' glyphs
  // for the page (platform/web/browser_font_atlas.cpp takes them from window.aimengMeasured).
  // Started now, so the worker is up by then. The page does not wait for it.
  //
  // window.aimengMeasured[font]: the face's ascent and descent, and its glyphs' metrics by code
  // point, gathered from the warmer's messages (a batch of newly measured glyphs each).
  function takeMeasured(batch) {
    var faces = window.aimengMeasured || (window.aimengMeasured = {});
    var face = faces[batch.font] || (faces[batch.font] = {
      font: batch.font, fontBoundingBoxAscent: batch.fontBoundingBoxAscent,
      fontBoundingBoxDescent: batch.fontBoundingBoxDescent, glyphs: new Map() });
    for (var i = 0; i < batch.codePoints.length; i++) face.glyphs.set(batch.codePoints[i], batch.metrics.subarray(i * 5, i * 5 + 5));
  }
  var warmer = null;
  if (startup === "app" && typeof Worker === "function") {
    try { warmer = new Worker("warm.js?v=" + encodeURIComponent(info.version)); } catch (e) { warmer = null; }
  }
  if (warmer) {
    warmer.onmessage = function (event) {
      var reply = event.data;
      if (reply.measured) takeMeasured(reply.measured);
      if (reply.warmed) window.aimengWarmUp = reply.warmed;
    };
    warmer.onerror = function (event) {  // its script blocked or broken: the page compiles as it goes
      event.preventDefault();
      window.aimengWarmUp = { ms: 0, tasks: 0, error: event.message || "the compile warmer did not start" };
    };
  }

  // Download and compile the wasm now, while the page is still being parsed.
  var compiled = null;
  if (startup === "app") {
    compiled = fetch("app.wasm?v=" + encodeURIComponent(info.version), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("Could not download app.wasm (HTTP " + response.status + ").");
        countDownload(response.clone());
        // Streaming needs the server's type for wasm; a server without it still gets the app.
        var typed = /^application\/wasm\b/i.test(response.headers.get("Content-Type") || "");
        return WebAssembly.compileStreaming && typed
          ? WebAssembly.compileStreaming(response)
          : response.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
      });
    compiled.catch(function () { /* reported when the app asks for it (instantiateWasm) */ });
    if (warmer) compiled.then(function (module) {
      var hash = window.location.hash.charAt(0) === "#" ? window.location.hash.substring(1) : "";
      warmer.postMessage({ module: module, width: window.innerWidth, height: window.innerHeight,
                           ratio: pixelRatio(), hash: hash });
    }, function () { warmer.terminate(); });
  }

  // --- the renderer -----------------------------------------------------------------------------
  // web/render.js draws the app's frames. Where the browser can, it runs in a worker that owns the
  // canvas: creating a WebGL context waits for the GPU process (hundreds of milliseconds on a slow
  // phone or a software renderer), and so do the shaders' compile and any question asked of the
  // GPU; none of that then blocks this page. Elsewhere it runs on the page. The worker starts at
  // once, beside the wasm's download, and gets the canvas as soon as the page is parsed; until the
  // renderer says it can draw, the newest font and frame wait.
  var renderer = (shell.renderer = { waiting: {}, post: null });
  renderer.send = function (message, transfer) {
    if (renderer.post) renderer.post(message, transfer);
    else renderer.waiting[message.font ? "font" : "frame"] = { message: message, transfer: transfer };
  };
  function rendererReady(post) {
    renderer.post = post;
    ["font", "frame"].forEach(function (kind) {
      var w = renderer.waiting[kind];
      if (w) post(w.message, w.transfer);
    });
    renderer.waiting = {};
  }
  // A start-up mark on the page's timeline (bench/web_ready.cjs reads them), now or at startTime.
  function mark(name, startTime) {
    try { performance.mark("aimeng:" + name, startTime === undefined ? undefined : { startTime: startTime }); } catch (e) { /* no User Timing */ }
  }
  function fromRenderer(reply) {
    if (reply.contextBuilt) {
      // When the renderer could first draw: the first picture needs this and the app's first
      // frame, each on its own thread (bench/web_ready.cjs reports both).
      mark("renderer-ready", reply.contextBuilt - performance.timeOrigin);
    } else if (reply.drawn) {
      window.aimengPicturesDrawn = reply.drawn;
      if (reply.drawn !== 1 || failed) return;
      mark("frame-drawn");
      document.documentElement.setAttribute("data-app-state", "ready");
      shell.onAppState("ready");
    } else if (reply.failed === "no-webgl") {
      failed = true;
      shell.noWebGL();
    } else if (reply.failed) {
      shell.fail(reply.failed);
    }
  }
  // A size in CSS pixels in the screen's pixels, as the canvas's drawing buffer is sized (the
  // final size, so that buffer is allocated once).
  function pixelRatio() { return Math.max(1, window.devicePixelRatio || 1); }
  function devicePixels(cssWidth, cssHeight) {
    var ratio = pixelRatio();
    return { width: Math.max(1, Math.round(cssWidth * ratio)), height: Math.max(1, Math.round(cssHeight * ratio)) };
  }
  function canvasPixels(canvas) {
    var box = canvas.getBoundingClientRect();
    return devicePixels(box.width, box.height);
  }
  // The same from the window's size, without the page's layout that asking the canvas would force
  // this early (50 ms at a slow phone's speed, in the shell's first task). They differ only by a
  // notch's safe areas, and then the first frame sets the canvas's size.
  function windowPixels() { return devicePixels(window.innerWidth, window.innerHeight); }
  var rendererUrl = "render.js?v=" + encodeURIComponent(info.version);
  function renderOnPage(canvas) {
    var script = document.createElement("script");
    script.src = rendererUrl;
    script.onerror = function () { shell.fail("Could not download render.js."); };
    script.onload = function () {
      var size = canvasPixels(document.getElementById("canvas"));
      canvas.width = size.width;
      canvas.height = size.height;
      var receive = window.aimengRenderer(canvas, fromRenderer);
      rendererReady(function (message) { receive(message); });
    };
    document.body.appendChild(script);
  }
  // A canvas for the page to draw on after #canvas went to a worker that then could not draw
  // (Safari 16 has OffscreenCanvas without WebGL in workers). It goes under #canvas, which keeps
  // the app's input listeners and turns see-through (style.css: #canvas-drawn ~ #canvas).
  function canvasUnderTransferred() {
    var canvas = document.getElementById("canvas"), under = document.createElement("canvas");
    under.id = "canvas-drawn";
    under.setAttribute("aria-hidden", "true");
    canvas.parentNode.insertBefore(under, canvas);
    return under;
  }
  function renderInWorker() {
    var worker = null, state = "starting";  // then "transferred", "drawing" or "on page"
    if (typeof Worker === "function" && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === "function") {
      try { worker = new Worker(rendererUrl); } catch (e) { worker = null; }
    }
    if (!worker) return whenPageParsed(function () { renderOnPage(document.getElementById("canvas")); });
    function drawOnPage() {
      worker.terminate();
      var transferred = state === "transferred";
      state = "on page";
      whenPageParsed(function () { renderOnPage(transferred ? canvasUnderTransferred() : document.getElementById("canvas")); });
    }
    // The canvas goes with the worker's first message, queued while the worker starts: its WebGL
    // context, the slowest step of the first picture, then starts as soon as the worker can.
    whenPageParsed(function () {
      if (state !== "starting") return;
      var canvas = document.getElementById("canvas"), size = windowPixels();
      var offscreen = canvas.transferControlToOffscreen();
      state = "transferred";
      worker.postMessage({ canvas: offscreen, width: size.width, height: size.height }, [offscreen]);
    });
    worker.onmessage = function (event) {
      var reply = event.data;
      if (!("webgl2" in reply)) return fromRenderer(reply);
      if (!reply.webgl2) return drawOnPage();
      state = "drawing";
      rendererReady(function (message, transfer) { worker.postMessage(message, transfer); });
    };
    worker.onerror = function (event) {
      event.preventDefault();
      if (state === "drawing") shell.fail("The renderer stopped: " + (event.message || "unknown error"));
      else if (state !== "on page") drawOnPage();  // the worker could not start (its script blocked, say)
    };
  }
  if (startup === "app") renderInWorker();

  whenPageParsed(function () {
    // --- text version ---------------------------------------------------------------------------
    function remember(key, value) {
      try {
        if (value) window.localStorage.setItem(key, value);
        else window.localStorage.removeItem(key);
      } catch (e) { /* storage blocked: the choice lasts for this visit only */ }
    }
    function showTextVersion(note) {
      document.documentElement.classList.add("text-mode");
      document.documentElement.setAttribute("data-app-state", "text");
      if (note) document.getElementById("text-version-note").firstChild.textContent = note + " ";
      window.scrollTo(0, 0);
    }
    document.getElementById("text-toggle").addEventListener("click", function () {
      remember(TEXT_MODE_KEY, "1");
      showTextVersion("This is the text version of AI MEng Explorer.");
    });
    document.getElementById("text-back").addEventListener("click", function () {
      remember(TEXT_MODE_KEY, null);
      window.location.reload();
    });
    document.getElementById("error-text-version").addEventListener("click", function () {
      document.getElementById("error").hidden = true;
      showTextVersion("The interactive explorer could not start here; this is its text version.");
    });
    shell.showTextVersion = showTextVersion;
    shell.noWebGL = function () {
      showTextVersion("This browser or device could not start WebGL 2, which the interactive explorer needs, so here is its text version.");
    };

    // --- offline and updates ----------------------------------------------------------------------
    function offerUpdate(worker) {
      var banner = document.getElementById("update");
      banner.hidden = false;
      document.getElementById("update-reload").onclick = function () { worker.postMessage({ type: "take-over" }); };
    }
    // The worker's install downloads every file of the app again (the wasm among them) to keep
    // it for offline use; registered at once, that competes with the page's own downloads on a
    // slow connection. So it waits until the page has settled: the app's first frame, the text
    // version, or an error.
    function whenSettled(then) {
      var root = document.documentElement;
      var settled = function () { return root.getAttribute("data-app-state") !== "loading"; };
      if (settled()) { then(); return; }
      var watcher = new MutationObserver(function () {
        if (!settled()) return;
        watcher.disconnect();
        then();
      });
      watcher.observe(root, { attributes: true, attributeFilter: ["data-app-state"] });
    }
    if ("serviceWorker" in navigator && /^https?:$/.test(window.location.protocol)) whenSettled(function () {
      var reloading = false;
      navigator.serviceWorker.addEventListener("controllerchange", function () {
        if (reloading || !shell.updateOffered) return;
        reloading = true;
        window.location.reload();
      });
      navigator.serviceWorker.register("sw.js").then(function (registration) {
        if (!registration) return;  // registration refused without an error (a test harness's block)
        var watch = function (worker) {
          worker.addEventListener("statechange", function () {
            // A worker installed while another controls the page is a new version.
            if (worker.state === "installed" && navigator.serviceWorker.controller) {
              shell.updateOffered = true;
              offerUpdate(worker);
            }
          });
        };
        if (registration.waiting && navigator.serviceWorker.controller) {
          shell.updateOffered = true;
          offerUpdate(registration.waiting);
        }
        if (registration.installing) watch(registration.installing);
        registration.addEventListener("updatefound", function () { watch(registration.installing); });
      }).catch(function (e) { console.warn("offline support unavailable: " + e.message); });
    });

    document.getElementById("reload").addEventListener("click", function () { window.location.reload(); });
    window.addEventListener("error", function (e) { shell.fail(e.message || "A script failed to load."); });
    window.addEventListener("unhandledrejection", function (e) {
      shell.fail((e.reason && e.reason.message) || String(e.reason));
    });

    if (startup === "text-chosen") {
      showTextVersion("This is the text version of AI MEng Explorer.");
      return;
    }
    if (startup === "no-webgl") {
      showTextVersion("This browser or device does not offer WebGL 2, which the interactive explorer needs, so here is its text version.");
      return;
    }
    if (startup === "no-wasm") {
      shell.fail("This browser does not support WebAssembly.");
      return;
    }

    window.Module = {
      canvas: document.getElementById("canvas"),
      print: function () {},
      printErr: function (message) { console.warn(message); },
      onAbort: function (what) { shell.fail("The app stopped: " + what); },
      instantiateWasm: function (imports, done) {
        compiled
          .then(function (module) {
            return WebAssembly.instantiate(module, imports).then(function (instance) { done(instance, module); });
          })
          .catch(function (e) { shell.fail(e.message || String(e)); });
        return {};
      },
    };

    var script = document.createElement("script");
    script.src = "app.js?v=" + encodeURIComponent(info.version);
    script.onerror = function () { shell.fail("Could not download app.js."); };
    document.body.appendChild(script);

  });
})();
