#include <cstdio>

#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

std::string argument(const FunctionArgument& a) {
  std::string out;
  if (a.mode == ArgumentMode::Out) out += "OUT ";
  if (a.mode == ArgumentMode::InOut) out += "INOUT ";
  if (a.mode == ArgumentMode::Variadic) out += "VARIADIC ";
  if (!a.name.empty()) out += ident(a.name) + " ";
  out += a.type;
  if (a.default_value) out += " DEFAULT " + a.default_value->text;
  return out;
}

std::string header(const Function& f) {
  std::string out = qualified(f.name) + "(";
  bool first = true;
  std::string table;
  for (const FunctionArgument& a : f.arguments) {
    if (a.mode == ArgumentMode::Table) {
      table += (table.empty() ? "" : ", ") + ident(a.name) + " " + a.type;
      continue;
    }
    out += (first ? "" : ", ") + argument(a);
    first = false;
  }
  out += ")";
  if (!table.empty()) out += " RETURNS TABLE(" + table + ")";
  else if (!f.procedure) out += " RETURNS " + f.returns;
  return out;
}

// A language is a name, but a name of more than 63 bytes is cut short when
// read back as an identifier; written as a string (as it may be) it is not.
std::string language(const std::string& name) { return name.size() > 63 ? literal(name) : ident(name); }

}  // namespace

std::string dollar_quoted(std::string_view text, std::string_view tag) {
  std::string delimiter = "$" + std::string(tag) + "$";
  for (int n = 1; text.find(delimiter) != std::string_view::npos; ++n) delimiter = "$" + std::string(tag) + std::to_string(n) + "$";
  return delimiter + std::string(text) + delimiter;
}

// Options are written only where they differ from what PostgreSQL assumes.
std::string create_function(const CreateFunction& change) {
  const Function& f = change.function;
  std::string out = std::string("CREATE ") + (change.replace ? "OR REPLACE " : "") + (f.procedure ? "PROCEDURE " : "FUNCTION ") +
                    header(f) + " LANGUAGE " + language(f.language);
  if (f.volatility == 'i') out += " IMMUTABLE";
  if (f.volatility == 's') out += " STABLE";
  if (f.strict) out += " STRICT";
  if (f.security_definer) out += " SECURITY DEFINER";
  if (f.leakproof) out += " LEAKPROOF";
  if (f.parallel == 's') out += " PARALLEL SAFE";
  if (f.parallel == 'r') out += " PARALLEL RESTRICTED";
  const double default_cost = f.language == "c" || f.language == "internal" ? 1 : 100;
  if (!f.procedure && f.cost != default_cost) out += " COST " + number(f.cost);
  if (f.returns_set && f.rows != 1000) out += " ROWS " + number(f.rows);
  for (const auto& [name, value] : f.settings) out += " SET " + ident(name) + " TO " + value;
  if (f.standard_body) return out + " " + f.body;
  if (!f.link_symbol.empty()) return out + " AS " + literal(f.body) + ", " + literal(f.link_symbol);
  return out + " AS " + dollar_quoted(f.body, "function");
}

std::string drop_function(const DropFunction& change) {
  const Function& f = change.function;
  return std::string(f.procedure ? "DROP PROCEDURE " : "DROP FUNCTION ") + qualified(f.name) + "(" + f.signature() + ")";
}

}  // namespace schemac::pg_sql
