// The rules of the notice, applied to one person's records. Each step names
// the clause it carries out; every figure comes from the rule pack.
#include <algorithm>
#include <utility>

#include "conversion.hpp"
#include "evaluation.hpp"
#include "plan.hpp"

namespace cehours {
namespace {

std::string hours_text(Tenths hours) { return "计" + format_tenths(hours) + "学时"; }

// What a person typed, isolated (U+2068 … U+2069) so that a stray
// right-to-left override in it cannot reorder the figures that follow.
std::string isolated(const std::string& typed) { return "\u2068" + typed + "\u2069"; }

std::string quoted_title(const Record& record) { return record.title.empty() ? "" : "「" + isolated(record.title) + "」"; }

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

class Evaluator {
public:
    Evaluator(const RecordsDocument& document, const RulePack& pack) : document_(document), pack_(pack) {
        result_.as_of = document.as_of;
        result_.affiliation = pack.find_affiliation(document.affiliation);
        result_.since = document.since;
        for (const auto& year : pack.years) {
            YearResult tally;
            tally.rule = &year;
            // Before the person became a 专业技术人员 nothing was required (notes: since).
            if (!before_since(year.year)) {
                tally.public_hours.required = pack.public_required.value;
                tally.professional_hours.required = pack.professional_required.value;
            }
            result_.years.push_back(tally);
            seen_.emplace_back();
        }
    }

    Evaluation run() {
        // Records are taken in order, so lines and warnings come out in record order.
        for (std::size_t i = 0; i < document_.records.size(); ++i) apply(i, document_.records[i]);
        warn_needless_make_up();
        transfer_current_surplus();
        settle_years();
        warn_local_professional_rules();
        warn_after_pack_period();
        result_.plan = make_plan(result_, document_, pack_);
        return std::move(result_);
    }

private:
    struct Placement {
        YearResult* year;
        bool make_up;
    };

    // Why a record counts for no year: the warning place() gives.
    struct Refusal {
        const char* code;
        std::string text;
        std::string clause;
    };

    struct Location {
        std::optional<Placement> placement;
        Refusal refusal;
    };

    [[nodiscard]] bool after_as_of(const Record& record) const { return record.date && document_.as_of < *record.date; }

    [[nodiscard]] bool before_since(int year) const { return document_.since && year < *document_.since; }

    // The last day any hours of this pack can count; the year it closes.
    [[nodiscard]] const PackYear& last_deadline() const {
        return *std::max_element(pack_.years.begin(), pack_.years.end(), [](const PackYear& a, const PackYear& b) {
            return a.deadline.value < b.deadline.value || (a.deadline.value == b.deadline.value && !a.make_up && b.make_up);
        });
    }

    void apply(std::size_t index, const Record& record) {
        // Dated after every deadline of the pack's years: it will never count,
        // so "not yet" would mislead (四). A later year's record is another pack's.
        const PackYear& last = last_deadline();
        if (record.date && last.deadline.value < *record.date && year_result(record.year) != nullptr) {
            warn(index, "after_deadline",
                 "日期" + record.date->iso() + "晚于" + (last.make_up ? "补修" : "") + "截止日期（" +
                     last.deadline.value.iso() + "），不能计入",
                 last.deadline.cite.clause);
            return;
        }
        if (after_as_of(record)) {
            warn(index, "after_as_of", "日期" + record.date->iso() + "晚于核算日期" + document_.as_of.iso() + "，暂不计入", "");
            return;
        }
        switch (record.kind) {
            case Kind::language_exam: return apply_language_exam(index, record);
            case Kind::computer_module: return apply_computer_module(index, record);
            case Kind::public_course: return apply_public_course(index, record);
            case Kind::professional_course:
            case Kind::special_training:
            case Kind::converted: return apply_professional(index, record);
            case Kind::registered: return apply_registered(index, record);
        }
    }

    // 二（一）1: 达到60分或全国通用标准的，一次性计算继续教育学时 … 当年度有效.
    void apply_language_exam(std::size_t index, const Record& record) {
        const auto placement = place(index, record, record.year);
        if (!placement) return;
        const auto& pass = pack_.language_pass_score;
        if (!passed_language_exam(record)) {
            warn(index, "exam_failed",
                 "职称外语考试" + format_tenths(record.score) + "分，未达到" + format_tenths(pass.value) + "分或全国通用标准，不计学时",
                 pass.cite.clause);
            return;
        }
        if (pack_.language_best_only.value && best_language_exam(record.year) != index) {
            warn(index, "language_exam_not_best",
                 std::to_string(record.year) + "年度已计学时更多的一次职称外语考试，同一年度只计一次",
                 pack_.language_best_only.cite.clause);
            return;
        }
        const auto& level = *pack_.level_hours(record.level);
        const std::string result =
            record.score >= pass.value ? format_tenths(record.score) + "分" : std::string("达到全国通用标准");
        credit(index, *placement->year, Category::public_hours, level.value, level.cite.clause,
               "职称外语" + record.level + "级，" + result + "，" + hours_text(level.value));
    }

    [[nodiscard]] bool passed_language_exam(const Record& record) const {
        return record.score >= pack_.language_pass_score.value || record.national_standard;
    }

    // The exam of `year` that counts: the passed one with the most hours, the
    // earlier of equals. Found once per year, by looking over every record.
    std::size_t best_language_exam(int year) {
        std::optional<std::size_t>& cached = seen(year).best_language_exam;
        if (cached) return *cached;
        std::size_t best = SIZE_MAX;
        Tenths best_hours = 0;
        for (std::size_t i = 0; i < document_.records.size(); ++i) {
            const Record& record = document_.records[i];
            if (record.kind != Kind::language_exam || record.year != year || after_as_of(record) ||
                !passed_language_exam(record) || !locate(record, year).placement) {
                continue;
            }
            const Tenths hours = pack_.level_hours(record.level)->value;
            if (best == SIZE_MAX || hours > best_hours) {
                best = i;
                best_hours = hours;
            }
        }
        cached = best;
        return best;
    }

    // 二（一）1: 成绩合格的，每个考试模块一次性计5学时，累计不超过30学时.
    void apply_computer_module(std::size_t index, const Record& record) {
        const auto& per_module = pack_.module_hours;
        const auto& cap = pack_.module_cap_per_year;
        const auto placement = place(index, record, record.year);
        if (!placement) return;
        const std::string name = "计算机应用能力考试模块“" + isolated(record.module) + "”";
        if (!record.passed) {
            warn(index, "exam_failed", name + "未合格，不计学时", per_module.cite.clause);
            return;
        }
        if (!pack_.module_catalogue.empty() && !record.module_listed) {
            warn(index, "module_not_in_catalogue",
                 name + "不在科目目录中（" + pack_.module_catalogue_source + "），请核对名称；仍按一个模块计算", per_module.cite.clause);
        }
        const int year = placement->year->rule->year;
        std::vector<std::string>& modules = seen(year).modules;
        if (contains(modules, record.module_key)) {
            warn(index, "duplicate_module", name + "在" + std::to_string(year) + "年度已计过学时，同一模块不重复计算",
                 per_module.cite.clause);
            return;
        }
        modules.push_back(record.module_key);
        Tenths& used = seen(year).module_hours;
        const Tenths hours = std::min(per_module.value, cap.value - used);
        const std::string cap_text = "计算机应用能力考试每年累计不超过" + format_tenths(cap.value) + "学时";
        if (hours <= 0) {
            warn(index, "cap_reached", cap_text + "，" + std::to_string(year) + "年度已达上限，本模块不计", cap.cite.clause);
            return;
        }
        if (hours < per_module.value) {
            warn(index, "cap_reached", cap_text + "，本模块只计" + format_tenths(hours) + "学时", cap.cite.clause);
        }
        used += hours;
        credit(index, *placement->year, Category::public_hours, hours, per_module.cite.clause, name + "，" + hours_text(hours));
    }

    // 二（一）2: 考核合格后，计30学时; 四（一）: a 2015/2016 topic taken during the make-up window.
    void apply_public_course(std::size_t index, const Record& record) {
        const auto& rule = pack_.public_course_hours;
        const std::string& name = pack_.kind(record.kind).name;
        const auto placement = place(index, record, record.year);
        if (!placement) return;
        if (!record.passed) {
            warn(index, "course_failed", name + "考核未合格，不计学时", rule.cite.clause);
            return;
        }
        const int year = placement->year->rule->year;
        if (std::exchange(seen(year).public_course, true)) {
            warn(index, "duplicate_public_course", std::to_string(year) + "年度公需科目已计过学时，不重复计算", rule.cite.clause);
            return;
        }
        const std::string clause = placement->make_up ? pack_.public_make_up_affiliations.cite.clause : rule.cite.clause;
        const std::string what = placement->make_up ? std::to_string(year) + "年度公需科目补修" + quoted_title(record)
                                                    : std::to_string(year) + "年度" + name + quoted_title(record);
        credit(index, *placement->year, Category::public_hours, rule.value, clause, what + "，" + hours_text(rule.value));
        if (placement->make_up) mark_make_up();
    }

    // 二（二）1–3: hours of online study, special training and conversions add
    // up; 四（二）: for a city person they may make up 2015/2016.
    void apply_professional(std::size_t index, const Record& record) {
        if (!record.item.empty()) return apply_conversion_item(index, record);
        const KindRule& kind = pack_.kind(record.kind);
        const auto placement = place(index, record, record.year);
        if (!placement) return;
        const std::string name =
            (record.kind == Kind::converted ? pack_.subtype_name(record.subtype) + kind.name : kind.name) + quoted_title(record);
        if (!record.passed) {
            warn(index, "course_failed", name + "考核未合格，不计学时", kind.cite.clause);
            return;
        }
        const int year = placement->year->rule->year;
        const std::string clause = placement->make_up ? pack_.professional_make_up_affiliations.cite.clause : kind.cite.clause;
        const std::string what = placement->make_up ? name + "，补修" + std::to_string(year) + "年度" : name;
        credit(index, *placement->year, Category::professional_hours, record.hours, clause, what + "，" + hours_text(record.hours));
        if (placement->make_up) mark_make_up();
    }

    // 二（二）3 with the pack's conversion table: the item decides the hours;
    // each year's portion is placed like any professional record (so 四 applies
    // to it) and counts within the item's yearly cap.
    void apply_conversion_item(std::size_t index, const Record& record) {
        const ConversionItem& item = *pack_.find_conversion_item(record.item);
        const std::string name = pack_.subtype_name(item.subtype) + pack_.kind(record.kind).name + "：" + item.name;
        int outside = 0;  // how many of its years the pack does not cover
        int first_outside = 0;
        for (const Portion& portion : convert(item, record)) {
            // A project may span up to two centuries: one warning for all its
            // years the pack does not cover, not one each.
            if (year_result(portion.year) == nullptr) {
                if (outside++ == 0) first_outside = portion.year;
                continue;
            }
            const auto placement = place(index, record, portion.year);
            if (!placement) continue;
            const Tenths hours = capped(index, item, portion);
            if (hours <= 0) continue;
            const std::string clause = placement->make_up ? pack_.professional_make_up_affiliations.cite.clause : portion.clause;
            const std::string what = name + portion.detail + quoted_title(record) +
                                     (placement->make_up ? "，补修" + std::to_string(portion.year) + "年度" : "");
            credit(index, *placement->year, Category::professional_hours, hours, clause, what + "，" + hours_text(hours));
            if (placement->make_up) mark_make_up();
        }
        if (outside == 1) {
            const Refusal refusal = outside_pack(first_outside);
            warn(index, refusal.code, refusal.text, refusal.clause);
        }
        if (outside > 1) {
            warn(index, "outside_pack_years",
                 "项目中有" + std::to_string(outside) + "个年度（" + std::to_string(first_outside) + "年度等）不在本规则（" +
                     std::to_string(pack_.years.front().year) + "—" + std::to_string(pack_.years.back().year) +
                     "年度）范围内，不计学时",
                 "");
        }
    }

    // The hours of a portion that fit under its item's yearly cap, if it has one.
    Tenths capped(std::size_t index, const ConversionItem& item, const Portion& portion) {
        if (!item.cap_per_year) return portion.hours;
        const Cited<Tenths>& cap = *item.cap_per_year;
        auto& caps = seen(portion.year).conversion_hours;
        auto found = std::find_if(caps.begin(), caps.end(), [&](const auto& entry) { return entry.first == &item; });
        Tenths& used = found != caps.end() ? found->second : caps.emplace_back(&item, 0).second;
        const Tenths hours = std::min(portion.hours, cap.value - used);
        const std::string cap_text = item.name + "每年累计不超过" + format_tenths(cap.value) + "学时";
        if (hours <= 0) {
            warn(index, "cap_reached", cap_text + "，" + std::to_string(portion.year) + "年度已达上限，不再计入", cap.cite.clause);
            return 0;
        }
        if (hours < portion.hours) warn(index, "cap_reached", cap_text + "，本项只计" + format_tenths(hours) + "学时", cap.cite.clause);
        used += hours;
        return hours;
    }

    // 三: hours already registered (or confirmed for a person transferred in) count as registered.
    void apply_registered(std::size_t index, const Record& record) {
        YearResult* year = year_result(record.year);
        if (year == nullptr) {
            const Refusal refusal = outside_pack(record.year);
            warn(index, refusal.code, refusal.text, refusal.clause);
            return;
        }
        const KindRule& kind = pack_.kind(record.kind);
        credit(index, *year, record.category, record.hours, kind.cite.clause,
               std::to_string(record.year) + "年度" + kind.name + "（" + category_name(record.category) + "）" +
                   quoted_title(record) + "，" + hours_text(record.hours));
    }

    std::optional<Placement> place(std::size_t index, const Record& record, int for_year) {
        Location location = locate(record, for_year);
        if (!location.placement) {
            warn(index, location.refusal.code, std::move(location.refusal.text), location.refusal.clause);
        }
        return location.placement;
    }

    // Which year a dated record counts for, if any. Hours count in their own
    // year (二（一）1: 当年度有效); a record for an earlier year counts only as
    // make-up (四): dated within the window, and only for the affiliations the
    // notice names for that category.
    Location locate(const Record& record, int for_year) {
        const Date& date = *record.date;
        YearResult* year = year_result(for_year);
        if (year == nullptr) return {std::nullopt, outside_pack(for_year)};
        const Cited<Date>& deadline = year->rule->deadline;
        if (deadline.value < date) {
            return {std::nullopt,
                    {"after_deadline",
                     std::to_string(for_year) + "年度学时截止于" + deadline.value.chinese() + "，" + date.chinese() + "取得的不再计入",
                     deadline.cite.clause}};
        }
        if (date.year == for_year) return {Placement{year, false}, {}};
        const Date& window_start = pack_.make_up_dated_from.value;
        if (!year->rule->make_up || date.year < for_year || date < window_start) {
            return {std::nullopt,
                    {"wrong_year",
                     "日期" + date.iso() + "不在" + std::to_string(for_year) + "年度内，也不在补修期间（" +
                         window_start.chinese() + "至" + deadline.value.chinese() + "），不计学时",
                     pack_.make_up_dated_from.cite.clause}};
        }
        const auto& allowed = record.category == Category::public_hours ? pack_.public_make_up_affiliations
                                                                          : pack_.professional_make_up_affiliations;
        if (!contains(allowed.value, document_.affiliation)) {
            return {std::nullopt,
                    {"make_up_not_for_affiliation",
                     result_.affiliation->name + "专业技术人员" + std::to_string(for_year) + "年度" +
                         category_name(record.category) + "学时的补修按县区人力资源和社会保障部门的规定执行，本工具不计入",
                     allowed.cite.clause}};
        }
        return {Placement{year, true}, {}};
    }

    // 四（一）: 已全部完成或完成了其中1个年度公需科目的…可以不再补修已完成年度的课题;
    // 四（二）: make-up is for 学时未达到规定要求的 years. A make-up record the
    // year did not need is hours that could have counted elsewhere.
    void warn_needless_make_up() {
        for (std::size_t line : make_up_lines_) {
            const Line& made_up = result_.lines[line];
            const Tally& tally = year_result(made_up.year)->tally(made_up.category);
            if (tally.earned - made_up.hours < tally.required) continue;
            const auto& rule = made_up.category == Category::public_hours ? pack_.public_make_up_affiliations
                                                                            : pack_.professional_make_up_affiliations;
            warn(*made_up.record, "make_up_not_needed",
                 std::to_string(made_up.year) + "年度" + category_name(made_up.category) +
                     "学时不计本条补修也已达标，本条的" + format_tenths(made_up.hours) + "学时没有用上；如果它是为其他年度学的，请改填计入年度",
                 rule.cite.clause);
        }
    }

    // 四（二）: 在确保完成本年度继续教育学时要求的基础上 … 补齐每年60个学时.
    void transfer_current_surplus() {
        const auto& allowed = pack_.professional_make_up_affiliations;
        if (!contains(allowed.value, document_.affiliation)) return;
        YearResult& current = *year_result(pack_.current_year().year);
        Tally& source = current.professional_hours;
        if (pack_.surplus_needs_current_complete.value && !current.complete()) {
            // Not yet: say what will move once the current year is complete. Once its deadline has
            // passed it never will be, so nothing is promised (四: 补修的时间均截止到…不再安排类似的补修).
            if (current.rule->deadline.value < document_.as_of) return;
            Tenths surplus = source.earned - source.required;
            for (int target_year : pack_.surplus_order.value) {
                YearResult& receiver = *year_result(target_year);
                Tally& target = receiver.professional_hours;
                const Tenths share = std::max<Tenths>(0, std::min(surplus, target.remaining()));
                surplus -= share;
                // A year whose make-up deadline has passed is promised nothing, yet keeps its share:
                // the transfer below fills the order oldest first, so a later year is promised
                // only what would reach it.
                target.awaiting = receiver.rule->deadline.value < document_.as_of ? 0 : share;
            }
            return;
        }
        for (int target_year : pack_.surplus_order.value) {
            Tally& target = year_result(target_year)->professional_hours;
            const Tenths surplus = source.earned - source.required;
            const Tenths moved = std::min(surplus, target.remaining());
            if (moved <= 0) continue;
            source.earned -= moved;
            source.transferred -= moved;
            target.earned += moved;
            target.transferred += moved;
            result_.lines.push_back({std::nullopt, target_year, Category::professional_hours, moved,
                                     pack_.surplus_order.cite.clause,
                                     std::to_string(current.rule->year) + "年度专业类超出" + format_tenths(source.required) +
                                         "学时的部分补入" + std::to_string(target_year) + "年度，" + hours_text(moved)});
        }
    }

    void settle_years() {
        for (auto& year : result_.years) {
            const long days = days_between(document_.as_of, year.rule->deadline.value);
            year.days_left = std::max(0L, days);
            year.status = before_since(year.rule->year) ? YearStatus::not_required
                          : year.complete()                ? YearStatus::complete
                          : days < 0                       ? YearStatus::closed
                                                           : YearStatus::open;
        }
    }

    // 二（二）: 县区所属单位的专业科目培训工作，按照各县区人力资源和社会保障部门的安排执行.
    void warn_local_professional_rules() {
        if (result_.affiliation == nullptr || !result_.affiliation->professional_by_local_rules) return;
        const Citation& cite = *result_.affiliation->professional_by_local_rules;
        result_.warnings.push_back({std::nullopt, "local_professional_rules",
                                    cite.quote + "。本工具照常累计本年度专业类学时，请以县区规定为准。", cite.clause});
    }

    void warn_after_pack_period() {
        if (!(pack_.valid_until < document_.as_of)) return;
        result_.warnings.push_back({std::nullopt, "after_pack_period",
                                    "核算日期" + document_.as_of.chinese() + "已过本规则包的适用期（至" +
                                        pack_.valid_until.chinese() + "），这里是各年度截止时的结果；" +
                                        std::to_string(pack_.valid_until.year + 1) + "年起的学时要求需要当年的规则包",
                                    ""});
    }

    void credit(std::size_t index, YearResult& year, Category category, Tenths hours, const std::string& clause,
                std::string text) {
        year.tally(category).earned += hours;
        result_.lines.push_back({index, year.rule->year, category, hours, clause, std::move(text)});
    }

    // The line just credited was make-up. Pushed by reference, as the JSON
    // reader's key hashes are: one vector<size_t>::push_back in the wasm.
    void mark_make_up() {
        const std::size_t last = result_.lines.size() - 1;
        make_up_lines_.push_back(last);
    }

    void warn(std::size_t index, const char* code, std::string text, const std::string& clause) {
        result_.warnings.push_back({index, code, std::move(text), clause});
    }

    Refusal outside_pack(int year) const {
        return {"outside_pack_years",
                std::to_string(year) + "年度不在本规则（" + std::to_string(pack_.years.front().year) + "—" +
                    std::to_string(pack_.years.back().year) + "年度）范围内，不计学时",
                ""};
    }

    YearResult* year_result(int year) {
        const auto found = std::find_if(result_.years.begin(), result_.years.end(),
                                        [&](const YearResult& y) { return y.rule->year == year; });
        return found == result_.years.end() ? nullptr : &*found;
    }

    const RecordsDocument& document_;
    const RulePack& pack_;
    Evaluation result_;
    // What counts once a year, or up to a yearly cap, for each of result_.years
    // (same index): a pack has a handful of years, and a std::map or std::set
    // per question was tree code in the wasm (0.7 kB of it).
    struct YearSeen {
        std::optional<std::size_t> best_language_exam;  // found once: the record index, SIZE_MAX if none
        std::vector<std::string> modules;                // module_key of each module counted
        Tenths module_hours = 0;
        bool public_course = false;
        std::vector<std::pair<const ConversionItem*, Tenths>> conversion_hours;  // per item with a cap
    };

    // `year` is one of the pack's: every caller has placed a record in it.
    YearSeen& seen(int year) { return seen_[static_cast<std::size_t>(year_result(year) - result_.years.data())]; }

    std::vector<std::size_t> make_up_lines_;  // the make-up credits in result_.lines
    std::vector<YearSeen> seen_;
};

}  // namespace

Evaluation evaluate(const RecordsDocument& document, const RulePack& pack) { return Evaluator(document, pack).run(); }

}  // namespace cehours
