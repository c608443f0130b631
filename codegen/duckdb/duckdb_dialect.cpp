#include "codegen/duckdb/duckdb_dialect.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "codegen/sql_quoting.hpp"
#include "model/ascii_case.hpp"
#include "model/overloaded.hpp"

namespace schemac {
namespace {

// Names DuckDB would read as something else unquoted (its reserved words,
// and a few it renders quoted itself); anything unusual is quoted.
bool reserved(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "at", "both", "case", "cast", "check", "collate",
      "column", "constraint", "create", "default", "deferrable", "desc", "describe", "distinct", "do", "else", "end", "except", "false",
      "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit",
      "name", "not", "null", "offset", "on", "only", "or", "order", "pivot", "pivot_longer", "pivot_wider", "placing", "primary",
      "qualify", "references", "returning", "select", "show", "some", "summarize", "symmetric", "table", "then", "to", "trailing", "true",
      "union", "unique", "unpivot", "using", "variadic", "when", "where", "window", "with"};
  const std::string lower = ascii_lower(std::string(word));
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Only lower-case names go bare: DuckDB keeps the case of what it is given.
const NameQuoting& quoting() {
  static const NameQuoting rules{[](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }, reserved};
  return rules;
}

std::string ident(std::string_view name) { return quoting().ident(name); }
std::string qualified(const QualifiedName& name) { return quoting().qualified(name, "main"); }
std::string literal(std::string_view text) { return single_quoted(text); }
std::string ident_list(const std::vector<std::string>& names) { return quoting().ident_list(names); }

std::string column_definition(const Column& column) {
  std::string out = ident(column.name) + " " + column.type;
  if (column.generated) return out + " GENERATED ALWAYS AS (" + column.generated->text + ") VIRTUAL";
  if (column.not_null) out += " NOT NULL";
  if (column.default_value) out += " DEFAULT (" + column.default_value->text + ")";
  return out;
}

std::string create_table(const Table& table, const QualifiedName& name) {
  std::vector<std::string> parts;
  for (const Column& column : table.columns) parts.push_back(column_definition(column));
  if (table.primary_key) parts.push_back("PRIMARY KEY (" + ident_list(table.primary_key->columns) + ")");
  for (const UniqueConstraint& unique : table.uniques) parts.push_back("UNIQUE (" + ident_list(unique.columns) + ")");
  for (const CheckConstraint& check : table.checks) parts.push_back("CHECK (" + check.expr.text + ")");
  for (const ForeignKey& fk : table.foreign_keys)
    parts.push_back("FOREIGN KEY (" + ident_list(fk.columns) + ") REFERENCES " + qualified(fk.ref_table) + " (" + ident_list(fk.ref_columns) + ")");
  std::string out = "CREATE TABLE " + qualified(name) + " (\n";
  for (std::size_t i = 0; i < parts.size(); ++i) out += "  " + parts[i] + (i + 1 < parts.size() ? ",\n" : "\n");
  return out + ")";
}

// Tables made again with their rows (parents first): each one's rows wait in
// a temporary table while all are dropped (children first: DuckDB refuses to
// drop a table others reference) and made again under their own names, then
// refilled (values cast to the new column types by INSERT). No table is
// renamed into place: DuckDB keeps a renamed table's old name in the foreign
// keys that point from it, and would later refuse to drop their parent.
std::vector<std::string> rebuild_tables(const RebuildTables& change) {
  auto hold = [](const Table& table) { return "schemac_hold_" + (table.name.schema == "main" ? "" : table.name.schema + "_") + table.name.name; };
  std::vector<std::string> out;
  for (const RebuildTable& t : change.tables)
    out.push_back("CREATE TEMP TABLE " + ident(hold(t.from)) + " AS SELECT * FROM " + qualified(t.from.name));
  for (auto t = change.tables.rbegin(); t != change.tables.rend(); ++t) out.push_back("DROP TABLE " + qualified(t->from.name));
  for (const RebuildTable& t : change.tables) out.push_back(create_table(t.to, t.to.name));
  for (const RebuildTable& t : change.tables) {
    std::vector<std::string> columns;
    for (const Column& column : t.to.columns)
      if (!column.generated && t.from.find_column(column.name)) columns.push_back(column.name);
    if (!columns.empty())
      out.push_back("INSERT INTO " + qualified(t.to.name) + " (" + ident_list(columns) + ") SELECT " + ident_list(columns) + " FROM " + ident(hold(t.from)));
  }
  for (const RebuildTable& t : change.tables) out.push_back("DROP TABLE " + ident(hold(t.from)));
  return out;
}

std::string create_sequence(const Sequence& s) {
  return "CREATE SEQUENCE " + qualified(s.name) + " INCREMENT BY " + std::to_string(s.increment) + " MINVALUE " + std::to_string(s.min_value) +
         " MAXVALUE " + std::to_string(s.max_value) + " START WITH " + std::to_string(s.start) + (s.cycle ? " CYCLE" : " NO CYCLE");
}

std::string create_index(const CreateIndex& c) {
  std::string keys;
  for (const IndexKey& key : c.index.keys) keys += (keys.empty() ? "" : ", ") + (key.expression ? "(" + key.expression->text + ")" : ident(key.column));
  return std::string("CREATE ") + (c.index.unique ? "UNIQUE " : "") + "INDEX " + ident(c.index.name) + " ON " + qualified(c.table) + " (" + keys + ")";
}

std::string create_view(const View& view) {
  return "CREATE VIEW " + qualified(view.name) + (view.columns.empty() ? "" : " (" + ident_list(view.columns) + ")") + " AS " + view.query;
}

std::string create_macro(const Function& macro, bool replace) {
  std::string parameters;
  for (const FunctionArgument& argument : macro.arguments) parameters += (parameters.empty() ? "" : ", ") + ident(argument.name);
  return std::string("CREATE ") + (replace ? "OR REPLACE " : "") + "MACRO " + qualified(macro.name) + "(" + parameters + ") AS " +
         (macro.language == "table_macro" ? "TABLE " : "") + macro.body;
}

struct Texts {
  std::vector<std::string> texts;
  Texts(std::string text) : texts{std::move(text)} {}               // NOLINT: implicit on purpose
  Texts(std::vector<std::string> many) : texts(std::move(many)) {}  // NOLINT
};

}  // namespace

std::string DuckdbDialect::quote_ident(std::string_view name) const { return ident(name); }
std::string DuckdbDialect::quote_literal(std::string_view text) const { return literal(text); }

std::vector<Statement> DuckdbDialect::render(const Change& change, const RenderContext&) const {
  auto alter = [](const QualifiedName& table) { return "ALTER TABLE " + qualified(table) + " "; };
  std::vector<std::string> texts = std::visit<Texts>(
      overloaded{
          [](const CreateNamespace& c) { return "CREATE SCHEMA " + ident(c.ns.name); },
          [](const DropNamespace& c) { return "DROP SCHEMA " + ident(c.ns.name); },
          [](const CreateEnum& c) {
            std::string labels;
            for (const std::string& label : c.type.labels) labels += (labels.empty() ? "" : ", ") + literal(label);
            return "CREATE TYPE " + qualified(c.type.name) + " AS ENUM (" + labels + ")";
          },
          [](const DropEnum& c) { return "DROP TYPE " + qualified(c.type.name); },
          [](const CreateSequence& c) { return create_sequence(c.sequence); },
          [](const DropSequence& c) { return "DROP SEQUENCE " + qualified(c.sequence.name); },
          [](const CreateTable& c) { return create_table(c.table, c.table.name); },
          [](const DropTable& c) { return "DROP TABLE " + qualified(c.table.name); },
          [](const RebuildTable& c) { return rebuild_tables(RebuildTables{{c}}); },
          [](const RebuildTables& c) { return rebuild_tables(c); },
          [&](const RenameTable& c) { return alter(c.table) + "RENAME TO " + ident(c.new_name); },
          [&](const RenameColumn& c) { return alter(c.table) + "RENAME COLUMN " + ident(c.from) + " TO " + ident(c.to); },
          [&](const AddColumn& c) -> Texts {
            // ADD COLUMN takes no constraint: NOT NULL follows on its own.
            Column plain = c.column;
            plain.not_null = false;
            std::vector<std::string> out{alter(c.table) + "ADD COLUMN " + column_definition(plain)};
            if (c.column.not_null) out.push_back(alter(c.table) + "ALTER COLUMN " + ident(c.column.name) + " SET NOT NULL");
            return out;
          },
          [&](const DropColumn& c) { return alter(c.table) + "DROP COLUMN " + ident(c.column.name); },
          [&](const AlterColumnType& c) { return alter(c.table) + "ALTER COLUMN " + ident(c.to.name) + " SET DATA TYPE " + c.to.type; },
          [&](const SetColumnDefault& c) {
            return alter(c.table) + "ALTER COLUMN " + ident(c.column) + (c.value ? " SET DEFAULT (" + c.value->text + ")" : " DROP DEFAULT");
          },
          [&](const SetColumnNotNull& c) { return alter(c.table) + "ALTER COLUMN " + ident(c.column) + (c.not_null ? " SET NOT NULL" : " DROP NOT NULL"); },
          [](const CreateIndex& c) { return create_index(c); },
          [](const DropIndex& c) { return "DROP INDEX " + qualified(QualifiedName{c.table.schema, c.index.name}); },
          [](const CreateView& c) { return create_view(c.view); },
          [](const DropView& c) { return "DROP VIEW " + qualified(c.view.name); },
          [](const CreateFunction& c) { return create_macro(c.function, c.replace); },
          [](const DropFunction& c) {
            return std::string("DROP MACRO ") + (c.function.language == "table_macro" ? "TABLE " : "") + qualified(c.function.name);
          },
          // DuckDB has no ALTER TYPE or ALTER SEQUENCE, and its inspector makes nothing else.
          [&](const auto&) -> Texts { throw std::runtime_error("DuckDB has no statement to " + summarize(change) + " (not supported yet)"); },
      },
      change.what).texts;
  std::vector<Statement> statements;
  for (std::string& sql : texts) statements.push_back(Statement{std::move(sql), Placement::InTransaction, change.hazards, change.subject, {}});
  return statements;
}

}  // namespace schemac
