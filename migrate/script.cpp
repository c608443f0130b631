#include "migrate/script.hpp"

#include <sstream>

namespace schemac {

std::string migration_script(const std::vector<Statement>& statements) {
  std::string before, during, after;
  for (const Statement& statement : statements) {
    const std::string line = statement.sql + ";\n";
    switch (statement.placement) {
      case Placement::BeforeTransaction: before += std::string(kBeforeTransactionMarker) + "\n" + line; break;
      case Placement::AfterTransaction: after += std::string(kAfterTransactionMarker) + "\n" + line; break;
      case Placement::InTransaction: during += line; break;
    }
  }
  return before + during + after;
}

ScriptParts split_migration_script(const std::string& text) {
  ScriptParts parts;
  if (text.find(kNoTransactionMarker) != std::string::npos) {
    parts.after.push_back(text);
    return parts;
  }
  enum { During, Before, After } where = During;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line == kBeforeTransactionMarker) {
      where = Before;
      parts.before.emplace_back();
      continue;
    }
    if (line == kAfterTransactionMarker) {
      where = After;
      parts.after.emplace_back();
      continue;
    }
    // A statement under a marker ends at its semicolon; what follows is the transaction's.
    std::string& target = where == Before ? parts.before.back() : where == After ? parts.after.back() : parts.in_transaction;
    target += line + "\n";
    if (where != During && line.ends_with(";")) where = During;
  }
  return parts;
}

}  // namespace schemac
