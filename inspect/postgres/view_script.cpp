#include "inspect/postgres/view_script.hpp"

#include "inspect/postgres/catalog_queries.hpp"
#include "inspect/postgres/catalog_rows.hpp"
#include "parser/postgres/quote.hpp"

namespace schemac::pg {

namespace {

// Rows that each hold a definition, the target of its COMMENT ON ("TRIGGER t
// ON s.x") and the comment: the statements, in row order.
template <class Keep>
std::string ddl_script(const db::Rows& rows, int definition, int target, int comment, Keep keep) {
  std::string out;
  for (const Row row : EachRow{rows}) {
    if (!keep(row)) continue;
    out += row.text(definition) + ";\n";
    if (row.has(comment)) out += "COMMENT ON " + row.text(target) + " IS " + quote_literal(row.view(comment)) + ";\n";
  }
  return out;
}

}  // namespace

std::string function_script(const db::Rows& functions) {
  namespace col = catalog::functions;
  return ddl_script(functions, col::definition, col::target, col::comment, [](const Row&) { return true; });
}

// Triggers and policies have the same shape of rows.
std::string trigger_script(const db::Rows& triggers, const InspectOptions& options) {
  namespace col = catalog::triggers;
  return ddl_script(triggers, col::definition, col::target, col::comment,
                    [&](const Row& row) { return !excluded_table(options, row.view(col::table)); });
}

std::string defined_script(const db::Rows& rows, bool before_tables) {
  namespace col = catalog::defined;
  return ddl_script(rows, col::definition, col::target, col::comment,
                    [&](const Row& row) { return row.truth(col::before_tables) == before_tables; });
}

std::string type_script(const db::Rows& rows) {
  namespace col = catalog::types;
  return ddl_script(rows, col::definition, col::target, col::comment, [](const Row&) { return true; });
}

std::string privilege_script(const db::Rows& rows, const InspectOptions& options) {
  namespace col = catalog::privileges;
  std::string out;
  for (const Row row : EachRow{rows})
    if (!row.has(col::table) || !excluded_table(options, row.view(col::table))) out += row.text(col::statements);
  return out;
}

std::string view_script(const db::Rows& views) {
  namespace col = catalog::views;
  std::string out;
  for (const Row row : EachRow{views}) {
    const bool materialized = row.truth(col::materialized);
    const std::string name = quote_qualified({row.text(col::schema), row.text(col::name)});
    std::string_view query = row.view(col::query);
    while (!query.empty() && (query.back() == ';' || query.back() == ' ' || query.back() == '\n')) query.remove_suffix(1);
    out += std::string(materialized ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ") + name;
    if (row.has(col::options)) out += " WITH (" + row.text(col::options) + ")";
    out += " AS " + std::string(query) + (materialized ? " WITH NO DATA;\n" : ";\n");
    if (row.has(col::comment))
      out += std::string("COMMENT ON ") + (materialized ? "MATERIALIZED VIEW " : "VIEW ") + name + " IS " +
             quote_literal(row.view(col::comment)) + ";\n";
    if (row.has(col::index_script)) out += row.text(col::index_script) + "\n";
  }
  return out;
}

}  // namespace schemac::pg
