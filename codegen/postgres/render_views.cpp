#include <algorithm>
#include <cctype>

#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

std::string option_value(const std::string& value) {
  const bool word = !value.empty() && std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; });
  return word ? value : literal(value);
}

}  // namespace

std::string create_view(const CreateView& change) {
  const View& view = change.view;
  std::string out = std::string(view.materialized ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ") + qualified(view.name);
  if (!view.columns.empty()) out += " (" + ident_list(view.columns) + ")";
  if (!view.options.empty()) {
    out += " WITH (";
    for (std::size_t i = 0; i < view.options.size(); ++i)
      out += (i ? ", " : "") + ident(view.options[i].first) + "=" + option_value(view.options[i].second);
    out += ")";
  }
  return out + " AS " + view.query;
}

std::string drop_view(const DropView& change) {
  return (change.view.materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") + qualified(change.view.name);
}

}  // namespace schemac::pg_sql
