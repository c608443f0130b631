#include "inspect/postgres/view_script.hpp"

#include "inspect/postgres/catalog_queries.hpp"
#include "inspect/postgres/catalog_rows.hpp"
#include "parser/postgres/quote.hpp"

namespace schemac::pg {

std::string function_script(const db::Rows& functions) {
  namespace col = catalog::functions;
  std::string out;
  for (const Row row : EachRow{functions}) {
    out += row.text(col::definition) + ";\n";
    if (row.has(col::comment))
      out += std::string("COMMENT ON ") + (row.truth(col::procedure) ? "PROCEDURE " : "FUNCTION ") + row.text(col::identity) +
             " IS " + quote_literal(row.view(col::comment)) + ";\n";
  }
  return out;
}

// Triggers and policies have the same shape of rows: table, definition, target of COMMENT ON, comment.
std::string trigger_script(const db::Rows& triggers, const InspectOptions& options, std::string_view kind) {
  namespace col = catalog::triggers;
  std::string out;
  for (const Row row : EachRow{triggers}) {
    if (excluded_table(options, row.view(col::table))) continue;
    out += row.text(col::definition) + ";\n";
    if (row.has(col::comment))
      out += "COMMENT ON " + std::string(kind) + " " + row.text(col::target) + " IS " + quote_literal(row.view(col::comment)) + ";\n";
  }
  return out;
}

std::string defined_script(const db::Rows& rows, bool collations) {
  namespace col = catalog::defined;
  std::string out;
  for (const Row row : EachRow{rows}) {
    if (row.truth(col::collation) != collations) continue;
    out += row.text(col::definition) + ";\n";
    if (row.has(col::comment)) out += "COMMENT ON " + row.text(col::target) + " IS " + quote_literal(row.view(col::comment)) + ";\n";
  }
  return out;
}

std::string type_script(const db::Rows& rows) {
  namespace col = catalog::types;
  std::string out;
  for (const Row row : EachRow{rows}) {
    out += row.text(col::definition) + ";\n";
    if (row.has(col::comment)) out += "COMMENT ON " + row.text(col::target) + " IS " + quote_literal(row.view(col::comment)) + ";\n";
  }
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
