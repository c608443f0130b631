#include "codegen/dialect.hpp"

namespace schemac {

std::vector<Statement> render_all(const Dialect& dialect, const ChangeSet& changes, const RenderContext& context) {
  std::vector<Statement> out;
  for (const Change& change : changes.changes) {
    auto statements = dialect.render(change, context);
    for (auto& statement : statements) out.push_back(std::move(statement));
  }
  return out;
}

std::string to_script(const std::vector<Statement>& statements) {
  std::string out;
  for (const Statement& statement : statements) out += statement.sql + ";\n";
  return out;
}

}  // namespace schemac
