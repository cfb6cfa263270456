// Autosave in localStorage, under one key (default 'cehours'; an embedded
// calculator passes its own storage-key). The saved shape and its versions
// are in store_schema.js. Nothing here leaves the device.
//
// Never lose a record:
// - a saved value that is not exactly the current shape (damaged, older,
//   newer) is first copied as it was to `${key}-unreadable` (or a dated key
//   beside it: a copy is never overwritten); if no copy can be made, this tab
//   never writes the key at all;
// - storage that is full or refused (private mode) leaves the page working in
//   memory: save() answers false and the page asks for an export;
// - two tabs: save() writes only over the value this tab last read or wrote,
//   and merges anything else (store_merge.js); `storage` events bring the
//   other tab's saves in (watchOtherTabs).

import { emptyState as emptySchemaState, readSaved, describeRecovery } from './store_schema.js';
import { mergeStates, sameState } from './store_merge.js';

const KEY = 'cehours';
// Beside the records key: `${key}-backup`, `${key}-unreadable`.
const BACKUP_SUFFIX = '-backup';
const UNREADABLE_SUFFIX = '-unreadable';

const DISABLED = '浏览器不允许本页在本机保存记录（例如隐私模式）：记录只保留在本页中，关闭前请用“导出”保存。';
const HELD = '原数据无法另存（本机存储已满或不可用），为免覆盖，本页的修改不会保存到本机：请用“导出”保存您的记录。';

/** The state of a person with no records yet. */
export const emptyState = emptySchemaState;

// Per storage key, in this tab:
const synced = new Map(); // the stored text this tab last read or wrote (null: none)
const latest = new Map(); // this tab's state, saved or not: the in-memory copy
const held = new Set(); // keys whose unreadable value could not be copied aside
const backups = new Map(); // the records last replaced (saveBackup), also kept when storage refuses them
const listeners = new Map(); // (state, notice) => void, from watchOtherTabs

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** @returns {{ok: boolean, text: string|null}} ok false: storage is refused */
function read(key) {
  try {
    const store = storage();
    return store ? { ok: true, text: store.getItem(key) } : { ok: false, text: null };
  } catch {
    return { ok: false, text: null };
  }
}

function write(key, text) {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, text);
    return true;
  } catch {
    // QuotaExceededError, or storage refused on write.
    return false;
  }
}

function writeState(key, state) {
  const text = JSON.stringify(state);
  if (!write(key, text)) return false;
  synced.set(key, text);
  return true;
}

/** Copies a value this page cannot take as it is to a key of its own; the key's name, or null. */
function keepAside(key, text) {
  const first = key + UNREADABLE_SUFFIX;
  const existing = read(first);
  if (!existing.ok) return null;
  const name = existing.text === null || existing.text === text ? first : `${first}-${Date.now()}`;
  return write(name, text) ? name : null;
}

/**
 * @returns {{state: object, problem: string}} problem is '' or a Chinese sentence for the person.
 */
export function loadSaved(key = KEY) {
  const got = read(key);
  if (!got.ok) {
    latest.set(key, emptyState());
    return { state: latest.get(key), problem: DISABLED };
  }
  synced.set(key, got.text);
  if (got.text === null) {
    latest.set(key, emptyState());
    return { state: latest.get(key), problem: '' };
  }
  const saved = readSaved(got.text);
  latest.set(key, saved.state);
  if (saved.exact) return { state: saved.state, problem: '' };
  const copy = keepAside(key, got.text);
  if (!copy) {
    held.add(key);
    return { state: saved.state, problem: describeRecovery(saved, HELD) };
  }
  writeState(key, saved.state);
  return { state: saved.state, problem: describeRecovery(saved, `原数据已原样另存为“${copy}”备查。`) };
}

/**
 * Merges what another tab saved (`text`) into this tab's state `ours`,
 * against the value both last agreed on.
 * @returns {{state: object, theirs: object|null, notice: string}}
 */
function mergeWith(key, ours, text) {
  const theirs = readSaved(text);
  if (theirs.unreadable) {
    const copy = keepAside(key, text);
    if (!copy) held.add(key);
    const kept = copy ? `已原样另存为“${copy}”备查` : '无法另存';
    return { state: ours, theirs: null, notice: `另一个窗口保存了本页无法读取的记录（${kept}）；本页的记录没有改变。${copy ? '' : HELD}` };
  }
  const baseText = synced.get(key);
  const base = baseText ? readSaved(baseText).state : emptyState();
  const { state, both } = mergeStates(base, ours, theirs.state);
  const n = state.records.length;
  const notice = both
    ? `本页和另一个窗口（标签页）都修改了记录，已合并两边的修改，共${n}条记录，没有记录丢失；请核对。`
    : `另一个窗口（标签页）修改了记录，本页已同步为最新的${n}条记录。`;
  return { state, theirs: theirs.state, notice };
}

function tell(key, state, notice) {
  const listener = listeners.get(key);
  // After the caller's own update has been painted, so the merged state is the last word.
  if (listener) queueMicrotask(() => listener(state, notice));
}

/**
 * Saves the state; if another tab saved since this one last read or wrote,
 * the two are merged first and the page hears of it through watchOtherTabs.
 * @returns {boolean} whether the state was saved (false: storage refused or full; it stays in memory)
 */
export function save(state, key = KEY) {
  latest.set(key, state);
  if (held.has(key)) return false;
  const got = read(key);
  if (!got.ok) return false;
  let next = state;
  let notice = '';
  if (synced.has(key) && got.text !== null && got.text !== synced.get(key)) {
    ({ state: next, notice } = mergeWith(key, state, got.text));
    if (held.has(key)) {
      tell(key, next, notice);
      return false;
    }
  }
  if (!writeState(key, next)) return false;
  if (next !== state) {
    latest.set(key, next);
    tell(key, next, notice);
  }
  return true;
}

/**
 * Listens for other tabs' saves under `key`: `onChange(state, notice)` gets
 * the merged state and a Chinese sentence for the person. One listener per key.
 * @returns {() => void} stops listening
 */
export function watchOtherTabs(onChange, key = KEY) {
  listeners.set(key, onChange);
  const onStorage = (event) => {
    if (event.key === key + BACKUP_SUFFIX) backups.delete(key);
    if (event.key !== key) return;
    const got = read(key);
    if (!got.ok || got.text === null || got.text === synced.get(key) || held.has(key)) return;
    const ours = latest.get(key) || emptyState();
    const merged = mergeWith(key, ours, got.text);
    // Seen (and, if unreadable, copied aside): this tab may now write over it.
    if (!held.has(key)) synced.set(key, got.text);
    // Changes this tab could not save before now join the other tab's.
    if (merged.theirs && !sameState(merged.state, merged.theirs)) writeState(key, merged.state);
    latest.set(key, merged.state);
    onChange(merged.state, merged.notice);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
    if (listeners.get(key) === onChange) listeners.delete(key);
  };
}

// The records as they were before a share link, 示例, an import or 清空 replaced
// them, kept until the person restores them or lets them go: one backup, the
// latest, with what replaced it and when (in memory too, if storage refuses it).

/**
 * @param {object} state  the state about to be replaced
 * @param {string} reason  what replaces it, as the person is told (e.g. '载入示例')
 */
export function saveBackup(state, reason, key = KEY) {
  const backup = { state, reason, at: new Date().toISOString() };
  backups.set(key, backup);
  write(key + BACKUP_SUFFIX, JSON.stringify(backup));
}

/**
 * Read from storage once, then kept in memory (another tab's backup clears the copy, see
 * watchOtherTabs): the page asks at every drawing whether there is a backup to offer.
 * @returns {{state: object, reason: string, at: string}|null}
 */
export function readBackup(key = KEY) {
  if (backups.has(key)) return backups.get(key);
  const got = read(key + BACKUP_SUFFIX);
  if (!got.ok || got.text === null) {
    backups.set(key, null);
    return null;
  }
  let data;
  try {
    data = JSON.parse(got.text);
  } catch {
    return null;
  }
  // A backup written before it carried its reason is a bare saved state.
  const wrapped = data && typeof data === 'object' && !Array.isArray(data) && typeof data.reason === 'string' && data.state;
  const saved = readSaved(JSON.stringify(wrapped ? data.state : data));
  if (saved.unreadable) return null;
  const backup = { state: saved.state, reason: wrapped ? data.reason : '', at: wrapped && typeof data.at === 'string' ? data.at : '' };
  backups.set(key, backup);
  return backup;
}

/** The person let the backup go. */
export function dropBackup(key = KEY) {
  backups.delete(key);
  try {
    const store = storage();
    if (store) store.removeItem(key + BACKUP_SUFFIX);
  } catch {
    // Storage refused: the in-memory copy is gone, which is what was asked.
  }
}

// The name, employer and title printed on the 自查表: kept beside the records
// but never in them, so export and share links cannot carry them. Each field is
// written alone over what is stored now, so a field typed in another tab is
// never written over with this tab's older copy of it.
const IDENTITY_SUFFIX = '-identity';
const IDENTITY_FIELDS = ['name', 'unit', 'title'];

function readObject(key) {
  const got = read(key);
  try {
    const value = JSON.parse(got.text || '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    // Unreadable: what it held was typed (optional fields, a draft), not records; start from empty.
    return {};
  }
}

/** @returns {{name: string, unit: string, title: string}} empty strings when nothing is saved */
export function loadIdentity(key = KEY) {
  const saved = readObject(key + IDENTITY_SUFFIX);
  return Object.fromEntries(IDENTITY_FIELDS.map((f) => [f, typeof saved[f] === 'string' ? saved[f] : '']));
}

export function saveIdentityField(field, value, key = KEY) {
  return write(key + IDENTITY_SUFFIX, JSON.stringify({ ...loadIdentity(key), [field]: value }));
}

// What is typed but not yet a record or a setting: the record form's fields,
// 成为专业技术人员的年度 and 核算日期 as typed. Saved on every keystroke, so a
// reload or a closed tab loses nothing, and dropped once added, applied or discarded.
const DRAFT_SUFFIX = '-draft';

/** @returns {{form?: object, since?: string, as_of?: string}} */
export function loadDraft(key = KEY) {
  return readObject(key + DRAFT_SUFFIX);
}

/** Sets one part of the draft (undefined: drops it), leaving the others as stored. */
export function saveDraftPart(part, value, key = KEY) {
  const draft = { ...loadDraft(key), [part]: value };
  if (value === undefined) delete draft[part];
  return write(key + DRAFT_SUFFIX, JSON.stringify(draft));
}

/**
 * Listens for another tab's identity: `onChange(identity)` with the stored fields.
 * @returns {() => void} stops listening
 */
export function watchOtherTabsIdentity(onChange, key = KEY) {
  const onStorage = (event) => {
    if (event.key === key + IDENTITY_SUFFIX) onChange(loadIdentity(key));
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
