#pragma once
// The plan a reviewer reads: every change in execution order, its SQL and
// its hazards.
#include <string>
#include <vector>

#include "codegen/dialect.hpp"

namespace schemac {

struct PlanHeader {
  std::string from;  // source descriptions, already free of secrets
  std::string to;
  bool colour = false;
  bool destructive_allowed = false;
};

std::string render_text_plan(const PlanHeader& header, const ChangeSet& changes, const Dialect& dialect);

}  // namespace schemac
