#include "codegen/sqlite/sqlite_dialect.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "codegen/sql_quoting.hpp"
#include "codegen/sqlite/sql_text.hpp"
#include "model/ascii_case.hpp"
#include "model/overloaded.hpp"
#include "parser/sqlite/expression_text.hpp"

namespace schemac {

namespace sqlite_sql {
namespace {

// SQLite keeps a name's case (it stores the statement as written).
const NameQuoting& quoting() {
  static const NameQuoting rules{[](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; },
                                 [](std::string_view word) { return sqlite::is_keyword(word); }};
  return rules;
}

}  // namespace

std::string ident(std::string_view name) { return quoting().ident(name); }
std::string qualified(const QualifiedName& name) { return quoting().qualified(name, "main"); }
std::string literal(std::string_view text) { return single_quoted(text); }
std::string ident_list(const std::vector<std::string>& names) { return quoting().ident_list(names); }

}  // namespace sqlite_sql

namespace {

struct Texts {
  std::vector<std::string> texts;
  Texts(std::string text) : texts{std::move(text)} {}               // NOLINT: implicit on purpose
  Texts(std::vector<std::string> many) : texts(std::move(many)) {}  // NOLINT
};

template <class... Kinds>
bool plan_has(const ChangeSet& changes) {
  return std::any_of(changes.changes.begin(), changes.changes.end(),
                     [](const Change& c) { return (std::holds_alternative<Kinds>(c.what) || ...); });
}

// Rebuilds and drops run with foreign keys off: dropping a table would
// otherwise delete its rows first, firing ON DELETE CASCADE in the tables that
// reference it. The keys are checked before commit instead.
bool needs_foreign_keys_off(const ChangeSet& changes) { return plan_has<RebuildTable, DropTable>(changes); }

Statement statement(std::string sql, Placement placement = Placement::InTransaction) {
  return Statement{std::move(sql), placement, {}, {}, {}};
}

}  // namespace

std::vector<std::string> SqliteDialect::runner_lock(bool take, std::string_view wait) const {
  if (!take) return {};
  // "30s", "500ms", "2min"; a bare number is milliseconds.
  std::size_t digits = 0;
  while (digits < wait.size() && std::isdigit(static_cast<unsigned char>(wait[digits]))) ++digits;
  long long ms = digits ? std::stoll(std::string(wait.substr(0, digits))) : 30000;
  const std::string_view unit = wait.substr(digits);
  if (unit == "s") ms *= 1000;
  else if (unit == "min") ms *= 60000;
  return {"PRAGMA busy_timeout = " + std::to_string(ms)};
}

bool SqliteDialect::sets_only_the_connection(std::string_view statement) const {
  const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!statement.empty() && space(statement.front())) statement.remove_prefix(1);
  while (!statement.empty() && (space(statement.back()) || statement.back() == ';')) statement.remove_suffix(1);
  return statement.find(';') == std::string_view::npos && ascii_lower(statement).starts_with("pragma foreign_keys");
}

std::string SqliteDialect::quote_ident(std::string_view name) const { return sqlite_sql::ident(name); }
std::string SqliteDialect::quote_literal(std::string_view text) const { return sqlite_sql::literal(text); }

// PRAGMA foreign_keys does nothing inside a transaction. A script run by a
// tool that wraps it in one would rebuild with the keys on; the guard makes
// that fail (and roll back) instead of cascading deletes.
std::vector<Statement> SqliteDialect::prologue(const ChangeSet& changes) const {
  if (!needs_foreign_keys_off(changes)) return {};
  std::vector<Statement> out{statement("PRAGMA foreign_keys = OFF", Placement::BeforeTransaction)};
  if (plan_has<RebuildTable>(changes)) {
    out.push_back(statement(
        "CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "
        "\"PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt\" CHECK (enforced = 0))"));
    out.push_back(statement("INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys"));
    out.push_back(statement("DROP TABLE temp.schemac_foreign_keys_off"));
  }
  return out;
}

std::vector<Statement> SqliteDialect::epilogue(const ChangeSet& changes) const {
  if (!needs_foreign_keys_off(changes)) return {};
  Statement check = statement("PRAGMA foreign_key_check");
  check.expect_no_rows = true;
  return {std::move(check), statement("PRAGMA foreign_keys = ON", Placement::AfterTransaction)};
}

std::vector<Statement> SqliteDialect::render(const Change& change, const RenderContext&) const {
  using namespace sqlite_sql;
  auto unsupported = [&]() -> Texts { throw std::logic_error("SQLite has no way to " + summarize(change)); };
  std::vector<std::string> texts = std::visit<Texts>(
      overloaded{
          [](const CreateTable& c) { return create_table(c.table, c.table.name); },
          [](const DropTable& c) { return "DROP TABLE " + qualified(c.table.name); },
          [](const RebuildTable& c) { return rebuild_table(c); },
          [](const RenameTable& c) { return "ALTER TABLE " + qualified(c.table) + " RENAME TO " + ident(c.new_name); },
          [](const RenameColumn& c) { return "ALTER TABLE " + qualified(c.table) + " RENAME COLUMN " + ident(c.from) + " TO " + ident(c.to); },
          [](const AddColumn& c) { return add_column(c); },
          [](const DropColumn& c) { return drop_column(c); },
          [](const CreateIndex& c) { return create_index(c); },
          [](const DropIndex& c) { return drop_index(c); },
          [](const CreateView& c) { return create_view(c.view); },
          [](const DropView& c) { return drop_view(c.view); },
          [](const CreateTrigger& c) -> Texts {
            // No CREATE OR REPLACE TRIGGER: the old one goes first.
            if (c.replace) return std::vector<std::string>{drop_trigger(c.trigger), create_trigger(c.trigger)};
            return create_trigger(c.trigger);
          },
          [](const DropTrigger& c) { return drop_trigger(c.trigger); },
          [](const CreateVirtualTable& c) { return create_virtual_table(c.table); },
          [](const DropVirtualTable& c) { return drop_virtual_table(c.table); },
          // The SQLite frontends make nothing else; a change of another kind is a bug.
          [&](const auto&) -> Texts { return unsupported(); },
      },
      change.what).texts;
  std::vector<Statement> statements;
  for (std::string& sql : texts) statements.push_back(Statement{std::move(sql), Placement::InTransaction, change.hazards, change.subject, {}});
  return statements;
}

}  // namespace schemac
