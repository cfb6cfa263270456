# Writes the hostile corpus: tests/hostile/{records,packs}/* and manifest.json.
# The files are committed; rerun this after changing a case (python3 tests/hostile/make_corpus.py).
# Pack cases are mutations of static/rules/linyi-2017.json as it is when this runs.
import json, os, copy
root = os.path.dirname(os.path.abspath(__file__))
pack_src = json.load(open(os.path.join(root, '..', '..', 'static', 'rules', 'linyi-2017.json')))
cases = []
RAW = '"@@RAW@@"'

def rec_doc(record_text):
    return '{"as_of": "2017-11-26", "records": [' + record_text + ']}'

def add(kind, name, data, code, path, why, names=None):
    sub = 'records' if kind == 'records' else 'packs'
    os.makedirs(f'{root}/{sub}', exist_ok=True)
    fname = f'{sub}/{name}'
    if isinstance(data, str): data = data.encode('utf-8')
    open(f'{root}/{fname}', 'wb').write(data)
    cases.append({'file': fname, 'kind': kind, 'code': code, 'path': path, 'why': why})
    if names: cases[-1]['names'] = names

def gen(kind, name, pieces, code, path, why):
    def piece(p):
        out = {'text': p[0], 'times': p[1]}
        if len(p) > 2: out['numbered'] = True
        return out
    cases.append({'name': name, 'kind': kind, 'generate': [piece(p) for p in pieces],
                  'code': code, 'path': path, 'why': why})

def field(kind_fields, key, raw):
    """A record of a kind with one field given as raw JSON text."""
    fields = dict(kind_fields); fields[key] = '@@RAW@@'
    return json.dumps(fields, ensure_ascii=False).replace(RAW, raw)

REG = {'kind': 'registered', 'year': 2017, 'category': 'public', 'hours': 1}
LANG = {'kind': 'language_exam', 'date': '2017-04-01', 'level': 'A', 'score': 70}
PROF = {'kind': 'professional_course', 'date': '2017-04-01', 'hours': 10}
PUB = {'kind': 'public_course', 'date': '2017-04-01', 'topic_year': 2017}
CONV = {'kind': 'converted', 'date': '2017-04-01', 'subtype': 'training', 'hours': 3}
MOD = {'kind': 'computer_module', 'date': '2017-04-01', 'module': 'Word'}

def num(name, base, key, raw, code, why):
    add('records', name, rec_doc(field(base, key, raw)), code, f'records[0].{key}', why)

# --- numbers, in every numeric field
num('hours_nan.json', PROF, 'hours', 'NaN', 'json_syntax', 'NaN is not JSON')
num('hours_infinity.json', CONV, 'hours', 'Infinity', 'json_syntax', 'Infinity is not JSON')
num('hours_minus_infinity.json', REG, 'hours', '-Infinity', 'json_syntax', '-Infinity is not JSON')
num('score_nan_lowercase.json', LANG, 'score', 'nan', 'json_syntax', 'nan is not JSON')
num('score_inf.json', LANG, 'score', 'inf', 'json_syntax', 'inf is not JSON')
num('year_infinity.json', REG, 'year', 'Infinity', 'json_syntax', 'Infinity is not JSON')
num('hours_1e400.json', PROF, 'hours', '1e400', 'number_out_of_range', 'overflows a double to infinity')
num('score_minus_1e400.json', LANG, 'score', '-1e400', 'number_out_of_range', 'overflows a double to -infinity')
num('year_1e400.json', REG, 'year', '1e400', 'number_out_of_range', 'overflows a double')
num('topic_year_1e400.json', PUB, 'topic_year', '1E+400', 'number_out_of_range', 'overflows a double, capital E')
num('hours_400_digits.json', CONV, 'hours', '1' + '0' * 400, 'number_out_of_range', 'an integer too long for 64 bits and for a double')
num('hours_1e308.json', PROF, 'hours', '1e308', 'hours_too_large', 'finite but times ten overflows')
num('score_1e308.json', LANG, 'score', '1e308', 'score_out_of_range', 'finite, far past 100')
num('year_1e308.json', REG, 'year', '1e308', 'year_out_of_range', 'a whole number, far past 2100')
num('for_year_minus_1e308.json', PROF, 'for_year', '-1.7976931348623157e308', 'for_year_out_of_range', 'the most negative double')
num('hours_2p53_plus_1.json', REG, 'hours', '9007199254740993', 'hours_too_large', 'past 2^53, not exact in a double')
num('hours_2p64.json', PROF, 'hours', '18446744073709551616', 'hours_too_large', 'past 2^64: parsed as a double')
num('year_2p64.json', REG, 'year', '18446744073709551616', 'year_out_of_range', 'past 2^64')
num('for_year_2p64_minus_1.json', CONV, 'for_year', '18446744073709551615', 'for_year_out_of_range', 'largest unsigned 64-bit')
num('topic_year_below_int64.json', PUB, 'topic_year', '-9223372036854775809', 'topic_year_out_of_range', 'below the smallest int64')
num('year_2p32_plus_2017.json', REG, 'year', '4294969313', 'year_out_of_range', 'would wrap to 2017 in 32 bits')
num('score_2p53.json', LANG, 'score', '9007199254740992', 'score_out_of_range', '2^53')
num('hours_minus_zero.json', PROF, 'hours', '-0', 'hours_not_positive', '-0 is zero')
num('hours_minus_zero_float.json', CONV, 'hours', '-0.0', 'hours_not_positive', '-0.0 is zero')
num('hours_1e-400.json', REG, 'hours', '1e-400', 'hours_not_positive', 'underflows to zero')
num('hours_denormal.json', PROF, 'hours', '5e-324', 'hours_not_positive', 'the smallest double')
num('year_minus_zero.json', REG, 'year', '-0', 'year_out_of_range', '-0 is year zero')
num('hours_two_decimals.json', PROF, 'hours', '1.25', 'hours_too_precise', 'two decimals')
num('hours_float_noise.json', CONV, 'hours', '0.30000000000000004', 'hours_too_precise', '0.1 + 0.2 in a double')
num('hours_tiny_fraction.json', REG, 'hours', '1.00000001', 'hours_too_precise', 'eight decimals: a tolerance would let it through')
num('score_two_decimals.json', LANG, 'score', '59.95', 'score_too_precise', 'rounds to 60 if rounded')
num('year_fraction.json', REG, 'year', '2017.5', 'wrong_type', 'not a whole year')
num('for_year_exponent_fraction.json', PROF, 'for_year', '2.0175e3', 'wrong_type', '2017.5 written with an exponent')
num('hours_string.json', PROF, 'hours', '"30"', 'wrong_type', 'a number in quotes')
num('hours_bool.json', CONV, 'hours', 'true', 'wrong_type', 'true is not a number')
num('hours_null.json', REG, 'hours', 'null', 'wrong_type', 'null is not a number')
num('score_array.json', LANG, 'score', '[70]', 'wrong_type', 'an array is not a number')
add('records', 'hours_hex.json', rec_doc(field(PROF, 'hours', '0x10')), 'json_syntax', 'records[0]', 'hex is not JSON: 0 is read, then x stops the record')
add('records', 'hours_leading_zero.json', rec_doc(field(PROF, 'hours', '012')), 'json_syntax', 'records[0]', 'leading zeros are not JSON: 0 is read, then 12 stops the record')
num('hours_leading_plus.json', REG, 'hours', '+1', 'json_syntax', 'a plus sign is not JSON')
num('hours_bare_point.json', CONV, 'hours', '.5', 'json_syntax', 'a number must start with a digit')
num('hours_trailing_point.json', CONV, 'hours', '5.', 'json_syntax', 'a point needs digits after it')

# --- encoding
def bad_title(name, raw_bytes, code, why):
    text = rec_doc(json.dumps(dict(CONV, title='@@T@@'), ensure_ascii=False)).encode('utf-8')
    add('records', name, text.replace(b'@@T@@', raw_bytes), code, 'records[0].title', why)
bad_title('utf8_byte_ff.json', b'a\xffb', 'invalid_utf8', 'FF never occurs in UTF-8')
bad_title('utf8_overlong_slash.json', b'\xc0\xaf', 'invalid_utf8', 'overlong 2-byte "/"')
bad_title('utf8_overlong_3byte.json', b'\xe0\x80\xaf', 'invalid_utf8', 'overlong 3-byte "/"')
bad_title('utf8_overlong_4byte.json', b'\xf0\x80\x80\xaf', 'invalid_utf8', 'overlong 4-byte "/"')
bad_title('utf8_encoded_surrogate.json', b'\xed\xa0\x80', 'invalid_utf8', 'U+D800 encoded in UTF-8 (CESU)')
bad_title('utf8_past_10ffff.json', b'\xf4\x90\x80\x80', 'invalid_utf8', 'U+110000')
bad_title('utf8_truncated.json', b'\xe4\xb8', 'invalid_utf8', 'a 3-byte sequence cut short')
bad_title('utf8_lone_continuation.json', b'\x80', 'invalid_utf8', 'a continuation byte alone')
bad_title('utf8_latin1.json', '继续教育'.encode('gbk'), 'invalid_utf8', 'GBK, as an old Windows editor saves it')
bad_title('escape_lone_high_surrogate.json', b'\\ud800', 'invalid_unicode_escape', 'lone high surrogate')
bad_title('escape_lone_low_surrogate.json', b'\\udc00', 'invalid_unicode_escape', 'lone low surrogate')
bad_title('escape_reversed_surrogates.json', b'\\udc00\\ud800', 'invalid_unicode_escape', 'low before high')
bad_title('escape_high_then_letter.json', b'\\ud800\\u0041', 'invalid_unicode_escape', 'high surrogate then A')
bad_title('escape_short.json', b'\\u12', 'json_syntax', 'three hex digits')
bad_title('control_char_raw.json', b'a\x01b', 'json_syntax', 'an unescaped control character')
bad_title('raw_newline.json', b'a\nb', 'json_syntax', 'an unescaped newline')
add('records', 'utf8_in_key.json', b'{"records": [{"kind": "converted", "\xc0\xaf": 1}]}', 'invalid_utf8', 'records[0]', 'invalid UTF-8 in a key')
add('records', 'utf16le_bom.json', '\ufeff{"records": []}'.encode('utf-16-le'), 'json_syntax', '', 'UTF-16 with its BOM')
add('records', 'bom_twice.json', b'\xef\xbb\xbf\xef\xbb\xbf{"records": []}', 'json_syntax', '', 'only one leading BOM is skipped')
add('records', 'bom_then_bad_kind.json', b'\xef\xbb\xbf' + rec_doc('{"kind": "lecture"}').encode(), 'invalid_choice', 'records[0].kind', 'the BOM is skipped and the document read')
add('records', 'bom_inside.json', b'{"records": [\xef\xbb\xbf]}', 'json_syntax', 'records[0]', 'a BOM is only skipped at the start')

# --- syntax
add('records', 'empty.json', '', 'json_syntax', '', 'nothing at all')
add('records', 'whitespace.json', ' \n\t ', 'json_syntax', '', 'only whitespace')
add('records', 'truncated.json', '{"records": [{"kind": "registered", "year": 20', 'json_syntax', 'records[0]', 'cut off mid-number: 20 is read, then the end')
add('records', 'trailing_garbage.json', '{"records": []} x', 'json_syntax', '', 'text after the document')
add('records', 'two_documents.json', '{"records": []}{"records": []}', 'json_syntax', '', 'two documents')
add('records', 'trailing_comma_array.json', '{"records": [{"kind": "registered", "year": 2017, "category": "public", "hours": 1},]}', 'json_syntax', 'records[1]', 'trailing comma in an array')
add('records', 'trailing_comma_object.json', '{"records": [],}', 'json_syntax', '', 'trailing comma in an object')
add('records', 'single_quotes.json', "{'records': []}", 'json_syntax', '', 'single quotes')
add('records', 'comment.json', '{"records": [] // none\n}', 'json_syntax', '', 'comments are not JSON')
add('records', 'unquoted_key.json', '{records: []}', 'json_syntax', '', 'an unquoted key')
add('records', 'nul_then_more.json', b'{"records": []}\x00{"records": [{"kind": "registered", "year": 2017, "category": "public", "hours": 500}]}', 'json_syntax', '', 'text hidden after a NUL byte, which ends the input for nlohmann')
add('records', 'raw_nul_byte.json', b'{"records": [1\x00]}', 'json_syntax', 'records[1]', 'a NUL byte')

# --- shape
add('records', 'top_array.json', '[]', 'not_object', '', 'an array, not the document')
add('records', 'top_string.json', '"records"', 'not_object', '', 'a string')
add('records', 'top_null.json', 'null', 'not_object', '', 'null')
add('records', 'records_object.json', '{"records": {}}', 'wrong_type', 'records', 'records is not a list')
add('records', 'record_string.json', '{"records": ["registered"]}', 'not_object', 'records[0]', 'a record that is a string')
add('records', 'proto_key.json', rec_doc('{"kind": "registered", "__proto__": {"polluted": true}, "year": 2017, "category": "public", "hours": 1}'), 'unknown_field', 'records[0].__proto__', '__proto__ is only a key here')
add('records', 'duplicate_records.json', '{"records": [], "records": [{"kind": "registered"}]}', 'duplicate_key', 'records', 'records twice')
add('records', 'duplicate_hours.json', rec_doc('{"kind": "registered", "year": 2017, "category": "public", "hours": 1, "hours": 500}'), 'duplicate_key', 'records[0].hours', 'hours twice')
add('records', 'duplicate_escaped.json', rec_doc('{"kind": "registered", "year": 2017, "category": "public", "hours": 1, "hour\\u0073": 500}'), 'duplicate_key', 'records[0].hours', 'the same key, one escaped')
add('records', 'duplicate_passed.json', rec_doc('{"kind": "public_course", "date": "2017-04-01", "passed": false, "passed": true}'), 'duplicate_key', 'records[0].passed', 'failed then passed')
add('records', 'key_101_bytes.json', rec_doc('{"kind": "registered", "' + 'k' * 101 + '": 1}'), 'key_too_long', 'records[0]', 'a key longer than any field name')
add('records', 'title_201_chars.json', rec_doc(json.dumps(dict(CONV, title='学' * 201), ensure_ascii=False)), 'text_too_long', 'records[0].title', '201 characters')
add('records', 'module_spaces.json', rec_doc(json.dumps(dict(MOD, module=' \u3000\t'), ensure_ascii=False)), 'empty_module', 'records[0].module', 'only spaces')
add('records', 'date_feb_30.json', rec_doc(json.dumps(dict(PROF, date='2017-02-30'))), 'invalid_date', 'records[0].date', 'no such day')
add('records', 'date_fullwidth.json', rec_doc(json.dumps(dict(PROF, date='２０１７-04-01'), ensure_ascii=False)), 'invalid_date', 'records[0].date', 'full-width digits')
add('records', 'date_nul.json', rec_doc(json.dumps(dict(PROF, date='2017-04-01\u0000'))), 'invalid_date', 'records[0].date', 'a NUL after the date')
add('records', 'as_of_year_zero.json', '{"as_of": "0000-01-01", "records": []}', 'invalid_date', 'as_of', 'year zero')
add('records', 'many_unknown_fields.json', rec_doc('{"kind": "registered", ' + ', '.join(f'"k{i}": 0' for i in range(25)) + '}'), 'unknown_field', 'records[0].k0', '25 unknown keys, each an error')
add('records', 'members_33.json', rec_doc('{"kind": "registered", ' + ', '.join(f'"k{i}": 0' for i in range(32)) + '}'), 'too_many_members', 'records[0]', '33 members: no object of ours has more than 17')

# --- generated: size, depth, counts
MB = 1024 * 1024
gen('records', 'generated: 10 MB document', [('{"records": [], "x": "', 1), ('a', 10 * MB), ('"}', 1)], 'document_too_large', '', '10 MB')
gen('records', 'generated: 1 MB + 1 byte', [('{"records": [], "x": "', 1), ('a', MB - 21), ('"}', 1)], 'document_too_large', '', 'one byte over the limit')
gen('records', 'generated: 100,000 [', [('[', 100000)], 'too_deep', '[0]' * 16, '100,000 nested arrays')
gen('records', 'generated: 100,000 {"a":', [('{"a":', 100000)], 'too_deep', '.'.join(['a'] * 16), '100,000 nested objects')
gen('records', 'generated: 100,000 [ inside a title', [('{"records": [{"kind": "converted", "title": ', 1), ('[', 100000)], 'too_deep', 'records[0].title' + '[0]' * 13, 'deep where a string belongs')
gen('records', 'generated: 1 MB title', [('{"records": [{"kind": "converted", "date": "2017-04-01", "subtype": "training", "hours": 3, "title": "', 1), ('学', 345000), ('"}]}', 1)], 'text_too_long', 'records[0].title', '345,000 characters (1 MB)')
gen('records', 'generated: 1 MB key', [('{"records": [{"kind": "converted", "', 1), ('k', 1000000), ('": 1}]}', 1)], 'key_too_long', 'records[0]', 'a 1 MB key')
gen('records', 'generated: 1 MB of escapes', [('{"records": [{"kind": "converted", "title": "', 1), ('\\u5b66', 170000), ('"}]}', 1)], 'text_too_long', 'records[0].title', '\\u escapes decode to 170,000 characters')
gen('records', 'generated: 1 MB number', [('{"records": [{"kind": "converted", "hours": 1.', 1), ('0', 1000000), ('1}]}', 1)], 'number_too_long', 'records[0].hours', '1.000…001 with a million zeros')
gen('records', 'generated: 1 MB of spaces', [('{"records": [', 1), (' ', 1000000), ('}', 1)], 'json_syntax', 'records[0]', 'a wrong bracket after a million spaces')
gen('records', 'generated: 60,000 zeros', [('{"records": [0', 1), (',0', 59997), (']}', 1)], 'too_many_records', 'records', 'as many values as the limit allows')
gen('records', 'generated: 500,000 zeros', [('{"records": [0', 1), (',0', 500000), (']}', 1)], 'too_many_values', 'records', 'an array of half a million numbers')
gen('records', 'generated: 340,000 empty arrays', [('{"records": [[]', 1), (',[]', 340000), (']}', 1)], 'too_many_values', 'records', '340,000 arrays')
gen('records', 'generated: 340,000 empty objects', [('{"records": [{}', 1), (',{}', 340000), (']}', 1)], 'too_many_values', 'records', '340,000 objects')
gen('records', 'generated: 80,000 keys', [('{"records": [], "profile": {"k": 0', 1), (',"k#": 0', 80000, 'numbered'), ('}}', 1)], 'too_many_members', 'profile', '80,000 distinct keys in one object')
gen('records', 'generated: 1,850 records of 32 keys', [('{"records": [', 1), ('{' + ','.join(f'"k{i}":0' for i in range(32)) + '},', 1850), ('{}]}', 1)], 'too_many_values', 'records[1818]', 'the most duplicate-key checks the limits allow')
gen('records', 'generated: 10,001 records', [('{"records": [', 1), ('{"kind": "registered", "year": 2017, "category": "public", "hours": 1},', 10000), ('{"kind": "registered", "year": 2017, "category": "public", "hours": 1}]}', 1)], 'too_many_records', 'records', 'one more than the limit')
gen('records', 'generated: 10,000 records, each wrong', [('{"records": [', 1), ('{"kind": "registered", "year": 17, "category": "both", "hours": 0},', 9999), ('{"kind": "registered", "year": 17, "category": "both", "hours": 0}]}', 1)], 'year_out_of_range', 'records[0].year', '30,000 problems: the list is capped')
gen('records', 'generated: 7,000 long-key records', [('{"records": [', 1), ('{"kind": "registered", "' + 'u' * 100 + '": 0},', 6999), ('{"kind": "registered"}]}', 1)], 'unknown_field', 'records[0].' + 'u' * 100, 'unknown keys of 100 bytes, each quoted in its error')

# --- rule packs
def pack_case(name, mutate, code, path, why, raw=None, names=None):
    pack = copy.deepcopy(pack_src)
    mutate(pack)
    text = json.dumps(pack, ensure_ascii=False).encode('utf-8')
    if raw is not None: text = text.replace(RAW.encode(), raw if isinstance(raw, bytes) else raw.encode('utf-8'))
    add('pack', name, text, code, path, why, names)

def set_at(keys, value):
    def mutate(pack):
        node = pack
        for k in keys[:-1]: node = node[k]
        node[keys[-1]] = value
    return mutate

def pnum(name, keys, raw, code, why, path=None):
    pack_case(name, set_at(keys, '@@RAW@@'), code, path or 'rules.' + '.'.join(str(k) if not isinstance(k, int) else f'[{k}]' for k in keys).replace('.[', '['), why, raw)

pnum('public_nan.json', ['requirements', 'public', 'value'], 'NaN', 'json_syntax', 'NaN as a requirement')
pnum('public_1e400.json', ['requirements', 'public', 'value'], '1e400', 'number_out_of_range', 'infinite requirement')
pnum('public_1e308.json', ['requirements', 'public', 'value'], '1e308', 'value_too_large', 'huge requirement')
pnum('public_minus_zero.json', ['requirements', 'public', 'value'], '-0', 'value_not_positive', '-0 hours required')
pnum('public_two_decimals.json', ['requirements', 'public', 'value'], '30.05', 'value_too_precise', 'two decimals')
pnum('public_2p64.json', ['requirements', 'public', 'value'], '18446744073709551616', 'value_too_large', 'past 2^64')
pnum('pass_score_infinity.json', ['language_exam', 'pass_score', 'value'], '-Infinity', 'json_syntax', '-Infinity pass mark')
pnum('pass_score_2p53.json', ['language_exam', 'pass_score', 'value'], '9007199254740993', 'value_out_of_range', 'past 2^53')
pnum('format_fraction.json', ['format'], '1.5', 'wrong_type', 'format 1.5')
pnum('format_2p64_plus_1.json', ['format'], '18446744073709551617', 'format_out_of_range', 'would be 1 if wrapped')
pnum('year_2p32_plus_2015.json', ['years', 0, 'year'], '4294969311', 'year_out_of_range', 'would wrap to 2015')
pnum('surplus_order_wraps.json', ['make_up', 'surplus_order', 'value'], '[4294969311, 2016]', 'invalid_choice', 'would wrap to 2015', 'rules.make_up.surplus_order.value')
pnum('surplus_order_fraction.json', ['make_up', 'surplus_order', 'value'], '[2015.5]', 'invalid_choice', 'half a year', 'rules.make_up.surplus_order.value')
pnum('surplus_order_1e400.json', ['make_up', 'surplus_order', 'value'], '[1e400]', 'number_out_of_range', 'infinite year', 'rules.make_up.surplus_order.value[0]')
pnum('best_only_string.json', ['language_exam', 'best_only', 'value'], '"false"', 'wrong_type', 'a flag in quotes')
pnum('levels_array.json', ['language_exam', 'hours_by_level'], '[30, 20, 10]', 'wrong_type', 'levels as a list')
pack_case('quote_invalid_utf8.json', set_at(['requirements', 'public', 'quote'], '@@RAW@@'), 'invalid_utf8', 'rules.requirements.public.quote', 'invalid UTF-8 in a quote', raw=b'"\xe5\xad"')
pnum('quote_lone_surrogate.json', ['requirements', 'public', 'quote'], '"\\ud800"', 'invalid_unicode_escape', 'lone surrogate in a quote')
pack_case('quote_not_in_clause.json', set_at(['requirements', 'public', 'quote'], '公需类学时为20学时'), 'quote_not_in_clause', 'rules.requirements.public.quote', 'a quote the notice does not say', names='引文')
pack_case('unknown_clause.json', set_at(['requirements', 'public', 'clause'], '九'), 'unknown_clause', 'rules.requirements.public.clause', 'a clause the pack does not have')
pack_case('total_inconsistent.json', set_at(['requirements', 'total', 'value'], 100), 'inconsistent', 'rules.requirements.total.value', '30 + 60 is not 100', names='总学时')
pack_case('years_empty.json', set_at(['years'], []), 'wrong_type', 'rules.years', 'no years')
pack_case('key_101_bytes.json', set_at(['clauses', 'x' * 101], {'title': 't', 'text': 't'}), 'key_too_long', 'rules.clauses', 'a clause id longer than any')
add('pack', 'top_array.json', '[]', 'not_object', 'rules', 'an array', names='规则包')
add('pack', 'whitespace.json', ' ', 'json_syntax', 'rules', 'only whitespace (an empty text means the built-in pack)')
add('pack', 'truncated.json', json.dumps(pack_src, ensure_ascii=False)[:5000], 'json_syntax', 'rules.notes[0].id', 'cut off mid-file, inside a string')
add('pack', 'duplicate_years.json', json.dumps(pack_src, ensure_ascii=False)[:-1] + ', "years": []}', 'duplicate_key', 'rules.years', 'years twice, the second empty')
text = json.dumps(pack_src, ensure_ascii=False)
add('pack', 'members_33.json', text.replace('"clauses": {', '"clauses": {' + ''.join(f'"c{i}": {{"title": "t", "text": "t"}}, ' for i in range(22)), 1), 'too_many_members', 'rules.clauses', '33 clauses')
add('pack', 'duplicate_clause.json', text.replace('"clauses": {', '"clauses": {"二": {"title": "x", "text": "公需类学时为3学时"}, ', 1), 'duplicate_key', 'rules.clauses.二', 'a clause given twice with different text')
add('pack', 'bom_then_nan.json', b'\xef\xbb\xbf' + text.replace('"format": 1', '"format": NaN', 1).encode(), 'json_syntax', 'rules.format', 'BOM skipped, then NaN')
gen('pack', 'generated: 10 MB pack', [('{"x": "', 1), ('a', 10 * MB), ('"}', 1)], 'document_too_large', 'rules', '10 MB')
gen('pack', 'generated: 100,000 [', [('{"years": ', 1), ('[', 100000)], 'too_deep', 'rules.years' + '[0]' * 15, 'deep nesting')
gen('pack', 'generated: 100,000 values', [('{"notes": [0', 1), (',0', 100000), (']}', 1)], 'too_many_values', 'rules.notes', 'a huge list')
gen('pack', 'generated: 7,000 years', [('{"format": 1, "years": [', 1), ('{"year": 2017, "role": "current"},', 6999), ('{"year": 2017, "role": "current"}]}', 1)], 'too_many_values', 'rules.years[1665]', '7,000 years: a pack holds at most 5,000 values')
gen('pack', 'generated: 1,600 years', [('{"format": 1, "years": [', 1), ('{"year": 2017, "role": "current"},', 1599), ('{"year": 2017, "role": "current"}]}', 1)], 'missing_field', 'rules.id', '1,600 years, all the same: near the value limit, each read in full')
gen('pack', 'generated: 4,900 surplus years', [('{"years": [{"year": 2015, "role": "make_up"}], "make_up": {"surplus_order": {"value": [2015', 1), (',2015', 4900), (']}}}', 1)], 'missing_field', 'rules.id', 'a long list looked up year by year')
gen('pack', 'generated: 256 kB + 1 byte', [('{"x": "', 1), ('a', 256 * 1024 - 8), ('"}', 1)], 'document_too_large', 'rules', 'one byte over the pack limit')

json.dump({'today': '2017-11-26',
           'about': 'Hostile inputs: each must give ok:false with `code` at `path`, Chinese messages, within the time budget. '
                    'kind "records": the file is the records document (built-in pack); kind "pack": the file is the rule pack '
                    '(records: {"records": []}). "generate": the input is the pieces repeated ("#" numbered in a numbered piece), '
                    'for inputs too large to commit. "names": the word the message must contain (default: the last key of path).',
           'cases': cases}, open(f'{root}/manifest.json', 'w'), ensure_ascii=False, indent=1)
print(len(cases), 'cases')
