// Registers the service worker that precaches the build (offline after the first visit). This classic script in
// <head> runs before anything else on the page: when a new version's worker takes over a page that the old worker
// served from its cache (a deploy since the last visit, data only or code), the page reloads once into the new
// version. A first visit has no worker yet and does not reload when its own takes over.
if ('serviceWorker' in navigator) {
  if (navigator.serviceWorker.controller)
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
  window.addEventListener('load', () => navigator.serviceWorker.register('./sw.js', { scope: './' }));
}
