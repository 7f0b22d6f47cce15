// Service worker of the operator page: network first for the page shell, falling back to the cached copy,
// so a page opened once still opens without a connection. API calls are never cached or intercepted.
const CACHE = 'stations-shell-v1';
const SHELL = [
  '/operator',
  '/static/css/style.css',
  '/static/favicon.svg',
  '/static/js/app.js',
  '/static/js/forms.js',
  '/static/js/operator.js',
  '/static/js/operator-api.js',
  '/static/js/operator-queue.js',
];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/api/')
      || url.pathname === '/login' || !SHELL.includes(url.pathname)) {
    return;
  }
  event.respondWith(fetch(event.request)
    .then(response => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then(cache => cache.put(event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(event.request)));
});
