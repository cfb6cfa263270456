// The shape of the saved records (localStorage), its versions and how an
// older or damaged value is read. Pure functions: no storage access here.
//
// Versions of the saved value:
//   0  the page's first drafts: a bare JSON array of records; the affiliation
//      was not saved (市属单位) and the assessment date was always today.
//   1  {"version": 1, "profile": {"affiliation": "city" | "county", "since"?: year},
//       "as_of": null | "YYYY-MM-DD", "records": [...]}   (as_of null: today)
// A new version adds a step to MIGRATIONS; a saved value is brought up one
// version at a time, so every older value keeps a way to the current one.

import { isIsoDate } from './dates.js';
import { sinceOf } from './since_field.js';

export const SCHEMA_VERSION = 1;

export function emptyState() {
  return { version: SCHEMA_VERSION, profile: { affiliation: 'city' }, as_of: null, records: [] };
}

// MIGRATIONS[v] turns a version-v value into a version-(v + 1) value.
const MIGRATIONS = [
  (records) => ({ version: 1, profile: { affiliation: 'city' }, as_of: null, records }),
];

/** The version a parsed value claims: a bare array is version 0; null when it claims none. */
function versionOf(data) {
  if (Array.isArray(data)) return 0;
  if (data && typeof data === 'object' && Number.isInteger(data.version)) return data.version;
  return null;
}

// Only what is plainly not a record is dropped here; the core checks each
// record's fields, and the page shows (never drops) the ones it refuses.
const isRecord = (r) => Boolean(r) && typeof r === 'object' && !Array.isArray(r) && typeof r.kind === 'string';

/**
 * Reads a saved value into the current state, recovering what it can.
 * @param {string} text  the stored string
 * @returns {{state: object, exact: boolean, from: number|null, dropped: number, unreadable: boolean}}
 *   exact: the value was a well-formed current one (nothing to back up or say);
 *   from: the version it was migrated from (null if none was claimed);
 *   dropped: records that could not be kept; unreadable: nothing could be read at all.
 */
export function readSaved(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: emptyState(), exact: false, from: null, dropped: 0, unreadable: true };
  }
  let version = versionOf(data);
  const from = version;
  // A value from a newer page (or claiming no version) is read as the current shape, as far as it goes.
  if (version === null || version > SCHEMA_VERSION) version = SCHEMA_VERSION;
  while (version < SCHEMA_VERSION) {
    data = MIGRATIONS[version](data);
    version += 1;
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.records)) {
    return { state: emptyState(), exact: false, from, dropped: 0, unreadable: true };
  }
  const records = data.records.filter(isRecord);
  const affiliation = data.profile && data.profile.affiliation;
  const asOf = data.as_of;
  const state = {
    version: SCHEMA_VERSION,
    profile: { affiliation: affiliation === 'county' ? 'county' : 'city', ...(sinceOf(data.profile) ? { since: sinceOf(data.profile) } : {}) },
    as_of: typeof asOf === 'string' && isIsoDate(asOf) ? asOf : null,
    records,
  };
  const exact = from === SCHEMA_VERSION && records.length === data.records.length
    && (affiliation === 'city' || affiliation === 'county') && state.as_of === asOf
    && (data.profile.since === undefined || data.profile.since === state.profile.since);
  return { state, exact, from, dropped: data.records.length - records.length, unreadable: false };
}

/** What the person is told about a saved value that was not exact (Chinese); `kept` says where the original went. */
export function describeRecovery(read, kept) {
  let what;
  if (read.unreadable) what = '本机保存的记录已损坏，无法读取，现从空白开始';
  else if (read.from !== null && read.from < SCHEMA_VERSION) what = `本机保存的记录来自本页的旧版本，已转换为新格式（${read.state.records.length}条记录）`;
  else if (read.from !== null && read.from > SCHEMA_VERSION) what = `本机保存的记录来自本页的较新版本，已尽量读取其中的${read.state.records.length}条记录`;
  else if (read.dropped) what = `本机保存的记录中有${read.dropped}条已损坏、无法读取，其余${read.state.records.length}条已恢复`;
  else what = `本机保存的记录格式有误，已恢复其中的${read.state.records.length}条记录`;
  return `${what}；${kept}`;
}
