// The service worker of the page served over http(s) (dist/sw.js): keeps the
// page, which carries its core and its built-in rule pack, with its web app
// manifest and icons, on the device at the first visit, so that it opens and
// computes with no network. Workbox's precaching does the keeping; the build
// (web/build_app.mjs) puts the files and their revisions in place of
// self.__WB_MANIFEST, as workbox-build's injectManifest does.
//
// A new version waits until the person accepts it on the page (更新到新版本):
// the page is never swapped under someone who is typing.

import { precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { clientsClaim } from 'workbox-core';

cleanupOutdatedCaches();
// "/" is the page too, as web/serve.mjs and most bureaus' servers serve it.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'cehours.html' });
// The first visit's page is then served from the device at its next load, offline too.
clientsClaim();

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  // What this version is, for the page's offer to update: {version, rules}.
  if (type === 'release' && event.ports[0]) event.ports[0].postMessage(self.__CEHOURS_RELEASE);
  if (type === 'update') self.skipWaiting();
});
