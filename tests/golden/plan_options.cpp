#include "tests/golden/plan_options.hpp"

#include <sstream>

namespace schemac::golden {

CaseOptions parse_case_options(const Case& c, const TableRules* rules, const std::string& default_schema) {
  CaseOptions out;
  out.up = options_for(rules);
  out.plan.from = "current";
  out.plan.to = "desired";
  auto it = c.sections.find("options");
  std::istringstream words(it == c.sections.end() ? "" : it->second);
  for (std::string word; words >> word;) {
    auto value = [&]() {
      std::string v;
      if (!(words >> v)) out.error = word + " needs a value";
      return v;
    };
    if (word == "--allow-destructive") out.plan.destructive_allowed = true;
    else if (word == "--additive-only") out.up.additive_only = out.plan.additive_only = true;
    else if (word == "--concurrent-indexes") out.up.concurrent_indexes = out.plan.concurrent_indexes = true;
    else if (word == "--online-constraints") out.up.online_constraints = out.plan.online_constraints = true;
    else if (word == "--lock-timeout") out.plan.lock_timeout = value();
    else if (word == "--statement-timeout") out.plan.statement_timeout = value();
    else if (word == "--search-path") {
      std::istringstream parts(value());
      for (std::string part; std::getline(parts, part, ',');) out.search_path.push_back(part);
    }
    else if (word == "--rename") {
      auto rename = parse_rename(value(), default_schema);
      if (!rename) out.error = rename.errors().front().message;
      else out.up.renames.push_back(std::move(rename).value());
    } else {
      out.error = "unknown option " + word;
    }
  }
  // Down is the same diff the other way; renames apply either way round.
  out.down = out.up;
  return out;
}

std::string check_plan_renderings(Case& c, const ChangeSet& changes, const Dialect& dialect, const PlanSettings& settings, bool rewrite) {
  const Plan plan = make_plan(changes, dialect, settings);
  const std::pair<const char*, std::string> renderings[] = {
      {"text", render_text_plan(plan, false)}, {"json", render_json_plan(plan)}, {"markdown", render_markdown_plan(plan)}};
  std::string failure;
  for (const auto& [name, got] : renderings) {
    if (rewrite) {
      if (!c.sections.contains(name)) c.section_order.push_back(name);
      c.sections[name] = got;
      continue;
    }
    auto it = c.sections.find(name);
    const std::string expected = it == c.sections.end() ? "" : it->second;
    if (got != expected) failure += std::string(name) + " differs\n--- expected\n" + expected + "--- got\n" + got;
  }
  return failure;
}

}  // namespace schemac::golden
