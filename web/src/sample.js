// A realistic sample person for the 示例 button: a city engineer who passed
// an English exam and two computer modules in 2017, studied online and in a
// unit training, published a paper to make up 2015, and still owes hours
// for 2015 and 2016 — so a first visitor sees every part of the result.

export const SAMPLE = {
  profile: { affiliation: 'city' },
  records: [
    { kind: 'language_exam', date: '2017-04-08', level: 'B', score: 63, national_standard: false, certificate: 'ZCWY2017-3713-0421', title: '职称外语（综合类）' },
    { kind: 'computer_module', date: '2017-05-20', module: 'Excel 2007中文电子表格', passed: true, certificate: 'JSJ2017-0520-118' },
    { kind: 'computer_module', date: '2017-05-20', module: 'Word 2007中文字处理', passed: true, certificate: 'JSJ2017-0520-119' },
    { kind: 'professional_course', date: '2017-06-18', hours: 40, passed: true, title: '建筑工程质量控制新技术', certificate: 'UPOL-ZY-2017-08812' },
    { kind: 'special_training', date: '2017-08-05', hours: 24, passed: true, title: '市住建局绿色建筑专项业务培训' },
    { kind: 'public_course', date: '2017-09-10', topic_year: 2016, passed: true, title: '2016年度公需科目补修', certificate: 'UPOL-GX-2016-BX-5531' },
    { kind: 'converted', date: '2017-11-02', subtype: 'publication', hours: 20, for_year: 2015, title: '论文《装配式建筑施工质量控制要点》' },
    { kind: 'registered', year: 2015, category: 'public', hours: 30, title: '2015年度公需科目（已登记）' },
    { kind: 'registered', year: 2016, category: 'professional', hours: 36, title: '2016年度专业科目（已登记）' },
  ],
};
