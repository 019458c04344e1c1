// Marks the baseline page ready once its first frame has been drawn, the same signal the app
// gives (data-app-state="ready"), so both are timed alike.
var Module = {
  canvas: document.getElementById("canvas"),
  postRun: [function () {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { document.documentElement.setAttribute("data-app-state", "ready"); });
    });
  }],
};
