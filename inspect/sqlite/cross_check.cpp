#include "inspect/sqlite/cross_check.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "model/ascii_case.hpp"

namespace schemac::sqlite {
namespace {

// Every table-valued pragma is joined to sqlite_schema: one statement for all
// tables (each pragma call looks its table up by name).
constexpr const char* kColumns = R"SQL(
SELECT m.name, p.name, p."notnull", p.pk, p.hidden
FROM sqlite_schema AS m, pragma_table_xinfo(m.name) AS p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.rowid, p.cid)SQL";

constexpr const char* kIndexes = R"SQL(
SELECT m.name, l.name, l."unique", l.partial
FROM sqlite_schema AS m, pragma_index_list(m.name) AS l
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND l.origin = 'c')SQL";

constexpr const char* kForeignKeys = R"SQL(
SELECT m.name, f.id, f."table", f."from", f.on_update, f.on_delete
FROM sqlite_schema AS m, pragma_foreign_key_list(m.name) AS f
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.rowid, f.id, f.seq)SQL";

std::string text(const db::Rows& rows, std::size_t row, std::size_t column) {
  return std::string(rows.get(row, column).value_or(""));
}

// What the frontend read, in the form the pragmas report it.
std::string column_summary(const Table& table, const Column& column) {
  const bool in_key = table.primary_key && std::find(table.primary_key->columns.begin(), table.primary_key->columns.end(), column.name) !=
                                               table.primary_key->columns.end();
  const int hidden = !column.generated ? 0 : column.virtual_generated ? 2 : 3;
  // SQLite reports a WITHOUT ROWID table's key columns NOT NULL whether declared so or not.
  const bool not_null = column.not_null || (table.without_rowid && in_key);
  return column.name + " notnull=" + std::to_string(not_null) + " key=" + std::to_string(in_key) + " hidden=" + std::to_string(hidden);
}

std::string foreign_key_summary(const ForeignKey& fk) {
  std::string out = ascii_lower(fk.ref_table.name) + " (";
  for (const std::string& column : fk.columns) out += column + ",";
  return out + ") " + std::string(fk_action_words(fk.on_update)) + "/" + std::string(fk_action_words(fk.on_delete));
}

struct Reported {
  std::map<std::string, std::vector<std::string>> columns, indexes, foreign_keys;  // table name -> summaries
};

Diagnostic mismatch(const Table& table, std::string_view what, const std::vector<std::string>& read, const std::vector<std::string>& reported) {
  auto joined = [](const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
    return out.empty() ? "none" : out;
  };
  return Diagnostic{table.where,
                    "schemac read the " + std::string(what) + " of table " + table.name.name + " as (" + joined(read) +
                        ") but SQLite reports (" + joined(reported) + ")",
                    "this is a bug in schemac's SQLite frontend; nothing was planned. Please report it with the table's CREATE statement",
                    {}};
}

}  // namespace

std::vector<Diagnostic> cross_check(db::Connection& connection, const Schema& schema) {
  Reported reported;
  auto columns = connection.query(kColumns);
  auto indexes = connection.query(kIndexes);
  auto foreign_keys = connection.query(kForeignKeys);
  for (auto* result : {&columns, &indexes, &foreign_keys})
    if (!*result) return result->errors();
  const db::Rows& c = *columns.value();
  for (std::size_t i = 0; i < c.size(); ++i)
    reported.columns[text(c, i, 0)].push_back(text(c, i, 1) + " notnull=" + text(c, i, 2) + " key=" + (text(c, i, 3) != "0" ? "1" : "0") +
                                              " hidden=" + text(c, i, 4));
  const db::Rows& x = *indexes.value();
  for (std::size_t i = 0; i < x.size(); ++i)
    reported.indexes[text(x, i, 0)].push_back(text(x, i, 1) + " unique=" + text(x, i, 2) + " partial=" + text(x, i, 3));
  const db::Rows& f = *foreign_keys.value();
  std::map<std::pair<std::string, std::string>, std::string> keys;  // (table, id) -> summary
  for (std::size_t i = 0; i < f.size(); ++i) {
    std::string& summary = keys[{text(f, i, 0), text(f, i, 1)}];
    if (summary.empty()) summary = ascii_lower(text(f, i, 2)) + " (";
    summary += text(f, i, 3) + ",";
    if (i + 1 == f.size() || text(f, i + 1, 0) != text(f, i, 0) || text(f, i + 1, 1) != text(f, i, 1))
      summary += ") " + text(f, i, 4) + "/" + text(f, i, 5);
  }
  for (auto& [key, summary] : keys) reported.foreign_keys[key.first].push_back(std::move(summary));

  std::vector<Diagnostic> problems;
  for (const Table& table : schema.tables) {
    std::vector<std::string> read_columns, read_indexes, read_keys;
    for (const Column& column : table.columns) read_columns.push_back(column_summary(table, column));
    for (const Index& index : table.indexes)
      read_indexes.push_back(index.name + " unique=" + std::to_string(index.unique) + " partial=" + std::to_string(index.predicate.has_value()));
    for (const ForeignKey& fk : table.foreign_keys) read_keys.push_back(foreign_key_summary(fk));
    auto& got_indexes = reported.indexes[table.name.name];
    auto& got_keys = reported.foreign_keys[table.name.name];
    // Index and key order is not schema.
    for (auto* list : {&read_indexes, &got_indexes, &read_keys, &got_keys}) std::sort(list->begin(), list->end());
    if (read_columns != reported.columns[table.name.name]) problems.push_back(mismatch(table, "columns", read_columns, reported.columns[table.name.name]));
    if (read_indexes != got_indexes) problems.push_back(mismatch(table, "indexes", read_indexes, got_indexes));
    if (read_keys != got_keys) problems.push_back(mismatch(table, "foreign keys", read_keys, got_keys));
  }
  return problems;
}

}  // namespace schemac::sqlite
