// GRANT and REVOKE on tables, sequences, schemas, routines and types, read
// only with --privileges (otherwise they are accepted and ignored, like
// OWNER TO). Role names are taken as written; they must exist where the
// migration runs.
#include <algorithm>
#include <array>

#include "model/ascii_case.hpp"
#include "parser/postgres/failure.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

using On = Privilege::On;

// What ALL [PRIVILEGES] means for each kind of object; MAINTAIN (VACUUM,
// ANALYZE, REINDEX, ...) came in PostgreSQL 17.
std::vector<std::string> all_privileges(On on, int major) {
  switch (on) {
    case On::Table:
      if (major >= 17) return {"DELETE", "INSERT", "MAINTAIN", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"};
      return {"DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"};
    case On::Sequence: return {"SELECT", "UPDATE", "USAGE"};
    case On::Schema: return {"CREATE", "USAGE"};
    case On::Function:
    case On::Procedure: return {"EXECUTE"};
    case On::Type: return {"USAGE"};
  }
  return {};
}

// One object a GRANT names.
struct Target {
  On on;
  QualifiedName object;
  std::string signature;
};

}  // namespace

void SchemaBuilder::reset_privileges(Privilege::On on, const QualifiedName& object, const std::string& signature) {
  if (!privileges_) return;
  std::erase_if(schema_.privileges, [&](const Privilege& p) { return p.on == on && p.object == object && p.signature == signature; });
  // What PostgreSQL grants PUBLIC on a new object of the kind.
  if (on == On::Function || on == On::Procedure) schema_.privileges.push_back({on, object, signature, {}, "PUBLIC", "EXECUTE", false});
  if (on == On::Type || (on == On::Schema && object.name == "public"))
    schema_.privileges.push_back({on, object, signature, {}, "PUBLIC", "USAGE", false});
}

void SchemaBuilder::grant(object stmt) {
  if (!privileges_) return;  // not modelled unless asked for
  const bool granting = boolean(stmt, "is_grant");
  const std::string_view kind = str(stmt, "objtype");
  std::vector<Target> targets;
  auto add_relation = [&](const QualifiedName& name, bool sequences_only) {
    if (find_sequence(name)) return targets.push_back({On::Sequence, name, {}});
    if (sequences_only) throw ParseFailure{-1, "sequence \"" + to_string(name) + "\" does not exist"};
    if (!find_table(name) && !find_view(name)) throw ParseFailure{-1, "relation \"" + to_string(name) + "\" does not exist"};
    targets.push_back({On::Table, name, {}});
  };
  if (str(stmt, "targtype") == "ACL_TARGET_ALL_IN_SCHEMA") {
    // The objects that exist at this point, as in PostgreSQL.
    for (element schema_name : list(stmt, "objects")) {
      const std::string schema(str(Node::of(schema_name).fields, "sval"));
      require_namespace(schema, -1);
      if (kind == "OBJECT_TABLE") {
        for (const Table& table : schema_.tables)
          if (table.name.schema == schema) targets.push_back({On::Table, table.name, {}});
        for (const View& view : schema_.views)
          if (view.name.schema == schema) targets.push_back({On::Table, view.name, {}});
      } else if (kind == "OBJECT_SEQUENCE") {
        for (const Sequence& sequence : schema_.sequences)
          if (sequence.name.schema == schema) targets.push_back({On::Sequence, sequence.name, {}});
      } else {
        for (const Function& function : schema_.functions)
          if (function.name.schema == schema &&
              (kind == "OBJECT_ROUTINE" || function.procedure == (kind == "OBJECT_PROCEDURE")))
            targets.push_back({function.procedure ? On::Procedure : On::Function, function.name, function.signature()});
      }
    }
  } else {
    for (element item : list(stmt, "objects")) {
      const Node target = Node::of(item);
      if (kind == "OBJECT_TABLE" || kind == "OBJECT_SEQUENCE") {
        add_relation(qualify(target.fields), kind == "OBJECT_SEQUENCE");
      } else if (kind == "OBJECT_SCHEMA") {
        const std::string name(str(target.fields, "sval"));
        require_namespace(name, -1);
        targets.push_back({On::Schema, {"", name}, {}});
      } else if (kind == "OBJECT_FUNCTION" || kind == "OBJECT_PROCEDURE" || kind == "OBJECT_ROUTINE") {
        const Function* function = function_named(target.fields, false);
        targets.push_back({function->procedure ? On::Procedure : On::Function, function->name, function->signature()});
      } else if (kind == "OBJECT_TYPE" || kind == "OBJECT_DOMAIN") {
        const QualifiedName name = qualify_list(target.is("List") ? list(target.fields, "items") : list(target.fields, "names"));
        if (!resolve_type(name.schema, name.name)) throw ParseFailure{-1, "type \"" + to_string(name) + "\" does not exist"};
        targets.push_back({On::Type, name, {}});
      } else {
        throw ParseFailure{-1, "GRANT/REVOKE ON " + std::string(kind.substr(7)) + " is not supported yet", {}, true};
      }
    }
  }

  std::vector<std::string> grantees;
  for (element item : list(stmt, "grantees")) {
    const object role = Node::of(item).fields;
    const std::string_view type = str(role, "roletype");
    if (type == "ROLESPEC_PUBLIC") grantees.emplace_back("PUBLIC");
    else if (type == "ROLESPEC_CSTRING") grantees.emplace_back(str(role, "rolename"));
    // CURRENT_USER and the like name the owner, whose privileges are not modelled.
  }

  for (const Target& target : targets) {
    // (privilege, column) pairs; no list means ALL.
    std::vector<std::pair<std::string, std::string>> named;
    if (list(stmt, "privileges").empty())
      for (std::string& privilege : all_privileges(target.on, major_)) named.emplace_back(std::move(privilege), "");
    for (element item : list(stmt, "privileges")) {
      const object access = Node::of(item).fields;
      std::vector<std::string> privileges{ascii_upper(str(access, "priv_name"))};
      if (!has(access, "priv_name")) privileges = all_privileges(target.on, major_);  // ALL (columns)
      for (const std::string& privilege : privileges) {
        const auto& valid = all_privileges(target.on, major_);
        if (std::find(valid.begin(), valid.end(), privilege) == valid.end())
          throw ParseFailure{-1, "invalid privilege type " + privilege + " for " + to_string(target.object)};
        if (list(access, "cols").empty()) named.emplace_back(privilege, "");
        for (element column : list(access, "cols")) named.emplace_back(privilege, std::string(string_value(column)));
      }
    }
    for (const std::string& grantee : grantees)
      for (const auto& [privilege, column] : named) {
        Privilege p{target.on, target.object, target.signature, column, grantee, privilege, false};
        auto& all = schema_.privileges;
        auto held = std::find_if(all.begin(), all.end(), [&](const Privilege& h) {
          return h.on == p.on && h.object == p.object && h.signature == p.signature && h.column == p.column &&
                 h.grantee == p.grantee && h.privilege == p.privilege;
        });
        if (granting) {
          if (held == all.end()) all.push_back(p), held = all.end() - 1;
          held->grantable = held->grantable || boolean(stmt, "grant_option");
        } else if (held != all.end()) {
          // REVOKE GRANT OPTION FOR keeps the privilege itself.
          if (boolean(stmt, "grant_option")) held->grantable = false;
          else all.erase(held);
        }
      }
  }
}

// `role`: a RoleSpec. CURRENT_USER and the like name the role that runs the
// migration, which is what no entry means.
void SchemaBuilder::set_owner(Privilege::On on, const QualifiedName& target, const std::string& signature, object role) {
  if (!owners_) return;
  auto& all = schema_.owners;
  std::erase_if(all, [&](const Ownership& o) { return o.on == on && o.object == target && o.signature == signature; });
  if (str(role, "roletype") == "ROLESPEC_CSTRING") all.push_back({on, target, signature, std::string(str(role, "rolename"))});
}

// Privileges and owners of objects dropped since are gone with them; the rest sorted, for the diff.
void SchemaBuilder::settle_privileges() {
  const auto gone = [&](On on, const QualifiedName& object, const std::string& signature) {
    switch (on) {
      case On::Table: return !find_table(object) && !find_view(object);
      case On::Sequence: return !find_sequence(object);
      case On::Schema: return object.name != "public" && !namespace_exists(object.name);
      case On::Function:
      case On::Procedure: return !find_function(object, signature);
      case On::Type: return !resolve_type(object.schema, object.name);
    }
    return true;
  };
  auto& all = schema_.privileges;
  std::erase_if(all, [&](const Privilege& p) { return gone(p.on, p.object, p.signature); });
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  // A sequence owned by a column belongs to the table's owner.
  std::erase_if(schema_.owners, [&](const Ownership& o) {
    if (o.on == On::Sequence)
      if (const Sequence* sequence = find_sequence(o.object); sequence && sequence->owned_by) return true;
    return gone(o.on, o.object, o.signature);
  });
  std::sort(schema_.owners.begin(), schema_.owners.end());
}

}  // namespace schemac::pg
