// The plan as a pull-request comment: a summary line, a table of changes with
// hazard badges, the SQL in a collapsed block.
#include <algorithm>

#include "codegen/plan/plan.hpp"

namespace schemac {
namespace {

std::string_view badge(HazardKind kind) {
  switch (kind) {
    case HazardKind::DataLoss: return "🔴";
    case HazardKind::TableRewrite: return "🟠";
    case HazardKind::LongLock: return "🟡";
    case HazardKind::Irreversible: return "🟣";
    case HazardKind::BackwardIncompatible: return "🔵";
  }
  return "⚪";
}

std::string_view sign(ChangeAction action) {
  switch (action) {
    case ChangeAction::Create: return "➕";
    case ChangeAction::Drop: return "➖";
    case ChangeAction::Alter: break;
  }
  return "✏️";
}

// Text in a table cell: pipes and line breaks would end the cell.
std::string cell(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

// A code span or fence longer than any run of backticks inside the text.
std::string fence_for(const std::string& text, std::size_t at_least) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max(at_least, longest + 1), '`');
}

std::string code(const std::string& text) {
  const std::string ticks = fence_for(text, 1);
  return ticks + (ticks.size() > 1 ? " " : "") + text + (ticks.size() > 1 ? " " : "") + ticks;
}

}  // namespace

std::string render_markdown_plan(const Plan& plan) {
  const PlanSettings& s = plan.settings;
  std::string out;
  if (plan.empty()) {
    out += "### schemac plan: no changes\n\n" + code(s.to) + " matches " + code(s.from) + ".\n";
  } else {
    const std::size_t destructive = plan.destructive_count();
    out += "### schemac plan: " + std::to_string(plan.changes.size()) + (plan.changes.size() == 1 ? " change" : " changes");
    if (destructive) out += ", " + std::to_string(destructive) + " destructive";
    out += "\n\n" + code(s.from) + " → " + code(s.to) + "\n\n";
    out += "| # | Change | Hazards |\n|---:|---|---|\n";
    std::size_t number = 0;
    for (const PlannedChange& change : plan.changes) {
      std::string hazards;
      for (const Hazard& hazard : change.hazards)
        hazards += (hazards.empty() ? "" : "<br>") + std::string(badge(hazard.kind)) + " `" + std::string(hazard_name(hazard.kind)) +
                   "` " + cell(hazard.reason);
      out += "| " + std::to_string(++number) + " | " + std::string(sign(change.action)) + " " + cell(change.summary) + " | " + hazards + " |\n";
    }
    if (destructive && !s.destructive_allowed)
      out += "\n> [!CAUTION]\n> " + std::to_string(destructive) + (destructive == 1 ? " change loses" : " changes lose") +
             " data: emitted only with `--allow-destructive`.\n";
    const std::vector<Statement> statements = plan.statements();
    const std::size_t after = plan.after_transaction_count();
    if (after > 0)
      out += "\n> [!NOTE]\n> " + std::to_string(after) + (after == 1 ? " statement runs" : " statements run") +
             " after the transaction commits: if one fails, what ran before it stays applied.\n";
    std::string sql;
    for (const Statement& statement : statements) {
      if (statement.placement == Placement::BeforeTransaction) sql += "-- before the transaction:\n";
      if (statement.placement == Placement::AfterTransaction) sql += "-- after the transaction:\n";
      sql += statement.sql + ";\n";
    }
    const std::string fence = fence_for(sql, 3);
    out += "\n<details><summary>SQL (" + std::to_string(statements.size()) + (statements.size() == 1 ? " statement" : " statements") +
           ")</summary>\n\n" + fence + "sql\n" + sql + fence + "\n\n</details>\n";
  }
  if (!plan.skipped.empty()) {
    out += "\n**Left out by `--additive-only`:**\n\n";
    for (const std::string& line : plan.skipped) out += "- " + line + "\n";
  }
  if (!plan.suggestions.empty()) {
    out += "\n**Possible renames** (a drop and an add that look alike):\n\n";
    for (const std::string& line : plan.suggestions) out += "- " + line + "\n";
  }
  return out;
}

}  // namespace schemac
