#include "vocabulary.hpp"

#include <cstring>

#include "limits.hpp"

namespace cehours {
namespace {

using limits::kMaxYear;
using limits::kMinYear;

// An input bound, not a rule: 500 items, days or 10,000-character units in one record.
constexpr std::int64_t kMaxQuantity = 500;

// The fields, each once. Labels are what errors call a field; a kind may word it otherwise on its form.
constexpr FieldDef kAsOf{"as_of", FieldType::date, "核算日期", 0, 0, "", Options::none};
constexpr FieldDef kProfile{"profile", FieldType::object, "个人情况", 0, 0, "", Options::none};
constexpr FieldDef kAffiliation{"affiliation", FieldType::choice, "单位类别", 0, 0, "", Options::affiliations};
// 四: the year the person became a 专业技术人员; the reader also holds it to the as_of year.
constexpr FieldDef kSince{"since", FieldType::integer, "成为专业技术人员的年度", kMinYear, kMaxYear, "", Options::none};
constexpr FieldDef kRecords{"records", FieldType::list, "记录列表", 0, limits::kMaxRecords, "", Options::none};
constexpr FieldDef kKind{"kind", FieldType::choice, "记录类型", 0, 0, "", Options::kinds};
constexpr FieldDef kId{"id", FieldType::text, "编号", 0, limits::kMaxShortTextChars, "", Options::none};
constexpr FieldDef kTitle{"title", FieldType::text, "名称", 0, limits::kMaxTitleChars, "", Options::none};
constexpr FieldDef kCertificate{"certificate", FieldType::text, "证书编号", 0, limits::kMaxShortTextChars, "", Options::none};
constexpr FieldDef kDate{"date", FieldType::date, "日期", 0, 0, "", Options::none};
constexpr FieldDef kLevel{"level", FieldType::choice, "级别", 0, 0, "", Options::language_levels};
constexpr FieldDef kScore{"score", FieldType::decimal, "成绩", 0, limits::kMaxScore, "分", Options::none};
constexpr FieldDef kNationalStandard{"national_standard", FieldType::flag, "达到全国通用标准", 0, 0, "", Options::none};
constexpr FieldDef kModule{"module", FieldType::text, "模块名称", 0, limits::kMaxShortTextChars, "", Options::none};
constexpr FieldDef kPassed{"passed", FieldType::flag, "是否合格", 0, 0, "", Options::none};
constexpr FieldDef kTopicYear{"topic_year", FieldType::year, "课题年度", kMinYear, kMaxYear, "", Options::none};
constexpr FieldDef kHours{"hours", FieldType::decimal, "学时", 1, limits::kMaxHours, "学时", Options::none};
constexpr FieldDef kForYear{"for_year", FieldType::year, "用于年度", kMinYear, kMaxYear, "", Options::none};
constexpr FieldDef kSubtype{"subtype", FieldType::choice, "折算类别", 0, 0, "", Options::converted_subtypes};
constexpr FieldDef kYear{"year", FieldType::year, "年度", kMinYear, kMaxYear, "", Options::none};
constexpr FieldDef kCategory{"category", FieldType::choice, "类别", 0, 0, "", Options::categories};
constexpr FieldDef kItem{"item", FieldType::choice, "折算项目", 0, 0, "", Options::conversion_items};
constexpr FieldDef kQuantityItems{"quantity", FieldType::integer, "数量", 1, kMaxQuantity, "", Options::none};
constexpr FieldDef kQuantityUnits{"quantity", FieldType::decimal, "数量", 1, 10 * kMaxQuantity, "", Options::none};
constexpr FieldDef kRank{"rank", FieldType::choice, "排名", 0, 0, "", Options::ranks};
constexpr FieldDef kFromYear{"from_year", FieldType::integer, "起始年度", kMinYear, kMaxYear, "", Options::none};
constexpr FieldDef kToYear{"to_year", FieldType::integer, "结束年度", kMinYear, kMaxYear, "", Options::none};

constexpr const FieldDef* kAllFields[] = {
    &kAsOf, &kProfile, &kAffiliation, &kSince, &kRecords, &kKind, &kId, &kTitle, &kCertificate, &kDate,
    &kLevel, &kScore, &kNationalStandard, &kModule, &kPassed, &kTopicYear, &kHours, &kForYear, &kSubtype,
    &kYear, &kCategory, &kItem, &kQuantityItems, &kQuantityUnits, &kRank, &kFromYear, &kToYear,
};

// 四（一）, 四（二）: a record may be made up for an earlier year, so the year it counts for is asked.
constexpr KindField kForYearField{&kForYear, Need::optional, "计入年度", "与日期同年", "用于补修往年专业类学时时，选所补年度（四（二））"};
constexpr KindField kCertificateField{&kCertificate, Need::optional, "证书编号（选填）"};
constexpr KindField kTitleField{&kTitle, Need::optional, "名称或备注（选填）"};

// The profile: both optional, so a document of records alone is read as the pack's first
// affiliation with every year required. The page words their boxes in its frame's language.
constexpr KindField kProfileFields[] = {{&kAffiliation, Need::optional}, {&kSince, Need::optional}};

constexpr KindField kLanguageExamFields[] = {
    {&kDate, Need::required, "考试日期"},
    {&kLevel, Need::required},
    {&kScore, Need::required, "成绩（分）"},
    {&kNationalStandard, Need::optional, "成绩达到全国通用标准"},
    kCertificateField, kTitleField};

constexpr KindField kComputerModuleFields[] = {
    {&kDate, Need::required, "考试日期"},
    {&kModule, Need::required},
    {&kPassed, Need::optional, "考试合格", "", "", true},
    kCertificateField, kTitleField};

constexpr KindField kPublicCourseFields[] = {
    {&kDate, Need::required, "考试合格日期"},
    {&kTopicYear, Need::optional, "", "与培训日期同年", "补修往年公需科目时，选所补年度的课题（四（一））"},
    {&kPassed, Need::optional, "考试合格", "", "", true},
    kCertificateField, kTitleField};

constexpr KindField kProfessionalCourseFields[] = {
    {&kDate, Need::required, "考试合格日期"},
    {&kHours, Need::required},
    {&kPassed, Need::optional, "考试合格", "", "", true},
    kForYearField, kCertificateField, kTitleField};

constexpr KindField kSpecialTrainingFields[] = {
    {&kDate, Need::required, "结业日期"},
    {&kHours, Need::required},
    {&kPassed, Need::optional, "考核合格", "", "", true},
    kForYearField, kCertificateField, kTitleField};

constexpr KindField kConvertedFields[] = {
    {&kDate, Need::required, "取得日期"},
    {&kSubtype, Need::required, "折算方式"},
    {&kHours, Need::required, "折算学时（按认定）"},
    kForYearField, kCertificateField, kTitleField};

constexpr KindField kRegisteredFields[] = {
    {&kYear, Need::required},
    {&kCategory, Need::required},
    {&kHours, Need::required, "已登记学时"},
    kCertificateField, kTitleField};

constexpr KindDef kKinds[] = {
    {Kind::language_exam, "language_exam", rows(kLanguageExamFields)},
    {Kind::computer_module, "computer_module", rows(kComputerModuleFields)},
    {Kind::public_course, "public_course", rows(kPublicCourseFields)},
    {Kind::professional_course, "professional_course", rows(kProfessionalCourseFields)},
    {Kind::special_training, "special_training", rows(kSpecialTrainingFields)},
    {Kind::converted, "converted", rows(kConvertedFields)},
    {Kind::registered, "registered", rows(kRegisteredFields)},
};

// A record naming a conversion-table item: the table computes the hours, so
// each method asks only what it multiplies (二（二）3).
constexpr KindField kItemDate{&kDate, Need::required, "取得日期"};
constexpr KindField kItemField{&kItem, Need::required};
constexpr KindField kItemSubtype{&kSubtype, Need::optional};

constexpr KindField kPerItemFields[] = {
    kItemDate, kItemField, kItemSubtype, {&kQuantityItems, Need::optional, "数量（项）", "1项", "不填按1项计"},
    kForYearField, kCertificateField, kTitleField};
constexpr KindField kPerUnitFields[] = {
    kItemDate, kItemField, kItemSubtype, {&kQuantityUnits, Need::required}, kForYearField, kCertificateField, kTitleField};
constexpr KindField kByRankFields[] = {
    kItemDate, kItemField, kItemSubtype, {&kRank, Need::required, "作者或成员排名"}, kForYearField, kCertificateField,
    kTitleField};
constexpr KindField kPerYearFields[] = {
    kItemDate, kItemField, kItemSubtype, {&kFromYear, Need::required, "项目开始年度"},
    {&kToYear, Need::required, "项目结束年度", "", "项目进行期间的每个年度分别计入"}, kCertificateField, kTitleField};

constexpr const char* kModules[] = {
    "Windows XP操作系统", "Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
    "Internet应用", "Access 2003数据库管理系统", "WPS Office办公组件", "AutoCAD 2004制图软件",
    "Photoshop CS4图像处理", "Dreamweaver 8网页制作", "Project 2000项目管理",
};

}  // namespace

Rows<KindDef> record_kinds() { return rows(kKinds); }

Fields profile_fields() { return rows(kProfileFields); }

const KindDef& kind_def(Kind kind) {
    for (const auto& def : kKinds) {
        if (def.kind == kind) return def;
    }
    return kKinds[0];  // unreachable: every Kind has a row
}

const FieldDef* find_field_def(const std::string& name) {
    for (const FieldDef* def : kAllFields) {
        if (name == def->name) return def;
    }
    return nullptr;
}

Fields conversion_item_fields(ConversionMethod method) {
    switch (method) {
        case ConversionMethod::per_item: return rows(kPerItemFields);
        case ConversionMethod::per_unit: return rows(kPerUnitFields);
        case ConversionMethod::by_rank: return rows(kByRankFields);
        case ConversionMethod::per_year: return rows(kPerYearFields);
        case ConversionMethod::invalid: break;
    }
    return {nullptr, nullptr};
}

Rows<const char*> module_suggestions() { return rows(kModules); }

}  // namespace cehours
