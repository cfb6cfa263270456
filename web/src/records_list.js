// The person's records, numbered as the core's `record` indexes (+1), each
// with what it counted for and any warning about it.

import { el, replaceChildren } from './dom.js';
import { recordLabel, describeRecord, CATEGORY_LABEL } from './kinds.js';

/**
 * @param {HTMLElement} list  the <ol>
 * @param {object[]} records
 * @param {object|null} result  the core's result (null while the core loads)
 * @param {{edit: (i: number) => void, remove: (i: number) => void, undo: () => void}} actions
 * @param {{index: number, record: object}|null} removed  a record just deleted: its row stays, with undo,
 *   so the list does not close up under the person's finger (and the focus has somewhere to stay)
 */
export function renderRecords(list, records, result, actions, removed = null) {
  const linesOf = (i) => (result && result.ok ? result.lines.filter((l) => l.record === i) : []);
  const warningsOf = (i) => (result && result.ok ? result.warnings.filter((w) => w.record === i) : []);

  const rows = records.map((record, i) => {
    const counted = linesOf(i);
    const warnings = warningsOf(i);
    let effect = null;
    if (result && result.ok) {
      effect = counted.length
        ? el('p', { class: 'effect' }, '计入：', counted.map((l, n) => `${n ? '；' : ''}${l.year}年度${CATEGORY_LABEL[l.category]}${l.hours}学时`).join(''))
        : el('p', { class: 'effect none' }, '未计入学时');
    }
    return el('li', { class: 'record', 'data-index': i },
      el('div', { class: 'record-main' },
        el('span', { class: 'record-no', 'aria-hidden': 'true' }, String(i + 1)),
        el('div', { class: 'record-text' },
          el('p', { class: 'record-kind' }, recordLabel(record), record.title ? el('span', { class: 'record-title' }, `「${record.title}」`) : null),
          el('p', { class: 'record-detail' }, describeRecord(record)),
          record.certificate ? el('p', { class: 'record-cert' }, '证书编号：', record.certificate) : null,
          effect,
          warnings.map((w) => el('p', { class: 'record-warning' }, '⚠ ', w.text)))),
      el('div', { class: 'record-actions' },
        el('button', { type: 'button', class: 'edit', 'aria-label': `修改第${i + 1}条记录`, onclick: () => actions.edit(i) }, '修改'),
        el('button', { type: 'button', class: 'delete', 'aria-label': `删除第${i + 1}条记录`, onclick: () => actions.remove(i) }, '删除')));
  });
  if (removed) {
    rows.splice(removed.index, 0, el('li', { class: 'record removed' },
      el('p', {}, `已删除：${recordLabel(removed.record)}`, removed.record.title ? `「${removed.record.title}」` : ''),
      el('button', { type: 'button', onclick: actions.undo }, '撤销删除')));
  }
  replaceChildren(list, rows);
}
