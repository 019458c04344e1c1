// The app's WebGL 2 renderer: draws the frames that src/ui/draw_packet.cpp packs from ImGui's
// draw data. It runs in a worker that owns the canvas (an OffscreenCanvas), so the
// context's creation, the shaders' compile and every call that waits for the GPU process stay
// off the page's main thread; where a browser cannot draw WebGL 2 in a worker, shell.js runs
// this same file on the page (aimengRenderer) and sends it the same messages.
//
// Messages in: {canvas, width, height} first (a worker only), then {font: {width, height,
// pixels, glyphs, faces}} and {frame: ArrayBuffer} in any order; a frame waits for the font.
// The font's glyphs are drawn here, with the browser's text renderer (platform/web/
// browser_font_atlas.cpp measured and placed them): runs of {font, text, pens, above, below},
// a glyph a character at its pen (x, y texels) reaching at most `above` texels above it and
// `below` below, with `faces` ({family, data}) the font files they name.
// Messages out: {webgl2: whether this worker can draw} in answer to the canvas (a worker only),
// {contextBuilt: when its WebGL context and shaders were ready, in ms since the epoch
// (performance.timeOrigin + now: the page's clock, in a worker too)}, {drawn: n} after the n-th
// frame's draw calls, {failed: "no-webgl"} or {failed: message}.
(function (scope) {
  "use strict";

  var VERTEX_SHADER = [
    "#version 300 es",
    "layout(location = 0) in vec2 a_position;",
    "layout(location = 1) in vec2 a_uv;",
    "layout(location = 2) in vec4 a_color;",
    "uniform vec4 u_transform;  // xy: scale, zw: offset, from ImGui's points to clip space",
    "out vec2 v_uv;",
    "out vec4 v_color;",
    "void main() {",
    "  v_uv = a_uv;",
    "  v_color = a_color;",
    "  gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);",
    "}",
  ].join("\n");

  // The web's one texture is the font atlas: coverage only, one byte per texel (red), drawn as
  // white with that alpha.
  var FRAGMENT_SHADER = [
    "#version 300 es",
    "precision highp float;  // texture coordinates stay exact in atlases 2048 texels wide",
    "uniform sampler2D u_texture;",
    "in vec2 v_uv;",
    "in vec4 v_color;",
    "out vec4 o_color;",
    "void main() {",
    "  o_color = v_color * vec4(1.0, 1.0, 1.0, texture(u_texture, v_uv).r);",
    "}",
  ].join("\n");

  // The frame's layout, in 32-bit words, as src/ui/draw_packet.hpp describes it (the sizes below
  // are its draw_packet_layout): a header, a record per draw list and per command, then every
  // list's 16-bit indices (padded to a whole word), then every list's vertices.
  var HEADER_WORDS = 13, LIST_WORDS = 3, COMMAND_WORDS = 6, VERTEX_BYTES = 20;

  // Each font file loaded once, as a FontFace of this scope (a worker has its own fonts); one
  // the browser refuses is left out, and its characters come from another font.
  var faces = {};
  function loadFaces(files) {
    var fontSet = scope.fonts || (scope.document && scope.document.fonts);
    return Promise.all(files.map(function (file) {
      if (!faces[file.family]) {
        faces[file.family] = Promise.resolve().then(function () {
          var face = new FontFace(file.family, file.data.buffer);
          fontSet.add(face);
          return face.load();
        }).catch(function () {});
      }
      return faces[file.family];
    }));
  }

  // Draws the font's glyphs, white on transparent, and keeps their coverage in its pixels (the
  // rest of which, ImGui's own shapes, the app drew). A band of rows at a time: a canvas the
  // whole atlas's size can be more than the browser will make (4096 x 6000 texels or more, a
  // hundred MB, at the largest text on a 4x screen), and then no text would show.
  var BAND_ROWS = 1024;
  function drawGlyphs(font) {
    return loadFaces(font.faces).then(function () {
      var rows = Math.min(BAND_ROWS, font.height);
      var canvas = typeof OffscreenCanvas === "function" ? new OffscreenCanvas(font.width, rows)
                                                         : scope.document.createElement("canvas");
      canvas.width = font.width;
      canvas.height = rows;
      var ctx = canvas.getContext("2d", { willReadFrequently: true });
      ctx.fillStyle = "#fff";
      ctx.textBaseline = "alphabetic";
      for (var top = 0; top < font.height; top += rows) {
        ctx.clearRect(0, 0, font.width, rows);
        font.glyphs.forEach(function (run) {
          ctx.font = run.font;
          var i = 0;
          for (var c of run.text) {
            var y = run.pens[i + 1] - top;
            if (y + run.below > 0 && y - run.above < rows) ctx.fillText(c, run.pens[i], y);
            i += 2;
          }
        });
        var rgba = new Uint32Array(ctx.getImageData(0, 0, font.width, rows).data.buffer);
        var texels = Math.min(rows, font.height - top) * font.width, first = top * font.width;
        for (var t = 0; t < texels; ++t)
          if (rgba[t]) font.pixels[first + t] = rgba[t] >>> 24;  // little-endian: alpha is the high byte
      }
    });
  }

  function createRenderer(canvas, reply) {
    var gl = null, program = null, transform = null, vertexArray = null, vertexBuffer = null, indexBuffer = null;
    var fontTexture = null;
    var font = null, frame = null;  // the newest of each, kept to draw again after a lost context
    // Fonts received and fonts whose glyphs are drawn: a frame waits for the newest font (its
    // texture coordinates are that atlas's), and a font finished after a newer one is dropped.
    var fontsAsked = 0, fontsReady = 0;
    var drawn = 0;
    var broken = false;

    function fail(why) {
      broken = true;
      reply({ failed: why });
    }

    function compile(kind, source) {
      var shader = gl.createShader(kind);
      gl.shaderSource(shader, source);
      gl.compileShader(shader);
      return shader;
    }

    // Everything the context holds; again after the context was lost and restored.
    function build() {
      var vs = compile(gl.VERTEX_SHADER, VERTEX_SHADER), fs = compile(gl.FRAGMENT_SHADER, FRAGMENT_SHADER);
      program = gl.createProgram();
      gl.attachShader(program, vs);
      gl.attachShader(program, fs);
      gl.linkProgram(program);
      // Asking waits for the compile; here that blocks this worker, not the page.
      if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
        fail("WebGL could not build the app's shaders: " + (gl.getProgramInfoLog(program) || "") +
             (gl.getShaderInfoLog(vs) || "") + (gl.getShaderInfoLog(fs) || ""));
        return;
      }
      gl.deleteShader(vs);
      gl.deleteShader(fs);
      transform = gl.getUniformLocation(program, "u_transform");
      vertexArray = gl.createVertexArray();
      vertexBuffer = gl.createBuffer();
      indexBuffer = gl.createBuffer();
      gl.bindVertexArray(vertexArray);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indexBuffer);  // recorded in the vertex array
      gl.enableVertexAttribArray(0);
      gl.enableVertexAttribArray(1);
      gl.enableVertexAttribArray(2);
      gl.bindVertexArray(null);
      fontTexture = gl.createTexture();
      if (font) uploadFont();
    }

    function uploadFont() {
      gl.bindTexture(gl.TEXTURE_2D, fontTexture);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.R8, font.width, font.height, 0, gl.RED, gl.UNSIGNED_BYTE, font.pixels);
    }

    // Points every attribute at one draw list's vertices: WebGL 2 has no base vertex, and each
    // list's indices count from its own first vertex.
    function pointAttributes(firstVertex) {
      var at = firstVertex * VERTEX_BYTES;
      gl.vertexAttribPointer(0, 2, gl.FLOAT, false, VERTEX_BYTES, at);
      gl.vertexAttribPointer(1, 2, gl.FLOAT, false, VERTEX_BYTES, at + 8);
      gl.vertexAttribPointer(2, 4, gl.UNSIGNED_BYTE, true, VERTEX_BYTES, at + 16);
    }

    function draw(buffer) {
      var words = new Int32Array(buffer), floats = new Float32Array(buffer);
      var width = words[0], height = words[1];
      var posX = floats[6], posY = floats[7], sizeX = floats[8], sizeY = floats[9];
      var lists = words[10], commands = words[11], indexBytes = words[12];
      if (width <= 0 || height <= 0 || !(sizeX > 0) || !(sizeY > 0)) return;
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;  // clears it; the whole frame follows
        canvas.height = height;
      }
      var listsAt = HEADER_WORDS, commandsAt = listsAt + lists * LIST_WORDS;
      var indicesAt = (commandsAt + commands * COMMAND_WORDS) * 4;
      var verticesAt = indicesAt + indexBytes;

      gl.viewport(0, 0, width, height);
      gl.disable(gl.SCISSOR_TEST);
      gl.clearColor(floats[2], floats[3], floats[4], floats[5]);
      gl.clear(gl.COLOR_BUFFER_BIT);
      gl.enable(gl.BLEND);
      gl.blendEquation(gl.FUNC_ADD);
      gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.enable(gl.SCISSOR_TEST);
      gl.useProgram(program);
      gl.uniform4f(transform, 2 / sizeX, -2 / sizeY, -1 - posX * 2 / sizeX, 1 + posY * 2 / sizeY);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, fontTexture);
      gl.bindVertexArray(vertexArray);
      gl.bindBuffer(gl.ARRAY_BUFFER, vertexBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, new Uint8Array(buffer, verticesAt), gl.STREAM_DRAW);
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, new Uint8Array(buffer, indicesAt, indexBytes), gl.STREAM_DRAW);

      var firstVertex = 0, firstIndex = 0, c = 0;
      for (var l = 0; l < lists; ++l) {
        var list = listsAt + l * LIST_WORDS;
        pointAttributes(firstVertex);
        for (var end = c + words[list + 2]; c < end; ++c) {
          var cmd = commandsAt + c * COMMAND_WORDS;
          gl.scissor(words[cmd], words[cmd + 1], words[cmd + 2], words[cmd + 3]);
          gl.drawElements(gl.TRIANGLES, words[cmd + 4], gl.UNSIGNED_SHORT, (firstIndex + words[cmd + 5]) * 2);
        }
        firstVertex += words[list];
        firstIndex += words[list + 1];
      }
      gl.bindVertexArray(null);
    }

    function drawNewest() {
      if (broken || !gl || gl.isContextLost() || !font || !frame || fontsReady !== fontsAsked) return;
      draw(frame);
      reply({ drawn: ++drawn });
    }

    gl = canvas.getContext("webgl2", { alpha: false, depth: false, stencil: false, antialias: false });
    if (!gl) {
      fail("no-webgl");
    } else {
      canvas.addEventListener("webglcontextlost", function (e) { e.preventDefault(); });  // so it comes back
      canvas.addEventListener("webglcontextrestored", function () { build(); drawNewest(); });
      build();
      if (!broken) reply({ contextBuilt: performance.timeOrigin + performance.now() });
    }

    return function receive(message) {
      if (broken) return;
      if (message.frame) frame = message.frame;
      if (!message.font) return drawNewest();
      var asked = ++fontsAsked;
      drawGlyphs(message.font).then(function () {
        if (asked !== fontsAsked || broken) return;
        fontsReady = asked;
        font = message.font;
        if (!gl.isContextLost()) uploadFont();
        drawNewest();
      }, function (e) { fail("The text could not be drawn: " + (e && e.message || e)); });
    };
  }

  if (typeof WorkerGlobalScope !== "undefined" && scope instanceof WorkerGlobalScope) {
    var receive = null;
    scope.onmessage = function (event) {
      var message = event.data;
      if (message.canvas) {
        // Whether this browser draws WebGL 2 in workers (Safari 16 has OffscreenCanvas without
        // it): if not, the page draws instead, and this worker is stopped.
        var webgl2 = typeof scope.WebGL2RenderingContext === "function";
        scope.postMessage({ webgl2: webgl2 });
        if (!webgl2) return;
        message.canvas.width = message.width;  // the final size, so the buffer is allocated once
        message.canvas.height = message.height;
        receive = createRenderer(message.canvas, function (out) { scope.postMessage(out); });
      } else if (receive) {
        receive(message);
      }
    };
  } else {
    scope.aimengRenderer = createRenderer;
  }
})(self);
