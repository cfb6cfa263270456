// The form that adds or edits one record. It asks only what the chosen kind
// needs, checks each field in Chinese before anything is saved, and hands the
// record to the page, which lets the core check it once more. What is typed is
// a draft, handed out on every keystroke to be kept (store.js) and given back
// at the next start, until the record is added or the draft discarded.

import { dateInput, pickersWhenReached } from './date_input.js';
import { el, replaceChildren } from './dom.js';
import { kindInfo, recordToValues } from './kinds.js';
import { formSpecs, formRecord, conversionValues } from './conversion_fields.js';
import { clauseText, clauseTitle } from './pack.js';

/**
 * @param {HTMLFormElement} form  the empty <form> to fill
 * @param {object} hooks
 * @param {() => number[]} hooks.years  the rule pack's years (empty until the core is ready)
 * @param {() => object|null} hooks.pack
 * @param {() => object|null} hooks.vocab  the core's description of the pack (null until the core is ready)
 * @param {(record: object, index: number|null) => Promise<{errors?: object, message?: string}>} hooks.submit
 * @param {(index: number) => object|undefined} hooks.recordAt  the saved record at `index` now
 * @param {{kind: string, values: object, editing: number|null, original: object|null}|undefined} hooks.draft
 *   the draft kept from an earlier visit
 * @param {(draft: object|undefined) => void} hooks.keepDraft  the draft now (undefined: nothing left to keep)
 */
export function createRecordForm(form, hooks) {
  const kinds = () => (hooks.vocab() ? hooks.vocab().kinds : []);
  const draft = hooks.draft && typeof hooks.draft === 'object' ? hooks.draft : {};
  let kind = typeof draft.kind === 'string' ? draft.kind : null;
  let values = draft.values && typeof draft.values === 'object' ? draft.values : {};
  // An edit resumes only while the saved record is still the one it started from.
  let original = null;
  let editing = null;
  if (Number.isInteger(draft.editing) && sameRecord(hooks.recordAt(draft.editing), draft.original)) {
    editing = draft.editing;
    original = draft.original;
  }

  const legend = el('legend', {}, '添加记录');
  const kindSelect = el('select', { id: 'f-kind', name: 'kind', onchange: () => { keepValues(); kind = kindSelect.value; renderFields(); } });
  const basis = el('details', { class: 'basis' });
  const fieldsBox = el('div', { class: 'fields' });
  const formError = el('p', { class: 'form-error', role: 'alert', hidden: true });
  // Why a record opened from a warning did not count, and what to change.
  const advice = el('p', { id: 'f-advice', class: 'form-advice', hidden: true });
  const submitButton = el('button', { type: 'submit', class: 'primary', id: 'f-submit' }, '添加记录');
  const cancelButton = el('button', { type: 'button', id: 'f-cancel', hidden: true, onclick: () => discard() }, '取消修改');
  const modules = el('datalist', { id: 'cehours-modules' });

  replaceChildren(form, el('fieldset', {},
    legend, advice,
    el('div', { class: 'field' }, el('label', { for: 'f-kind' }, '记录类型'), kindSelect),
    basis, fieldsBox, formError,
    el('div', { class: 'actions' }, submitButton, cancelButton)), modules);
  form.noValidate = true;
  pickersWhenReached(form);
  form.addEventListener('submit', (event) => { event.preventDefault(); submit(); });
  form.addEventListener('input', keepDraft);
  form.addEventListener('change', keepDraft);

  // The fields of the chosen kind; a conversion's follow the pack's table item (conversion_fields.js).
  const specsNow = () => formSpecs(kind, hooks.vocab(), hooks.pack(), values);

  // A choice that changes which fields are asked (a table item): redraw, keeping what was typed.
  function rerender(event) {
    keepValues();
    renderFields();
    form.querySelector(`#${event.target.id}`).focus();
  }

  function control(spec) {
    const id = `f-${spec.name}`;
    const common = { id, name: spec.name, 'aria-describedby': `${id}-err` };
    switch (spec.type) {
      case 'date':
        return dateInput({ ...common, value: values[spec.name] || '' });
      case 'decimal':
        return el('input', { ...common, type: 'text', inputmode: 'decimal', autocomplete: 'off', value: values[spec.name] || '' });
      case 'integer':
        return el('input', { ...common, type: 'text', inputmode: 'numeric', autocomplete: 'off', value: values[spec.name] || '' });
      case 'text':
        // The module name is typed freely; the core's list of common modules is offered as suggestions.
        return el('input', { ...common, type: 'text', list: spec.name === 'module' ? 'cehours-modules' : null, autocomplete: 'off', value: values[spec.name] || '' });
      case 'flag':
        return el('input', { ...common, type: 'checkbox', checked: values[spec.name] === undefined ? Boolean(spec.default) : values[spec.name] });
      case 'choice': {
        const option = ({ id: v, name }) => el('option', { value: v, selected: values[spec.name] === v }, name);
        return el('select', { ...common, onchange: spec.rerender ? rerender : null }, el('option', { value: '' }, '请选择'),
          spec.groups
            ? spec.groups.map(([label, options]) => el('optgroup', { label }, options.map(option)))
            : spec.options.map(option));
      }
      case 'year':
        return el('select', common,
          el('option', { value: '' }, spec.fallback || '请选择'),
          hooks.years().map((y) => el('option', { value: String(y), selected: values[spec.name] === String(y) }, `${y}年度`)));
      default:
        throw new Error(spec.type);
    }
  }

  function renderFields() {
    const vocab = hooks.vocab();
    // Before the description arrives the kind is kept as the draft has it.
    if (vocab && !kindInfo(vocab, kind)) kind = kinds().length ? kinds()[0].id : null;
    replaceChildren(kindSelect, kinds().map((k) => el('option', { value: k.id }, k.name)));
    replaceChildren(modules, (vocab ? vocab.modules : []).map((m) => el('option', { value: m })));
    kindSelect.value = kind || '';
    const info = kindInfo(vocab, kind);
    const quote = info && clauseText(info.clause, null, hooks.pack());
    replaceChildren(basis,
      el('summary', {}, info ? `依据：${info.clause} ${clauseTitle(info.clause, hooks.pack())}`.trim() : '依据'),
      el('blockquote', {}, quote || '（规则包载入后显示原文）'));
    replaceChildren(fieldsBox, specsNow().map((spec) => {
      const input = control(spec);
      const error = el('p', { class: 'field-error', id: `f-${spec.name}-err`, hidden: true });
      const hint = spec.hint ? el('p', { class: 'hint' }, spec.hint) : null;
      if (spec.type === 'flag') {
        return el('div', { class: 'field check' }, el('label', {}, input, ' ', spec.label), error);
      }
      return el('div', { class: `field${spec.optionalField ? ' optional' : ''}` },
        el('label', { for: input.id }, spec.label), input, hint, error);
    }));
  }

  function readValues() {
    const read = {};
    for (const spec of specsNow()) {
      const input = form.querySelector(`#f-${spec.name}`);
      if (input) read[spec.name] = spec.type === 'flag' ? input.checked : input.value;
    }
    return read;
  }

  // Fields the kinds share (date, hours, certificate, …) survive a change of kind.
  function keepValues() {
    values = { ...values, ...readValues() };
  }

  function hasTyped() {
    return Object.values(values).some((value) => typeof value === 'string' && value.trim() !== '');
  }

  function keepDraft() {
    keepValues();
    const kept = editing !== null || hasTyped() ? { kind, values, editing, original } : undefined;
    hooks.keepDraft(kept);
    showDiscard();
  }

  // A new record's typed fields can be discarded as an edit can be cancelled.
  function showDiscard() {
    cancelButton.textContent = editing === null ? '清空表单' : '取消修改';
    cancelButton.hidden = editing === null && !hasTyped();
  }

  function showErrors(errors, message) {
    let first = null;
    for (const spec of specsNow()) {
      const input = form.querySelector(`#f-${spec.name}`);
      const box = form.querySelector(`#f-${spec.name}-err`);
      const text = errors[spec.name] || '';
      box.textContent = text;
      box.hidden = !text;
      input.setAttribute('aria-invalid', text ? 'true' : 'false');
      if (text && !first) first = input;
    }
    // An error about a field this form does not show (should not happen) is still said.
    const shown = new Set(specsNow().map((spec) => spec.name));
    const unshown = Object.keys(errors).filter((name) => !shown.has(name)).map((name) => errors[name]);
    const text = [...unshown, message].filter(Boolean).join('；');
    formError.textContent = text;
    formError.hidden = !text;
    if (first) first.focus();
  }

  let busy = false;

  async function submit() {
    if (busy) return; // a double press must not add the record twice
    busy = true;
    try {
      await check();
    } finally {
      busy = false;
    }
  }

  async function check() {
    if (!hooks.vocab() || !kind) {
      showErrors({}, '计算核心尚未载入，请稍候再添加。');
      return;
    }
    const { record, errors } = formRecord(kind, hooks.vocab(), hooks.pack(), readValues());
    if (!record) {
      showErrors(errors, '请按提示修改标红的项目。');
      return;
    }
    const answer = await hooks.submit(record, editing);
    if (answer && (answer.message || Object.keys(answer.errors || {}).length)) {
      showErrors(answer.errors || {}, answer.message || '请按提示修改标红的项目。');
      return;
    }
    const keepDate = readValues().date;
    reset();
    if (keepDate) form.querySelector('#f-date').value = keepDate;
  }

  function reset() {
    editing = null;
    original = null;
    values = {};
    hooks.keepDraft(undefined);
    showMode();
    advice.hidden = true;
    renderFields();
    showErrors({}, '');
  }

  function discard() {
    reset();
    kindSelect.focus();
  }

  function showMode() {
    legend.textContent = editing === null ? '添加记录' : `修改第${editing + 1}条记录`;
    submitButton.textContent = editing === null ? '添加记录' : '保存修改';
    showDiscard();
  }

  showMode();
  renderFields();

  return {
    /** Opens a stored record for editing; `why`: what a warning said about it. */
    edit(index, record, why) {
      editing = index;
      original = record;
      kind = record.kind;
      values = { ...recordToValues(hooks.vocab(), record), ...conversionValues(record, hooks.vocab()) };
      showMode();
      hooks.keepDraft({ kind, values, editing, original });
      advice.textContent = why ? `提醒：${why}。请核对并修改下面的内容；如这条记录本就不该计入，可以删除它。` : '';
      advice.hidden = !why;
      renderFields();
      showErrors({}, '');
      form.scrollIntoView({ block: 'start' });
      kindSelect.focus();
    },
    /**
     * Called when the records change under the form (delete, import, another tab): an edit whose
     * record is no longer there as it was becomes a new record, its typed fields kept.
     */
    recordsChanged() {
      if (editing === null || sameRecord(hooks.recordAt(editing), original)) return;
      keepValues();
      editing = null;
      original = null;
      showMode();
      advice.textContent = '正在修改的记录已被删除或在别处修改；您填写的内容保留在下面，可作为一条新记录添加。';
      advice.hidden = false;
      keepDraft();
    },
    /** Re-renders once the rule pack and its description (kinds, years, clause texts) are known, keeping what was typed. */
    packReady() {
      keepValues();
      renderFields();
    },
  };
}

// Records carry no ids: a record is its content (as store_merge.js compares them).
function sameRecord(a, b) {
  return Boolean(a) && Boolean(b) && JSON.stringify(a) === JSON.stringify(b);
}
