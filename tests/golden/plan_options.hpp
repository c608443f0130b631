#pragma once
// The `-- options` of a golden case, read like the command line's flags, and
// the check of plan cases' text, JSON and Markdown renderings.
#include <string>
#include <vector>

#include "codegen/plan/plan.hpp"
#include "diff/diff.hpp"
#include "tests/golden/case_file.hpp"

namespace schemac::golden {

struct CaseOptions {
  DiffOptions up, down;  // down: the renames turned around
  PlanSettings plan;
  std::vector<std::string> search_path;  // --search-path: the role's, for reading and loading the files
  std::string error;     // an unknown flag or a bad value
};

CaseOptions parse_case_options(const Case& c, const TableRules* rules, const std::string& default_schema);

// The plan of `changes` in all three renderings against the case's
// `-- text`, `-- json` and `-- markdown`; "" when they match.
std::string check_plan_renderings(Case& c, const ChangeSet& changes, const Dialect& dialect, const PlanSettings& settings, bool rewrite);

}  // namespace schemac::golden
