// The page served over http(s) as a web app a phone can keep: its manifest
// and service worker (build_app.mjs writes them beside the page), the way to
// add it to the home screen, and the offer to update when the bureau publishes
// a new build. From file:// (a saved page), or framed in another site, none of
// this applies: the saved file already works with no network.
//
// The service worker is registered with the browser's own three calls rather
// than workbox-window: it adds about 2 kB to every visit for nothing used here.

import { el, replaceChildren } from './dom.js';

const WECHAT_SEEN = 'cehours-wechat-hint-seen';
const IOS_SEEN = 'cehours-ios-hint-seen';

/** Whether this page is one a phone can install: served over http(s), on its own (not framed). */
export function servedAsApp() {
  return /^https?:$/.test(window.location.protocol) && window.top === window && 'serviceWorker' in navigator;
}

/**
 * @param {HTMLElement} box  where the install hint and the update offer are shown (#app-offer)
 * @param {() => boolean} isEditing  true while the person has something typed and not yet added
 */
export function becomeInstallable(box, isEditing) {
  // The page's own fixed addresses beside it (dom.js's el takes none but # and blob: from text).
  for (const [rel, href] of [['manifest', 'manifest.webmanifest'], ['apple-touch-icon', 'icons/icon-180.png']]) {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    document.head.append(link);
  }
  offerInstall(box);
  navigator.serviceWorker.register('sw.js').then((registration) => watchForUpdates(registration, box, isEditing), () => {
    // No worker (storage refused, a private window): the page works as before, online.
  });
}

function offerInstall(box) {
  const agent = navigator.userAgent;
  if (/MicroMessenger/i.test(agent)) {
    once(box, WECHAT_SEEN, '在微信中打开的页面无法保存到手机上离线使用：点击右上角 ··· 选择“在浏览器打开”，再添加到主屏幕。');
    return;
  }
  const iosSafari = /iP(hone|ad|od)/.test(agent) && /Safari/.test(agent) && !/CriOS|FxiOS|EdgiOS/.test(agent);
  if (iosSafari && !navigator.standalone) {
    once(box, IOS_SEEN, '添加到主屏幕，没有网络也能打开：点击底部的分享按钮，选择“添加到主屏幕”。');
    return;
  }
  // Chromium's own prompt, kept until the person asks for it.
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    show(box, 'install', el('p', {}, '可以把本页添加到手机主屏幕，没有网络也能打开和计算。'),
      el('button', { type: 'button', id: 'app-install', class: 'primary', onclick: () => {
        event.prompt();
        hide(box);
      } }, '添加到主屏幕'));
  });
}

/** A hint said once in this browser: shown now, never again. */
function once(box, seenKey, text) {
  try {
    if (localStorage.getItem(seenKey)) return;
    localStorage.setItem(seenKey, '1');
  } catch {
    // Storage refused: the hint is shown at each visit, which is better than never.
  }
  show(box, 'hint', el('p', { id: 'app-hint' }, text),
    el('button', { type: 'button', class: 'link', onclick: () => hide(box) }, '知道了'));
}

function watchForUpdates(registration, box, isEditing) {
  const offer = (worker) => release(worker).then((next) => {
    const accept = () => {
      // Only now is the page swapped: the records, the identity and the drafts stay in this browser's storage.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      worker.postMessage({ type: 'update' });
    };
    const editing = isEditing() ? '（您正在填写的内容会保留）' : '';
    show(box, 'update', el('p', { id: 'app-update-text' }, `有新版本：版本 ${next.version}，${next.title}。更新后您的记录都会保留${editing}。`),
      el('button', { type: 'button', id: 'app-update', class: 'primary', onclick: accept }, '更新到新版本'));
  });
  // A worker that installed while an older one controls this page is a new version, waiting.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  });
}

/** The waiting version's {version, title}, as its worker says. */
function release(worker) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage({ type: 'release' }, [channel.port2]);
  });
}

function show(box, kind, ...children) {
  box.dataset.kind = kind;
  replaceChildren(box, children);
  box.hidden = false;
}

function hide(box) {
  box.hidden = true;
  replaceChildren(box);
}
