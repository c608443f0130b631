#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {

std::string create_view(const CreateView& change) {
  const View& view = change.view;
  std::string out = std::string(view.materialized ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ") + qualified(view.name);
  if (!view.columns.empty()) out += " (" + ident_list(view.columns) + ")";
  if (!view.options.empty()) {
    out += " WITH (" + storage_options(view.options) + ")";
  }
  return out + " AS " + view.query;
}

std::string drop_view(const DropView& change) {
  return (change.view.materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") + qualified(change.view.name);
}

}  // namespace schemac::pg_sql
