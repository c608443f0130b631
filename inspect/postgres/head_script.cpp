#include "inspect/postgres/head_script.hpp"

#include "inspect/postgres/catalog_queries.hpp"
#include "inspect/postgres/catalog_rows.hpp"
#include "parser/postgres/quote.hpp"

namespace schemac::pg {
namespace {

std::string comment(const std::string& target, const std::string& value) {
  return "COMMENT ON " + target + " IS " + quote_literal(value) + ";\n";
}

}  // namespace

HeadScript head_script(const HeadRows& rows, const InspectOptions& options) {
  HeadScript out;
  std::string& head = out.before_tables;
  std::string& tail = out.comments;
  head = std::string(catalog::kEmptySearchPath) + ";\n";
  // Extensions come first: the types they define are used by tables.
  for (const Row row : EachRow{rows.extensions})
    head += "CREATE EXTENSION IF NOT EXISTS " + quote_ident(row.text(0)) + " WITH SCHEMA " + quote_ident(row.text(1)) + ";\n";

  for (const Row row : EachRow{rows.namespaces}) {
    if (row.view(0) == "public") continue;  // exists everywhere; its comment is the server's
    head += "CREATE SCHEMA " + quote_ident(row.text(0)) + ";\n";
    if (row.has(1)) tail += comment("SCHEMA " + quote_ident(row.text(0)), row.text(1));
  }

  std::string current;
  for (const Row row : EachRow{rows.enums}) {
    const std::string name = quote_qualified({row.text(0), row.text(1)});
    if (name != current) {
      if (!current.empty()) head += ");\n";
      head += "CREATE TYPE " + name + " AS ENUM (";
      current = name;
      if (row.has(3)) tail += comment("TYPE " + name, row.text(3));
    } else {
      head += ", ";
    }
    head += quote_literal(row.text(2));
  }
  if (!current.empty()) head += ");\n";

  for (const Row row : EachRow{rows.sequences}) {
    if (row.has(9) && excluded_table(options, row.view(10))) continue;  // goes with the table that owns it
    const std::string name = quote_qualified({row.text(0), row.text(1)});
    head += "CREATE SEQUENCE " + name + " AS " + row.text(2) + " INCREMENT BY " + row.text(3) + " MINVALUE " +
            row.text(4) + " MAXVALUE " + row.text(5) + " START WITH " + row.text(6) + " CACHE " + row.text(7) +
            (row.truth(8) ? " CYCLE" : "") + ";\n";
    if (row.has(9))
      out.owners.emplace_back(row.text(9) + "." + row.text(10),
                              "ALTER SEQUENCE " + name + " OWNED BY " + quote_qualified({row.text(9), row.text(10)}) + "." +
                                  quote_ident(row.text(11)) + ";\n");
    if (row.has(12)) tail += comment("SEQUENCE " + name, row.text(12));
  }
  return out;
}

}  // namespace schemac::pg
