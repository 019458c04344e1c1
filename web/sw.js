// Service worker: keeps this version of the bundle so the app opens with no network after one
// visit. The build writes the version and the file list (scripts/finish-web-bundle.sh). A new
// version installs in the background and waits until the page asks it to take over.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = "aimeng-explorer-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("aimeng-explorer-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "take-over") self.skipWaiting();
});

// The page: network first (so a new deployment is noticed), the cached copy when offline.
// Everything else: the cached, versioned copy first.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match("./", { cacheName: CACHE })));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
