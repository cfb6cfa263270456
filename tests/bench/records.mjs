// Deterministic records documents of any size for the benchmarks: a realistic
// mix of every kind, spread over 2015–2017, the same for every run.
export function recordsDocument(count) {
  let seed = 20171231;
  const next = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const day = (year) => `${year}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
  const records = [];
  for (let i = 0; i < count; i += 1) {
    const year = 2015 + next(3);
    switch (i % 7) {
      case 0: records.push({ kind: 'language_exam', date: day(year), level: 'ABC'[next(3)], score: 40 + next(60) }); break;
      case 1: records.push({ kind: 'computer_module', date: day(year), module: `模块${next(20)}`, passed: next(5) !== 0 }); break;
      case 2: records.push({ kind: 'public_course', date: day(2017), topic_year: year }); break;
      case 3: records.push({ kind: 'professional_course', date: day(year), hours: (5 + next(200)) / 10 + 1, title: `网上研修课程${i}` }); break;
      case 4: records.push({ kind: 'special_training', date: day(2017), hours: 4 + next(20), for_year: year }); break;
      case 5: records.push({ kind: 'converted', date: day(year), subtype: 'publication', hours: 2 + next(10) }); break;
      default: records.push({ kind: 'registered', year, category: next(2) ? 'public' : 'professional', hours: 1 + next(9) });
    }
  }
  return { as_of: '2017-11-26', profile: { affiliation: 'city' }, records };
}
