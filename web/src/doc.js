// The records document (the CLI's input) and the ways it travels:
// export/import as a JSON file, and a share link that carries it in the URL
// fragment (the part after # is never sent to a server).

import { emptyState } from './store.js';
import { sinceOf } from './since_field.js';

const SHARE_PREFIX = '#records=';

/** The records document for the core, the CLI and export. as_of is left out when assessing as of today. */
export function toDocument(state, asOf) {
  const doc = {};
  const date = asOf === undefined ? state.as_of : asOf;
  if (date) doc.as_of = date;
  doc.profile = { affiliation: state.profile.affiliation };
  if (state.profile.since) doc.profile.since = state.profile.since;
  doc.records = state.records;
  return doc;
}

/**
 * Reads the shape of a records document into a page state. The core checks
 * every record afterwards; this only catches what is not a records document at all.
 * @returns {{state: object|null, reason: string}}
 */
export function fromDocument(doc) {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { state: null, reason: '文件内容不是一个记录文档（应为 {"profile": …, "records": […]}）。' };
  if (!Array.isArray(doc.records)) return { state: null, reason: '文件中没有 "records" 记录列表。' };
  if (doc.as_of !== undefined && typeof doc.as_of !== 'string') return { state: null, reason: '"as_of" 应为“年-月-日”格式的日期。' };
  const state = emptyState();
  if (doc.profile !== undefined) {
    const affiliation = doc.profile && doc.profile.affiliation;
    // Which affiliations exist is the pack's to say: the core checks the id when the document is evaluated.
    if (affiliation !== undefined && typeof affiliation !== 'string') {
      return { state: null, reason: '"profile.affiliation" 应为规则包中单位类别的代码（文字）。' };
    }
    if (affiliation) state.profile.affiliation = affiliation;
    const since = sinceOf(doc.profile);
    if (since) state.profile.since = since;
  }
  state.as_of = doc.as_of || null;
  state.records = doc.records;
  return { state, reason: '' };
}

function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** `prefix` tells calculators on one page apart (an embed uses its storage key). */
export function shareLink(state, location, prefix = SHARE_PREFIX) {
  const base = location.href.split('#')[0];
  return base + prefix + toBase64Url(JSON.stringify(toDocument(state)));
}

/** The records document carried by a share link's fragment, or null; throws on a damaged link. */
export function documentFromHash(hash, prefix = SHARE_PREFIX) {
  if (!hash.startsWith(prefix)) return null;
  return JSON.parse(fromBase64Url(hash.slice(prefix.length)));
}
