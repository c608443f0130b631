#include "codegen/postgres/sql_text.hpp"
#include "model/ascii_case.hpp"

namespace schemac::pg_sql {
namespace {

std::string roles(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + (name == "public" ? std::string("PUBLIC") : ident(name));
  return out;
}

std::string expressions(const Policy& p) {
  std::string out;
  if (!p.using_expression.empty()) out += " USING (" + p.using_expression + ")";
  if (!p.check_expression.empty()) out += " WITH CHECK (" + p.check_expression + ")";
  return out;
}

}  // namespace

std::string set_row_security(const SetRowSecurity& change) {
  std::string out = "ALTER TABLE " + qualified(change.table);
  if (change.enable) out += *change.enable ? " ENABLE ROW LEVEL SECURITY" : " DISABLE ROW LEVEL SECURITY";
  if (change.force) out += std::string(change.enable ? "," : "") + (*change.force ? " FORCE ROW LEVEL SECURITY" : " NO FORCE ROW LEVEL SECURITY");
  return out;
}

std::string create_policy(const CreatePolicy& change) {
  const Policy& p = change.policy;
  std::string out = "CREATE POLICY " + ident(p.name) + " ON " + qualified(p.table);
  if (!p.permissive) out += " AS RESTRICTIVE";
  if (p.command != "all") out += " FOR " + ascii_upper(p.command);
  if (p.roles != std::vector<std::string>{"public"}) out += " TO " + roles(p.roles);
  return out + expressions(p);
}

std::string alter_policy(const AlterPolicy& change) {
  const Policy& p = change.to;
  std::string out = "ALTER POLICY " + ident(p.name) + " ON " + qualified(p.table);
  if (change.from.roles != p.roles) out += " TO " + roles(p.roles);
  if (change.from.using_expression != p.using_expression) out += " USING (" + p.using_expression + ")";
  if (change.from.check_expression != p.check_expression) out += " WITH CHECK (" + p.check_expression + ")";
  return out;
}

std::string drop_policy(const DropPolicy& change) {
  return "DROP POLICY " + ident(change.policy.name) + " ON " + qualified(change.policy.table);
}

}  // namespace schemac::pg_sql
