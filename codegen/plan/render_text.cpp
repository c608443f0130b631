// The plan for a terminal: colour when asked (stdout a terminal, NO_COLOR unset).
#include "codegen/plan/plan.hpp"

namespace schemac {
namespace {

struct Palette {
  bool on;
  std::string paint(std::string_view code, const std::string& text) const {
    return on ? "\x1b[" + std::string(code) + "m" + text + "\x1b[0m" : text;
  }
};

// Statements of several lines (a CREATE TABLE) stay indented under their change.
std::string indented(const Statement& statement) {
  std::string sql = statement.sql;
  for (std::size_t at = 0; (at = sql.find('\n', at)) != std::string::npos; at += 6) sql.replace(at, 1, "\n     ");
  return "     " + sql + ";\n";
}

std::string placement_note(Placement placement) {
  switch (placement) {
    case Placement::BeforeTransaction: return "(runs before the transaction, on its own)";
    case Placement::AfterTransaction: return "(runs after the transaction commits, on its own)";
    case Placement::InTransaction: break;
  }
  return "";
}

}  // namespace

std::string render_text_plan(const Plan& plan, bool colour) {
  const Palette palette{colour};
  const PlanSettings& settings = plan.settings;
  std::string out;
  if (plan.empty()) {
    out = "No changes: " + settings.to + " matches " + settings.from + ".\n";
  } else {
    const std::size_t destructive = plan.destructive_count();
    out += palette.paint("1", "Plan: " + std::to_string(plan.changes.size()) + (plan.changes.size() == 1 ? " change" : " changes"));
    if (destructive) out += palette.paint("31", " (" + std::to_string(destructive) + " destructive)");
    out += "\n  from: " + settings.from + "\n  to:   " + settings.to + "\n\n";
    if (!plan.prologue.empty()) {
      out += palette.paint("2", "Before the changes:") + "\n";
      for (const Statement& statement : plan.prologue) out += indented(statement);
    }
    std::size_t number = 0;
    for (const PlannedChange& change : plan.changes) {
      ++number;
      const std::string sign = change.action == ChangeAction::Create ? "+" : change.action == ChangeAction::Drop ? "-" : "~";
      const std::string_view hue = change.action == ChangeAction::Create ? "32" : change.action == ChangeAction::Drop ? "31" : "33";
      out += palette.paint(hue, std::to_string(number) + ". " + sign + " " + change.summary);
      if (change.where.known()) out += palette.paint("2", "  (" + change.where.to_string() + ")");
      out += "\n";
      for (const Statement& statement : change.statements) {
        out += indented(statement);
        if (statement.placement != Placement::InTransaction) out += palette.paint("2", "     " + placement_note(statement.placement)) + "\n";
      }
      for (const Hazard& hazard : change.hazards)
        out += palette.paint(hazard.kind == HazardKind::DataLoss ? "31" : "33",
                             "     ! " + std::string(hazard_name(hazard.kind)) + ": " + hazard.reason) + "\n";
    }
    if (!plan.epilogue.empty()) {
      out += palette.paint("2", "After the changes:") + "\n";
      for (const Statement& statement : plan.epilogue) out += indented(statement);
    }
    const std::size_t after = plan.after_transaction_count();
    if (after > 0)
      out += "\n" + palette.paint("33", std::to_string(after) + (after == 1 ? " statement runs" : " statements run") +
                                            " after the transaction commits: if one fails, the transaction and the statements "
                                            "before it stay applied") + "\n";
    if (destructive && !settings.destructive_allowed)
      out += "\n" + palette.paint("31", std::to_string(destructive) + (destructive == 1 ? " change loses" : " changes lose") +
                                            " data; pass --allow-destructive to emit " + (destructive == 1 ? "it" : "them")) + "\n";
  }
  if (!plan.skipped.empty()) {
    out += "\n" + palette.paint("33", "Left out by --additive-only:") + "\n";
    for (const std::string& line : plan.skipped) out += "  - " + line + "\n";
  }
  if (!plan.suggestions.empty()) {
    out += "\n" + palette.paint("36", "Possible renames (a drop and an add that look alike):") + "\n";
    for (const std::string& line : plan.suggestions) out += "  - " + line + "\n";
  }
  return out;
}

}  // namespace schemac
