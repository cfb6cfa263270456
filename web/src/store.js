// Autosave in localStorage, under one key, in a versioned schema:
//   {"version": 1, "profile": {"affiliation": "city"}, "as_of": null | "YYYY-MM-DD", "records": [...]}
// as_of null means "assess as of today". Nothing here leaves the device.

const KEY = 'cehours';
const BACKUP_KEY = 'cehours-backup';
const UNREADABLE_KEY = 'cehours-unreadable';
export const SCHEMA_VERSION = 1;

export function emptyState() {
  return { version: SCHEMA_VERSION, profile: { affiliation: 'city' }, as_of: null, records: [] };
}

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function parseState(text) {
  const data = JSON.parse(text);
  if (!data || data.version !== SCHEMA_VERSION || !Array.isArray(data.records)) return null;
  const affiliation = data.profile && data.profile.affiliation === 'county' ? 'county' : 'city';
  return {
    version: SCHEMA_VERSION,
    profile: { affiliation },
    as_of: typeof data.as_of === 'string' ? data.as_of : null,
    records: data.records,
  };
}

/**
 * @returns {{state: object, problem: string}} problem is '' or a Chinese sentence for the person.
 * A saved value this version cannot read is kept aside under another key, never overwritten.
 */
export function loadSaved() {
  const store = storage();
  if (!store) return { state: emptyState(), problem: '浏览器不允许本页在本机保存记录：请用“导出”保存您的记录。' };
  const text = store.getItem(KEY);
  if (text === null) return { state: emptyState(), problem: '' };
  try {
    const state = parseState(text);
    if (state) return { state, problem: '' };
  } catch {
    // fall through: unreadable
  }
  store.setItem(UNREADABLE_KEY, text);
  store.removeItem(KEY);
  return { state: emptyState(), problem: '本机保存的记录无法读取（可能来自其他版本），已另存备查，现从空白开始。' };
}

/** @returns {boolean} whether the state was saved */
export function save(state) {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** Keeps a copy of the records before a share link replaces them. */
export function saveBackup(state) {
  const store = storage();
  if (store) store.setItem(BACKUP_KEY, JSON.stringify(state));
}

export function readBackup() {
  const store = storage();
  const text = store && store.getItem(BACKUP_KEY);
  try {
    return text ? parseState(text) : null;
  } catch {
    return null;
  }
}
