// Replacing the records saved here, in the person's words: the question asked
// before a share link, 示例, an import or 清空 replaces them, and the offer to
// restore the replaced records from their backup (store.js), which stays
// until they are restored or the person lets the backup go.

import { el, replaceChildren } from './dom.js';

/**
 * Asks in `box` (the message area) before records are replaced.
 * @param {HTMLElement} box
 * @param {{question: string, confirm: string, keep: string, onConfirm: () => void, onKeep: () => void}} ask
 */
export function askBeforeReplacing(box, { question, confirm, keep, onConfirm, onKeep }) {
  const confirmButton = el('button', { type: 'button', id: 'replace-confirm', class: 'primary', onclick: onConfirm }, confirm);
  replaceChildren(box,
    el('p', {}, question),
    el('div', { class: 'actions' }, confirmButton,
      el('button', { type: 'button', id: 'replace-keep', onclick: onKeep }, keep)));
  confirmButton.focus();
}

/**
 * Shows the backup in `box`, or hides the box when there is none to offer.
 * @param {HTMLElement} box
 * @param {{state: object, reason: string, at: string}|null} backup
 * @param {{restore: () => void, drop: () => void}} actions
 */
export function backupOffer(box, backup, { restore, drop }) {
  box.hidden = !backup;
  if (!backup) {
    replaceChildren(box);
    return;
  }
  const when = backup.at ? `（${localTime(backup.at)}）` : '';
  const what = backup.reason ? `${backup.reason}前` : '原有';
  replaceChildren(box,
    el('p', {}, `已备份${what}的${backup.state.records.length}条记录${when}。`),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'restore-backup', onclick: restore }, '恢复原有记录'),
      el('button', { type: 'button', id: 'drop-backup', class: 'link', onclick: drop }, '不需要了，删除备份')));
}

/** 'YYYY-MM-DD HH:MM' in the person's own time zone. */
function localTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const two = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
