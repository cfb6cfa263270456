// A rule pack named by URL (the `rules` attribute of <cehours-calculator>,
// the `rules` option of CeHours.evaluate): fetched once per URL, then checked
// by the core before anything is computed with it, so a bad pack is refused
// with the core's own reasons instead of giving wrong numbers or a blank box.

import { todayLocal } from './dates.js';
import { httpFailure, downloadReason } from './fetch_words.js';

const fetched = new Map();

function failure(code, message, errors) {
  return Object.assign(new Error(message), { code, errors });
}

/**
 * @param {string} address  the URL as written, resolved against `base` (the host page)
 * @returns {Promise<string>} the pack's text; rejects with code 'rules_unavailable'
 */
export function fetchPack(address, base) {
  let url;
  try {
    url = new URL(address, base).href;
  } catch {
    return Promise.reject(failure('rules_unavailable', `规则包地址无效（${address}），暂时不能计算。请告知本网站。`));
  }
  if (!fetched.has(url)) {
    const text = fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw httpFailure(response);
        return response.text();
      })
      .catch((cause) => {
        // Forget the failure: the next calculator or call tries again.
        fetched.delete(url);
        throw failure('rules_unavailable', `无法下载规则包（${url}：${downloadReason(cause)}），暂时不能计算。请稍后刷新重试，或告知本网站。`);
      });
    fetched.set(url, text);
  }
  return fetched.get(url);
}

/** Throws (code 'rules_invalid', errors as the core lists them) unless the core accepts the pack. */
export function checkPack(core, text) {
  const answer = JSON.parse(core.evaluate('{"records": []}', text, todayLocal()));
  if (answer.ok) return;
  throw failure('rules_invalid', `规则包有误，暂时不能计算（核心发现${answer.errors.length}处问题，见下）。请告知本网站。`, answer.errors);
}
