// CREATE / ALTER / DROP POLICY.
#include <algorithm>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/schema_builder.hpp"
#include "parser/postgres/statement_tree.hpp"

namespace schemac::pg {
namespace {

std::vector<std::string> role_names(List roles) {
  std::vector<std::string> out;
  for (element role : roles) {
    const object spec = Node::of(role).fields;
    const std::string_view type = str(spec, "roletype");
    if (type == "ROLESPEC_PUBLIC") out.emplace_back("public");
    else if (type == "ROLESPEC_CSTRING") out.emplace_back(str(spec, "rolename"));
    else throw ParseFailure{location(spec), "CURRENT_USER / SESSION_USER in policies is not supported: name the role", {}, true};
  }
  if (out.empty()) out.emplace_back("public");
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

Policy* SchemaBuilder::find_policy(const QualifiedName& table, const std::string& name) {
  auto it = std::find_if(schema_.policies.begin(), schema_.policies.end(),
                         [&](const Policy& p) { return p.table == table && p.name == name; });
  return it == schema_.policies.end() ? nullptr : &*it;
}

void SchemaBuilder::policy_expressions(Policy& policy, bool keep_missing) {
  StatementTree tree(statement_text_);
  auto [using_text, check_text] = tree.policy_expressions([&](std::string_view name) { return relation_schema(name); },
                                                          [&](std::string_view name) { return function_schema(name); });
  if (!using_text.text.empty() || !keep_missing) policy.using_expression = std::move(using_text.text);
  if (!check_text.text.empty() || !keep_missing) policy.check_expression = std::move(check_text.text);
  for (auto* reads : {&using_text.relations, &check_text.relations})
    for (auto& name : *reads)
      if (std::find(policy.reads.begin(), policy.reads.end(), name) == policy.reads.end()) policy.reads.push_back(name);
  std::sort(policy.reads.begin(), policy.reads.end());
}

void SchemaBuilder::create_policy(object stmt) {
  const object relation = required_object(stmt, "table");
  Policy policy;
  policy.table = qualify(relation);
  require_table(policy.table, location(relation));
  policy.name = std::string(str(stmt, "policy_name"));
  if (find_policy(policy.table, policy.name))
    throw ParseFailure{-1, "policy \"" + policy.name + "\" for table \"" + policy.table.name + "\" already exists"};
  policy.permissive = boolean(stmt, "permissive");
  policy.command = std::string(str(stmt, "cmd_name"));
  policy.roles = role_names(list(stmt, "roles"));
  policy.where = statement_position();
  policy_expressions(policy, false);
  schema_.policies.push_back(std::move(policy));
}

void SchemaBuilder::alter_policy(object stmt) {
  const object relation = required_object(stmt, "table");
  const QualifiedName table = qualify(relation);
  const std::string name(str(stmt, "policy_name"));
  Policy* policy = find_policy(table, name);
  if (!policy) throw ParseFailure{-1, "policy \"" + name + "\" for table \"" + table.name + "\" does not exist"};
  if (has(stmt, "roles")) policy->roles = role_names(list(stmt, "roles"));
  policy_expressions(*policy, true);
}

void SchemaBuilder::drop_policy(List names, bool missing_ok) {
  const auto member = table_member(names);  // not a structured binding: clang 14 cannot capture those
  const QualifiedName& table = member.first;
  const std::string& name = member.second;
  if (!find_policy(table, name)) {
    if (!missing_ok) throw ParseFailure{-1, "policy \"" + name + "\" for table \"" + table.name + "\" does not exist"};
    return warn(-1, "policy \"" + name + "\" for relation \"" + to_string(table) + "\" does not exist, skipping");
  }
  std::erase_if(schema_.policies, [&](const Policy& p) { return p.table == table && p.name == name; });
}

}  // namespace schemac::pg
