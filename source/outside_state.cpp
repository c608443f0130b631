#include "source/outside_state.hpp"

#include <algorithm>

#include "parser/postgres/quote.hpp"

namespace schemac {

std::string create_external_schemas(const Schema& parsed) {
  std::string script;
  for (const Namespace& ns : parsed.namespaces)
    if (ns.external) script += "CREATE SCHEMA IF NOT EXISTS " + pg::quote_ident(ns.name) + ";\n";
  return script;
}

std::string set_search_path(const std::vector<std::string>& search_path) {
  if (search_path.empty()) return "";
  std::string statement = "SET search_path TO ";
  for (std::size_t i = 0; i < search_path.size(); ++i) statement += (i ? ", " : "") + pg::quote_ident(search_path[i]);
  return statement + ";\n";
}

void mark_external_schemas(Schema& inspected, const Schema& parsed) {
  for (Namespace& ns : inspected.namespaces)
    ns.external = std::any_of(parsed.namespaces.begin(), parsed.namespaces.end(),
                              [&](const Namespace& o) { return o.external && o.name == ns.name; });
}

}  // namespace schemac
