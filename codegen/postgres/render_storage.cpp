#include <algorithm>
#include <cctype>

#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

std::string option_value(const std::string& value) {
  const bool word = !value.empty() && std::all_of(value.begin(), value.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '_' || c == '.' || c == '-';
  });
  return word && value.front() != '.' ? value : literal(value);
}

// "toast.autovacuum_enabled" is a namespace and a name, each an identifier.
std::string option_name(const std::string& name) {
  const auto dot = name.find('.');
  return dot == std::string::npos ? ident(name) : ident(name.substr(0, dot)) + "." + ident(name.substr(dot + 1));
}

std::string set_and_reset(const std::string& prefix, const StorageOptions& set, const std::vector<std::string>& reset) {
  std::string out;
  if (!set.empty()) out += prefix + " SET (" + storage_options(set) + ")";
  if (!reset.empty()) {
    if (!out.empty()) out += ",";
    out += prefix + " RESET (";
    for (std::size_t i = 0; i < reset.size(); ++i) out += (i ? ", " : "") + option_name(reset[i]);
    out += ")";
  }
  return out;
}

}  // namespace

std::string storage_options(const std::vector<std::pair<std::string, std::string>>& options) {
  std::string out;
  for (const auto& [name, value] : options) out += (out.empty() ? "" : ", ") + option_name(name) + "=" + option_value(value);
  return out;
}

std::string set_table_logged(const SetTableLogged& change) {
  return "ALTER TABLE " + qualified(change.table) + (change.unlogged ? " SET UNLOGGED" : " SET LOGGED");
}

std::string set_table_options(const SetTableOptions& change) {
  return "ALTER TABLE " + qualified(change.table) + set_and_reset("", change.set, change.reset);
}

std::string set_column_statistics(const SetColumnStatistics& change) {
  return "ALTER TABLE " + qualified(change.table) + " ALTER COLUMN " + ident(change.column) + " SET STATISTICS " +
         std::to_string(change.statistics);
}

std::string set_column_options(const SetColumnOptions& change) {
  return "ALTER TABLE " + qualified(change.table) + set_and_reset(" ALTER COLUMN " + ident(change.column), change.set, change.reset);
}

std::string set_index_options(const SetIndexOptions& change) {
  return "ALTER INDEX " + qualified(change.index) + set_and_reset("", change.set, change.reset);
}

std::string set_index_tablespace(const SetIndexTablespace& change) {
  return "ALTER INDEX " + qualified(change.index) + " SET TABLESPACE " +
         (change.tablespace.empty() ? std::string("pg_default") : ident(change.tablespace));
}

std::string set_index_statistics(const SetIndexStatistics& change) {
  return "ALTER INDEX " + qualified(change.index) + " ALTER COLUMN " + std::to_string(change.key) + " SET STATISTICS " +
         std::to_string(change.statistics);
}

}  // namespace schemac::pg_sql
