#include "codegen/plan/text_plan.hpp"

namespace schemac {
namespace {

enum class Verb { Create, Drop, Alter };

Verb verb_of(const Change& change) {
  return std::visit(
      [](const auto& c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, CreateNamespace> || std::is_same_v<T, CreateEnum> || std::is_same_v<T, CreateSequence> ||
                      std::is_same_v<T, CreateTable> || std::is_same_v<T, AddColumn> || std::is_same_v<T, AddConstraint> ||
                      std::is_same_v<T, CreateIndex> || std::is_same_v<T, AddEnumValue>)
          return Verb::Create;
        else if constexpr (std::is_same_v<T, DropNamespace> || std::is_same_v<T, DropEnum> || std::is_same_v<T, DropSequence> ||
                           std::is_same_v<T, DropTable> || std::is_same_v<T, DropColumn> || std::is_same_v<T, DropConstraint> ||
                           std::is_same_v<T, DropIndex>)
          return Verb::Drop;
        else
          return Verb::Alter;
      },
      change.what);
}

struct Palette {
  bool on;
  std::string paint(std::string_view code, const std::string& text) const {
    return on ? "\x1b[" + std::string(code) + "m" + text + "\x1b[0m" : text;
  }
};

}  // namespace

std::string render_text_plan(const PlanHeader& header, const ChangeSet& changes, const Dialect& dialect) {
  const Palette palette{header.colour};
  std::string out;
  if (changes.empty()) return "No changes: " + header.to + " matches " + header.from + ".\n";
  const std::size_t destructive = changes.destructive_count();
  out += palette.paint("1", "Plan: " + std::to_string(changes.changes.size()) + (changes.changes.size() == 1 ? " change" : " changes"));
  if (destructive) out += palette.paint("31", " (" + std::to_string(destructive) + " destructive)");
  out += "\n  from: " + header.from + "\n  to:   " + header.to + "\n\n";

  // Rendered all at once so placements reflect the whole plan.
  std::vector<Statement> statements;
  std::vector<std::size_t> statements_per_change;
  for (const Change& change : changes.changes) {
    auto rendered = dialect.render(change, {});
    statements_per_change.push_back(rendered.size());
    for (auto& statement : rendered) statements.push_back(std::move(statement));
  }
  settle_placements(statements);

  std::size_t number = 0, next_statement = 0;
  for (const Change& change : changes.changes) {
    ++number;
    const Verb verb = verb_of(change);
    const std::string sign = verb == Verb::Create ? "+" : verb == Verb::Drop ? "-" : "~";
    const std::string_view colour = verb == Verb::Create ? "32" : verb == Verb::Drop ? "31" : "33";
    out += palette.paint(colour, std::to_string(number) + ". " + sign + " " + summarize(change));
    if (change.where.known()) out += palette.paint("2", "  (" + change.where.to_string() + ")");
    out += "\n";
    for (std::size_t k = 0; k < statements_per_change[number - 1]; ++k) {
      const Statement& statement = statements[next_statement++];
      // Statements of several lines (a CREATE TABLE) stay indented under their change.
      std::string sql = statement.sql;
      for (std::size_t at = 0; (at = sql.find('\n', at)) != std::string::npos; at += 6) sql.replace(at, 1, "\n     ");
      out += "     " + sql + ";\n";
      if (statement.placement == Placement::BeforeTransaction)
        out += palette.paint("2", "     (committed on its own before the other statements: its effect cannot be used in the same transaction)") + "\n";
      if (statement.placement == Placement::AfterTransaction)
        out += palette.paint("2", "     (runs after the transaction: it cannot run inside one)") + "\n";
    }
    for (const Hazard& hazard : change.hazards)
      out += palette.paint(hazard.kind == HazardKind::DataLoss ? "31" : "33",
                           "     ! " + std::string(hazard_name(hazard.kind)) + ": " + hazard.reason) + "\n";
  }
  if (destructive && !header.destructive_allowed)
    out += "\n" + palette.paint("31", std::to_string(destructive) + (destructive == 1 ? " change loses" : " changes lose") +
                                          " data; pass --allow-destructive to emit " + (destructive == 1 ? "it" : "them")) + "\n";
  return out;
}

}  // namespace schemac
