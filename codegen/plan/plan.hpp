#pragma once
// The plan a reviewer reads: every change in execution order with its SQL
// and hazards, the settings and checks around them, what was left out and
// what looks like a rename. Built once; text, JSON and Markdown render it,
// and a saved JSON plan is what `apply --plan` runs.
#include <optional>
#include <string>
#include <vector>

#include "codegen/dialect.hpp"
#include "model/result.hpp"

namespace schemac {

struct PlanSettings {
  std::string from, to;  // source descriptions, already free of secrets
  bool destructive_allowed = false;
  bool additive_only = false;
  bool concurrent_indexes = false;
  bool online_constraints = false;
  std::string lock_timeout;       // empty: none set
  std::string statement_timeout;  // empty: none set
  std::string from_fingerprint;   // empty: not computed
};

enum class ChangeAction { Create, Drop, Alter };

struct PlannedChange {
  std::string summary;  // "add column public.users.email"
  ChangeAction action = ChangeAction::Alter;
  ObjectKey subject;
  SourceRange where;
  std::vector<Hazard> hazards;
  std::vector<Statement> statements;
};

struct Plan {
  PlanSettings settings;
  std::string dialect;
  std::vector<Statement> prologue;  // session settings the changes need
  std::vector<PlannedChange> changes;
  std::vector<Statement> epilogue;  // checks and settings after the changes
  std::vector<std::string> skipped;      // left out by --additive-only, one line each
  std::vector<std::string> suggestions;  // drops and adds that look like renames, with the hint that says so

  bool empty() const { return changes.empty(); }
  std::size_t destructive_count() const;
  std::size_t statement_count() const;
  std::size_t hazard_count(HazardKind kind) const;
  std::size_t after_transaction_count() const;  // statements run after the transaction commits
  // Every statement in the order it runs (placements decide when).
  std::vector<Statement> statements() const;
};

Plan make_plan(const ChangeSet& changes, const Dialect& dialect, PlanSettings settings);

std::string render_text_plan(const Plan& plan, bool colour);
std::string render_markdown_plan(const Plan& plan);
// The versioned JSON form (format_version 1; schema in codegen/plan/plan.schema.json).
std::string render_json_plan(const Plan& plan);
// A saved JSON plan read back; nullopt and a message when it is not one.
Result<Plan> read_json_plan(const std::string& text);

}  // namespace schemac
