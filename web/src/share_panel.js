// Sharing, honest about where it works. Over http(s) a share link carries the
// records in its fragment (never sent to a server); opened elsewhere it shows
// them, asking first before it replaces records already saved there. From a
// saved file (file://) a link points into the person's own disk and opens for
// nobody else, so the panel says so and offers what does travel: the records
// file, the printed 自查表, a text summary to paste into a chat.

import { el, replaceChildren } from './dom.js';

/**
 * The box under the toolbar that 分享链接 opens.
 * @param {HTMLElement} box
 * @param {object} hooks
 * @param {() => string} hooks.link  the share link of the records now
 * @param {() => string} hooks.text  the text summary (summary_text.js)
 * @param {() => void} hooks.exportRecords
 * @param {() => void} hooks.print
 * @param {(message: string) => void} hooks.announce
 * @returns {{show: () => Promise<void>, hide: () => void}}
 */
export function createSharePanel(box, hooks) {
  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Clipboard refused (a file:// page, an old browser): the text stays selected in its box.
      return false;
    }
  }

  async function showLink() {
    const link = hooks.link();
    const field = el('input', { id: 'share-link', type: 'text', readonly: true, value: link });
    replaceChildren(box,
      el('label', { for: 'share-link' }, '分享链接（记录在#后面，只在打开链接的浏览器中读取，不会发送到任何服务器）'),
      field,
      el('button', { type: 'button', class: 'link', onclick: () => hide() }, '关闭'));
    box.hidden = false;
    field.focus();
    field.select();
    hooks.announce(await copy(link) ? '分享链接已复制，可以粘贴给别人或发到另一台设备' : '请复制下面的分享链接');
  }

  function showLocal() {
    const text = el('textarea', { id: 'share-text', readonly: true, rows: 6, value: hooks.text() });
    const copyText = async () => {
      text.select();
      hooks.announce(await copy(text.value) ? '文字摘要已复制，可以粘贴到聊天或邮件中' : '请复制下面选中的文字摘要');
    };
    const note = el('p', { id: 'share-local-note', tabindex: '-1' }, '本页是从您电脑上保存的文件打开的：分享链接只指向这台电脑上的文件，别人打不开。可以改用：');
    replaceChildren(box,
      note,
      el('div', { class: 'actions' },
        el('button', { type: 'button', id: 'share-export', onclick: hooks.exportRecords }, '导出记录文件'),
        el('button', { type: 'button', id: 'share-print', onclick: hooks.print }, '打印自查表'),
        el('button', { type: 'button', id: 'share-copy-text', onclick: copyText }, '复制文字摘要')),
      el('label', { for: 'share-text' }, '文字摘要（可粘贴到聊天中）'),
      text,
      el('button', { type: 'button', class: 'link', onclick: () => hide() }, '关闭'));
    box.hidden = false;
    note.focus();
    hooks.announce('本页从本机文件打开，分享链接对别人无效；可导出、打印或复制文字摘要');
  }

  function hide() {
    box.hidden = true;
    replaceChildren(box);
  }

  return {
    show: () => (window.location.protocol === 'file:' ? showLocal() : showLink()),
    hide,
  };
}
