#include "codegen/plan/plan.hpp"

#include <algorithm>

namespace schemac {
namespace {

// What a change does to its object, for signs and badges: read off its
// summary, which every change kind starts with its verb.
ChangeAction action_of(const std::string& summary) {
  if (summary.starts_with("create ") || summary.starts_with("add ")) return ChangeAction::Create;
  if (summary.starts_with("drop ")) return ChangeAction::Drop;
  return ChangeAction::Alter;
}

}  // namespace

std::size_t Plan::destructive_count() const {
  return static_cast<std::size_t>(std::count_if(changes.begin(), changes.end(), [](const PlannedChange& c) {
    return std::any_of(c.hazards.begin(), c.hazards.end(), [](const Hazard& h) { return h.kind == HazardKind::DataLoss; });
  }));
}

std::size_t Plan::statement_count() const { return statements().size(); }

std::size_t Plan::hazard_count(HazardKind kind) const {
  std::size_t count = 0;
  for (const PlannedChange& change : changes)
    count += static_cast<std::size_t>(std::count_if(change.hazards.begin(), change.hazards.end(), [&](const Hazard& h) { return h.kind == kind; }));
  return count;
}

std::size_t Plan::after_transaction_count() const {
  std::size_t count = 0;
  auto add = [&](const std::vector<Statement>& statements) {
    count += static_cast<std::size_t>(
        std::count_if(statements.begin(), statements.end(), [](const Statement& s) { return s.placement == Placement::AfterTransaction; }));
  };
  add(prologue);
  for (const PlannedChange& change : changes) add(change.statements);
  add(epilogue);
  return count;
}

std::vector<Statement> Plan::statements() const {
  std::vector<Statement> out = prologue;
  for (const PlannedChange& change : changes) out.insert(out.end(), change.statements.begin(), change.statements.end());
  out.insert(out.end(), epilogue.begin(), epilogue.end());
  return out;
}

Plan make_plan(const ChangeSet& changes, const Dialect& dialect, PlanSettings settings) {
  Plan plan;
  plan.dialect = std::string(dialect.name());
  plan.skipped = changes.skipped;
  plan.suggestions = changes.suggestions;
  if (changes.empty()) {
    plan.settings = std::move(settings);
    return plan;
  }
  // Rendered as one list so that placements reflect the whole plan, then cut
  // back into the changes they came from.
  std::vector<Statement> all = dialect.session_settings(settings.lock_timeout, settings.statement_timeout);
  for (Statement& statement : dialect.prologue(changes)) all.push_back(std::move(statement));
  const std::size_t prologue_size = all.size();
  std::vector<std::size_t> sizes;
  for (const Change& change : changes.changes) {
    auto rendered = dialect.render(change, {});
    sizes.push_back(rendered.size());
    for (Statement& statement : rendered) all.push_back(std::move(statement));
  }
  for (Statement& statement : dialect.epilogue(changes)) all.push_back(std::move(statement));
  settle_placements(all);

  auto next = std::make_move_iterator(all.begin());
  plan.prologue.assign(next, next + static_cast<std::ptrdiff_t>(prologue_size));
  next += static_cast<std::ptrdiff_t>(prologue_size);
  for (std::size_t i = 0; i < changes.changes.size(); ++i) {
    const Change& change = changes.changes[i];
    PlannedChange planned{summarize(change), ChangeAction::Alter, change.subject, change.where, change.hazards, {}};
    planned.action = action_of(planned.summary);
    planned.statements.assign(next, next + static_cast<std::ptrdiff_t>(sizes[i]));
    next += static_cast<std::ptrdiff_t>(sizes[i]);
    plan.changes.push_back(std::move(planned));
  }
  plan.epilogue.assign(next, std::make_move_iterator(all.end()));
  plan.settings = std::move(settings);
  return plan;
}

}  // namespace schemac
