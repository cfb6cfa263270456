// The words of the calculator's frame, per language (the lang attribute of
// <cehours-calculator>). Only the frame: what the rules say (kinds of record,
// results, warnings, the clauses quoted) is the notice's own Chinese, as the
// core and the rule pack give it.

const TEXT = {
  'zh-CN': {
    skip: '跳到自查结果',
    title: '继续教育学时自查',
    basis: '依据《关于做好2017年度全市专业技术人员继续教育工作的通知》（临人社办发〔2017〕58号）',
    tools: '记录操作',
    sample: '示例',
    exportRecords: '导出',
    importRecords: '导入',
    share: '分享链接',
    print: '打印',
    clear: '清空',
    undo: '撤销',
    shareNote: '分享链接（记录在#后面，只在浏览器中读取，不会发送到任何服务器）',
    situation: '我的情况',
    affiliation: '工作单位',
    asOf: '评估日期',
    asOfToday: '改回按今天计算',
    results: '自查结果',
    loading: '正在启动计算核心……',
    add: '添加记录',
    seeResults: '查看结果',
    records: '我的记录',
    recordsEmpty: '还没有记录。用上面的表格添加考试、培训或已登记的学时，或点“示例”看一看。',
    privacy: '所有记录只保存在本机浏览器中，不会上传；本页离线可用。自查结果仅供参考，以人社部门登记备案为准。',
  },
  en: {
    skip: 'Skip to the results',
    title: 'Continuing-education hours self-check',
    basis: 'Under the Linyi notice on continuing education for professionals in 2017 (临人社办发〔2017〕58号); the rules and results are quoted in its own Chinese.',
    tools: 'Records',
    sample: 'Sample',
    exportRecords: 'Export',
    importRecords: 'Import',
    share: 'Share link',
    print: 'Print',
    clear: 'Clear',
    undo: 'Undo',
    shareNote: 'Share link (the records follow the #, are read only in the browser and never sent to a server)',
    situation: 'My situation',
    affiliation: 'Employer',
    asOf: 'Assessment date',
    asOfToday: 'Assess as of today again',
    results: 'Results',
    loading: 'Starting the rules core…',
    add: 'Add a record',
    seeResults: 'See the results',
    records: 'My records',
    recordsEmpty: 'No records yet. Add exams, courses or registered hours with the form above, or press “Sample” to try it.',
    privacy: 'Your records stay in this browser and are never uploaded. The result is for your own check; the registration by the HR bureau is what counts.',
  },
};

/** The frame's words for a lang attribute value; Chinese unless English is asked for. */
export function shellText(lang) {
  return /^en\b/i.test(lang || '') ? TEXT.en : TEXT['zh-CN'];
}
