// The accessibility mirror: real page elements for the app's accessibility tree (built by
// src/ui/a11y.cpp each frame, diffed by src/core/a11y_tree.cpp), placed over the canvas at
// each node's rectangle, invisible, with pointer events passing through to the canvas. A
// screen reader reads and acts on these; what it does comes back to the app as focus,
// activate and set-value requests. Bundled into app.js (--pre-js); see Flutter's web engine
// semantics for the model.
(function () {
  "use strict";
  var FIELD = "\x1f", RECORD = "\x1e";
  var host = null, polite = null, assertive = null;
  var nodes = new Map();  // id -> { el, rec: the record's fields, role }
  var pendingFocus = 0;
  // The node the reader moved the page's focus to (Tab, a screen reader), until the app's tree
  // shows ImGui's focus there too: a frame drawn before ImGui took the move still shows ImGui's
  // focus where it was, and must not pull the page's focus back there (the reader's next keys
  // would land on the old item). Given up after a few applies, for items ImGui cannot focus.
  var readerFocus = { id: 0, applies: 0 };
  var focusingForApp = false;
  var timers = {};
  var stats = { applies: 0, applyMs: [], nodes: 0 };

  // Which element each role becomes: a real element where one fits, ARIA otherwise.
  var TAGS = {
    heading: "h", paragraph: "p", text: "span", link: "a", button: "button", tab: "button",
    checkbox: "input", radio: "input", textbox: "input", spinbutton: "input", combobox: "select",
  };
  var LANDMARK_ROLES = {
    banner: 1, navigation: 1, main: 1, search: 1, complementary: 1, region: 1, group: 1, dialog: 1,
    radiogroup: 1, tablist: 1, list: 1, listitem: 1, table: 1, row: 1, columnheader: 1, cell: 1,
    img: 1, status: 1, alert: 1,
  };
  var S = { checked: 1, selected: 2, expandable: 4, expanded: 8, disabled: 16, current: 32, focused: 64, checkable: 128 };

  function call(name) {
    var f = Module["_" + name];
    if (f) f.apply(null, Array.prototype.slice.call(arguments, 1));
  }

  function ensureHost() {
    if (host) return;
    host = document.createElement("div");
    host.id = "a11y-mirror";
    var canvas = document.getElementById("canvas");
    canvas.parentNode.insertBefore(host, canvas.nextSibling);
    polite = document.createElement("div");
    polite.id = "a11y-status";
    polite.setAttribute("role", "status");
    polite.setAttribute("aria-live", "polite");
    polite.className = "a11y-live";
    assertive = document.createElement("div");
    assertive.id = "a11y-alert";
    assertive.setAttribute("role", "alert");
    assertive.className = "a11y-live";
    document.body.appendChild(polite);
    document.body.appendChild(assertive);
    document.documentElement.setAttribute("data-mirror", "on");
    host.addEventListener("focusin", function (e) {
      var id = e.target && e.target.dataset && e.target.dataset.id;
      if (!id) return;
      var node = nodes.get(Number(id));
      var appHasIt = node && (Number(node.rec[5]) & S.focused);
      if (!focusingForApp && !appHasIt) readerFocus = { id: Number(id), applies: 0 };
      call("aimeng_a11y_focus", Number(id));
    });
    // Chromium can drop the focus of an element that the app then scrolls from far off screen
    // into view (the page's focus falls to the body, not to anything the reader chose): the
    // focus goes straight back. A click on the canvas or anywhere else has a target and stays.
    host.addEventListener("focusout", function (e) {
      var el = e.target;
      if (e.relatedTarget || !el.isConnected) return;
      setTimeout(function () {
        if (el.isConnected && (!document.activeElement || document.activeElement === document.body))
          el.focus({ preventScroll: true });
      }, 30);
    });
    host.addEventListener("click", function (e) {
      var el = e.target.closest ? e.target.closest("[data-id]") : null;
      if (!el) return;
      if (el.tagName === "BUTTON") call("aimeng_a11y_activate", Number(el.dataset.id));
      // Links open natively (a new tab, inside the user's gesture); inputs report "change".
    });
    host.addEventListener("change", function (e) {
      var el = e.target;
      if (!el.dataset || !el.dataset.id) return;
      var id = Number(el.dataset.id);
      if (el.type === "checkbox" || el.type === "radio") call("aimeng_a11y_activate", id);
      else if (el.tagName === "SELECT") setValue(id, String(el.selectedIndex));
      else if (el.getAttribute("role") === "spinbutton") setValue(id, el.value);
    });
    host.addEventListener("input", function (e) {
      var el = e.target;
      if (el.type === "text" && el.getAttribute("role") !== "spinbutton" && el.dataset && el.dataset.id)
        setValue(Number(el.dataset.id), el.value);
    });
    // A number field: Enter commits what was typed; the arrow keys step the value.
    host.addEventListener("keydown", function (e) {
      var el = e.target;
      if (el.getAttribute("role") !== "spinbutton") return;
      var node = nodes.get(Number(el.dataset.id));
      if (e.key === "Enter") { setValue(node ? Number(el.dataset.id) : 0, el.value); return; }
      if (e.key !== "ArrowUp" && e.key !== "ArrowDown" || !node) return;
      var step = Number(node.rec[16]) || 1, v = Number(el.value);
      if (!isFinite(v)) v = 0;
      v += e.key === "ArrowUp" ? step : -step;
      var min = Number(node.rec[9]), max = Number(node.rec[10]);
      if (min < max) v = Math.min(max, Math.max(min, v));
      el.value = String(Math.round(v * 1e6) / 1e6);
      setValue(Number(el.dataset.id), el.value);
      e.preventDefault();
    });
  }

  function setValue(id, text) {
    var el = nodes.get(id) && nodes.get(id).el;
    if (el) el.dataset.sent = text;
    var ptr = allocateUTF8(text);
    call("aimeng_a11y_set_value", id, ptr);
    _free(ptr);
  }

  function create(role, level, id) {
    var tag = TAGS[role];
    var el;
    if (role === "option") {
      el = document.createElement("span");  // the combo box's <select> offers the choices
      el.hidden = true;
    } else if (tag === "h") {
      el = document.createElement("h" + Math.min(6, Math.max(1, level || 2)));
    } else if (tag) {
      el = document.createElement(tag);
      if (tag === "button") el.type = "button";
      if (role === "tab") el.setAttribute("role", "tab");
      if (role === "checkbox" || role === "radio") el.type = role;
      if (role === "textbox") el.type = "text";
      if (role === "spinbutton") {  // text, so the value reads as the app shows it; arrows step it
        el.type = "text";
        el.inputMode = "decimal";
        el.setAttribute("role", "spinbutton");
      }
      if (tag === "input") el.setAttribute("autocomplete", "off");
      if (tag === "a") { el.target = "_blank"; el.rel = "noopener"; }
    } else {
      el = document.createElement("div");
      if (LANDMARK_ROLES[role]) el.setAttribute("role", role);
    }
    el.dataset.id = String(id);
    el.className = "a11y-node";
    return el;
  }

  function setAttr(el, name, value) {
    if (value === null || value === undefined) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  // Brings an element up to date with its record; touches only what differs.
  // Fixed positions, from the canvas's corner: a node's place never depends on its parent's.
  function position(el, f, origin) {
    var st = el.style, x0 = Number(f[11]), y0 = Number(f[12]);
    st.left = (origin.left + x0) + "px";
    st.top = (origin.top + y0) + "px";
    st.width = Math.max(1, Number(f[13]) - x0) + "px";
    st.height = Math.max(1, Number(f[14]) - y0) + "px";
  }

  function update(node, f, parentRec, origin) {
    var el = node.el, role = f[3], states = Number(f[5]), name = f[6], value = f[7], href = f[8];
    var min = Number(f[9]), max = Number(f[10]);
    position(el, f, origin);
    var tag = el.tagName;
    if (tag === "INPUT") {
      setAttr(el, "aria-label", name || null);
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = (states & S.checked) !== 0;
        if (el.type === "radio") el.name = "r" + (parentRec ? parentRec[1] : "0");
      } else if (document.activeElement !== el || el.value === el.dataset.sent) {
        // Not while the reader is typing into it; after a commit, the app's (clamped) value.
        if (el.value !== value) el.value = value;
      }
      if (el.getAttribute("role") === "spinbutton") {
        var number = Number(value);
        setAttr(el, "aria-valuenow", value !== "" && isFinite(number) ? String(number) : null);
        setAttr(el, "aria-valuetext", value || null);
        setAttr(el, "aria-valuemin", min < max ? String(min) : null);
        setAttr(el, "aria-valuemax", min < max ? String(max) : null);
      }
    } else if (tag === "SELECT") {
      setAttr(el, "aria-label", name || null);
      var options = f[15] ? f[15].split("\n").filter(function (o) { return o !== ""; }) : [];
      var current = Array.prototype.map.call(el.options, function (o) { return o.text; }).join("\n");
      if (current !== options.join("\n")) {
        el.textContent = "";
        options.forEach(function (o) { var opt = document.createElement("option"); opt.text = o; el.add(opt); });
      }
      var index = options.indexOf(value);
      if (el.selectedIndex !== index) el.selectedIndex = index;
    } else if (LANDMARK_ROLES[role] && !TAGS[role]) {
      if (role === "img" || role === "columnheader" || role === "cell" || role === "listitem" || role === "status" ||
          role === "alert") {
        if (!el.firstElementChild && name && el.textContent !== name) el.textContent = name;
        if (role === "img") setAttr(el, "aria-label", name || null);
      } else {
        setAttr(el, "aria-label", name || null);
      }
    } else {
      // Buttons, links, headings, paragraphs, text: the name is the element's own text.
      if (!el.firstElementChild && el.textContent !== name) el.textContent = name;
      if (tag === "A") setAttr(el, "href", href || null);
      if (tag === "BUTTON" && value) setAttr(el, "aria-description", value); else if (tag === "BUTTON") setAttr(el, "aria-description", null);
    }
    if (tag === "BUTTON" || role === "tab") {
      setAttr(el, "aria-pressed", role !== "tab" && (states & S.checkable) ? String((states & S.checked) !== 0) : null);
      setAttr(el, "aria-expanded", states & S.expandable ? String((states & S.expanded) !== 0) : null);
      setAttr(el, "aria-selected", role === "tab" ? String((states & S.selected) !== 0) : null);
      setAttr(el, "aria-current", states & S.current ? "page" : null);
    }
    if (states & S.disabled) setAttr(el, "aria-disabled", "true"); else setAttr(el, "aria-disabled", null);
    var focused = (states & S.focused) ? "1" : "0";
    if (el.dataset.focusedByApp !== focused) el.dataset.focusedByApp = focused;  // ImGui's focus is here
    if (states & S.focused) {
      var id = Number(f[1]);
      if (readerFocus.id === id) readerFocus.id = 0;  // ImGui has caught up with the reader
      if (document.activeElement !== el && !readerFocus.id &&
          (document.activeElement === document.body || host.contains(document.activeElement) || !document.activeElement))
        pendingFocus = node;
    }
  }

  function place(order) {
    var last = new Map();  // parent element -> the child placed last
    for (var i = 0; i < order.length; i++) {
      var node = nodes.get(order[i]);
      if (!node) continue;
      var parent = node.parent ? nodes.get(node.parent) : null;
      var parentEl = parent ? parent.el : host;
      var prev = last.get(parentEl) || null;
      var wanted = prev ? prev.nextSibling : parentEl.firstChild;
      if (node.el.parentNode !== parentEl || wanted !== node.el) parentEl.insertBefore(node.el, wanted);
      last.set(parentEl, node.el);
    }
  }

  // A frame's changes, applied over as many tasks as it takes: `job` is { records, next } and
  // each call creates at most NEW_ELEMENTS_PER_TASK elements, so that a long screen's first tree
  // (hundreds of elements, each laid out when placed) is several short tasks, not one of 130 ms
  // with the CPU slowed 4x. Each call places what exists so far in the final order (place()
  // skips nodes not made yet). Returns whether the job is done.
  var NEW_ELEMENTS_PER_TASK = 30;
  function apply(job) {
    var started = performance.now();
    ensureHost();
    // Read before the changes below: reading a position after them would lay the page out twice.
    var box = document.getElementById("canvas").getBoundingClientRect();
    var records = job.records;
    if (job.order === undefined) {  // the order record comes last, after the nodes it places
      job.order = null;
      for (var o = records.length - 1; o >= 0; o--) {
        if (records[o].charAt(0) === "o") { job.order = records[o].split(FIELD).slice(1).map(Number); break; }
      }
    }
    var changed = [], placed = null, created = 0, i = job.next;
    for (; i < records.length && created < NEW_ELEMENTS_PER_TASK; i++) {
      var r = records[i];
      if (!r) continue;
      var kind = r.charAt(0), f = r.split(FIELD);
      if (kind === "n") {
        var id = Number(f[1]), role = f[3], level = Number(f[4]);
        var node = nodes.get(id);
        if (!node || node.role !== role || (role === "heading" && node.level !== level)) {
          var el = create(role, level, id);
          created++;
          // A new node comes with an "o" record that places it; a node whose role changed keeps its place.
          if (node) { node.el.replaceWith(el); while (node.el.firstChild) el.appendChild(node.el.firstChild); }
          node = { el: el, role: role, level: level, rec: f, parent: 0 };
          nodes.set(id, node);
        }
        node.rec = f;
        node.parent = Number(f[2]);
        changed.push(node);
      } else if (kind === "p") {  // moved only: the rectangle, nothing else
        var moved = nodes.get(Number(f[1]));
        if (moved) {
          for (var k = 0; k < 4; k++) moved.rec[11 + k] = f[2 + k];
          (placed = placed || []).push(moved);
        }
      } else if (kind === "r") {
        var gone = nodes.get(Number(f[1]));
        if (gone) { gone.el.remove(); nodes.delete(Number(f[1])); }
      }
    }
    job.next = i;
    if (job.order) place(job.order);
    if (placed) for (var q = 0; q < placed.length; q++) position(placed[q].el, placed[q].rec, box);
    for (var j = 0; j < changed.length; j++) {
      var n = changed[j], p = n.parent ? nodes.get(n.parent) : null;
      update(n, n.rec, p ? p.rec : null, box);
    }
    if (pendingFocus && pendingFocus.el.isConnected) {
      focusingForApp = true;
      pendingFocus.el.focus({ preventScroll: true });
      focusingForApp = false;
      pendingFocus = 0;
    }
    if (readerFocus.id && ++readerFocus.applies > 30) readerFocus.id = 0;
    // Lay the changes out now, in this task: left to the page's next rendering update, they
    // would join the next frame's work there (one long task instead of two short ones).
    host.getBoundingClientRect();
    stats.applies++;
    stats.nodes = nodes.size;
    if (stats.applyMs.length < 5000) stats.applyMs.push(performance.now() - started);
    return job.next >= records.length;
  }

  // Each frame's changes are applied in a task after the frame's, in order: in the frame's task
  // they made one long task of each of a long screen's first frames on a slow phone. A task
  // applies one frame's changes (or a part of them), and more only while it is still short: the
  // first frames of a long screen, applied together, made a task of 150-180 ms with the CPU
  // slowed 4x.
  var APPLY_BUDGET_MS = 10;
  var waiting = [], applyScheduled = false;
  function applyWaiting() {
    var started = performance.now();
    do if (apply(waiting[0])) waiting.shift();
    while (waiting.length && performance.now() - started < APPLY_BUDGET_MS);
    applyScheduled = waiting.length > 0;
    if (applyScheduled) setTimeout(applyWaiting, 0);
  }
  function applySoon(text) {
    waiting.push({ records: text.split(RECORD), next: 0 });
    if (applyScheduled) return;
    applyScheduled = true;
    setTimeout(applyWaiting, 0);
  }

  // A polite message waits until it has stopped changing (typing into a field), then is read
  // once; an alert is read at once.
  function announce(key, text, alert) {
    ensureHost();
    var region = alert ? assertive : polite;
    clearTimeout(timers[key]);
    var say = function () {
      region.textContent = text;
      (window.aimengAnnounced = window.aimengAnnounced || []).push({ key: key, text: text, alert: !!alert });
    };
    if (alert) say(); else timers[key] = setTimeout(say, 700);
  }

  window.aimengMirror = { apply: applySoon, announce: announce, stats: stats,
                          enabled: !/[?&]mirror=off\b/.test(window.location.search) };
})();
