#include "codegen/dialect.hpp"

namespace schemac {

std::vector<Statement> render_all(const Dialect& dialect, const ChangeSet& changes, const RenderContext& context) {
  std::vector<Statement> out = dialect.prologue(changes);
  for (const Change& change : changes.changes) {
    auto statements = dialect.render(change, context);
    for (auto& statement : statements) out.push_back(std::move(statement));
  }
  for (Statement& statement : dialect.epilogue(changes)) out.push_back(std::move(statement));
  settle_placements(out);
  return out;
}

void settle_placements(std::vector<Statement>& statements) {
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const std::string& marker = statements[i].commit_first_if_used;
    if (marker.empty()) continue;
    for (std::size_t j = i + 1; j < statements.size(); ++j) {
      if (statements[j].sql.find(marker) != std::string::npos) {
        statements[i].placement = Placement::BeforeTransaction;
        break;
      }
    }
  }
}

void write_script(const Dialect& dialect, ChangeSet changes, std::ostream& out) {
  for (const Statement& statement : dialect.prologue(changes)) out << statement.sql << ";\n";
  for (Change& change : changes.changes) {
    const Change written = std::move(change);
    for (const Statement& statement : dialect.render(written, {})) out << statement.sql << ";\n";
  }
  for (const Statement& statement : dialect.epilogue(changes)) out << statement.sql << ";\n";
}

std::string to_script(const std::vector<Statement>& statements) {
  std::string out;
  for (const Statement& statement : statements) out += statement.sql + ";\n";
  return out;
}

}  // namespace schemac
