// Indexes, views, triggers and virtual tables: SQLite makes and drops them,
// never alters them.
#include <algorithm>
#include <cctype>

#include "codegen/sqlite/sql_text.hpp"

namespace schemac::sqlite_sql {

namespace {

// f(...) as a whole: written without parentheses of its own.
bool function_call(const std::string& text) {
  const std::size_t open = text.find('(');
  if (open == 0 || open == std::string::npos || text.back() != ')') return false;
  if (!std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(open), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }))
    return false;
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    if (text[i] == '\'') {
      i = text.find('\'', i + 1);  // '' inside a literal closes and reopens it: the depth is unaffected
      if (i == std::string::npos) return false;
      continue;
    }
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return i + 1 == text.size();
  }
  return false;
}

}  // namespace

std::string create_index(const CreateIndex& change) {
  const Index& index = change.index;
  std::string keys;
  for (const IndexKey& key : index.keys) {
    if (!keys.empty()) keys += ", ";
    if (!key.expression) keys += ident(key.column);
    else keys += function_call(key.expression->text) ? key.expression->text : "(" + key.expression->text + ")";
    if (!key.collation.empty()) keys += " COLLATE " + ident(key.collation);
    if (key.descending) keys += " DESC";
  }
  std::string out = std::string(index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") +
                    qualified({change.table.schema, index.name}) + " ON " + ident(change.table.name) + " (" + keys + ")";
  if (index.predicate) out += " WHERE " + index.predicate->text;
  return out;
}

std::string drop_index(const DropIndex& change) { return "DROP INDEX " + qualified({change.table.schema, change.index.name}); }

std::string create_view(const View& view) {
  std::string out = "CREATE VIEW " + qualified(view.name);
  if (!view.columns.empty()) out += " (" + ident_list(view.columns) + ")";
  return out + " AS " + view.query;
}

std::string drop_view(const View& view) { return "DROP VIEW " + qualified(view.name); }

std::string create_trigger(const Trigger& trigger) {
  std::string out = "CREATE TRIGGER " + qualified({trigger.table.schema, trigger.name});
  switch (trigger.timing) {
    case Trigger::Timing::Before: out += " BEFORE"; break;
    case Trigger::Timing::After: out += " AFTER"; break;
    case Trigger::Timing::InsteadOf: out += " INSTEAD OF"; break;
  }
  if (trigger.on_insert) out += " INSERT";
  if (trigger.on_delete) out += " DELETE";
  if (trigger.on_update) out += trigger.update_columns.empty() ? " UPDATE" : " UPDATE OF " + ident_list(trigger.update_columns);
  out += " ON " + ident(trigger.table.name) + " FOR EACH ROW";
  if (trigger.when) out += " WHEN " + trigger.when->text;
  return out + " BEGIN " + trigger.body + " END";
}

std::string drop_trigger(const Trigger& trigger) { return "DROP TRIGGER " + qualified({trigger.table.schema, trigger.name}); }

// An FTS5 index over a table of its own (content='t') starts empty: it is
// filled from that table, or its queries would miss every existing row.
std::vector<std::string> create_virtual_table(const VirtualTable& table) {
  std::string arguments;
  for (const std::string& argument : table.arguments) arguments += (arguments.empty() ? "" : ", ") + argument;
  std::vector<std::string> out{"CREATE VIRTUAL TABLE " + qualified(table.name) + " USING " + table.module + " (" + arguments + ")"};
  const bool external_content = table.module == "fts5" && std::any_of(table.arguments.begin(), table.arguments.end(), [](const std::string& a) {
    return a.starts_with("content =") && a != "content = ''";
  });
  if (external_content)
    out.push_back("INSERT INTO " + qualified(table.name) + " (" + ident(table.name.name) + ") VALUES ('rebuild')");
  return out;
}

std::string drop_virtual_table(const VirtualTable& table) { return "DROP TABLE " + qualified(table.name); }

}  // namespace schemac::sqlite_sql
