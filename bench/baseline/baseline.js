// Marks the baseline page ready once its first frame has been drawn, the same signal the app
// gives (data-app-state="ready"), so both are timed alike.
var Module = {
  canvas: document.getElementById("canvas"),
  // main() has queued the main loop's first animation frame; this callback, queued after it,
  // runs in the same frame right after the first frame is drawn, as the app signals it.
  postRun: [function () {
    requestAnimationFrame(function () { document.documentElement.setAttribute("data-app-state", "ready"); });
  }],
};
