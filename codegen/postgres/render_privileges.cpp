#include <algorithm>

#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

// "SELECT, UPDATE (a, b)": a privilege on some columns names them.
std::string privilege_list(const PrivilegeSet& set) {
  std::vector<std::pair<std::string, std::vector<std::string>>> grouped;  // in first-seen order
  for (const auto& entry : set.privileges) {
    const auto& [privilege, column] = entry;
    auto it = std::find_if(grouped.begin(), grouped.end(), [&](const auto& g) { return g.first == entry.first && !g.second.empty() == !entry.second.empty(); });
    if (it == grouped.end()) it = grouped.insert(grouped.end(), {privilege, {}});
    if (!column.empty()) it->second.push_back(column);
  }
  std::string out;
  for (const auto& [privilege, columns] : grouped) {
    out += (out.empty() ? "" : ", ") + privilege;
    if (!columns.empty()) out += " (" + ident_list(columns) + ")";
  }
  return out;
}

// The object as GRANT and ALTER ... OWNER TO name it.
std::string target(Privilege::On on, const QualifiedName& object, const std::string& signature) {
  switch (on) {
    case Privilege::On::Table: return "TABLE " + qualified(object);
    case Privilege::On::Sequence: return "SEQUENCE " + qualified(object);
    case Privilege::On::Schema: return "SCHEMA " + ident(object.name);
    case Privilege::On::Function: return "FUNCTION " + qualified(object) + "(" + signature + ")";
    case Privilege::On::Procedure: return "PROCEDURE " + qualified(object) + "(" + signature + ")";
    case Privilege::On::Type: return "TYPE " + qualified(object);
  }
  return {};
}

std::string target(const PrivilegeSet& set) { return target(set.on, set.object, set.signature); }

std::string role(const std::string& grantee) { return grantee == "PUBLIC" ? grantee : ident(grantee); }

}  // namespace

std::string set_owner(const SetOwner& change) {
  return "ALTER " + target(change.on, change.object, change.signature) + " OWNER TO " +
         (change.owner.empty() ? "CURRENT_USER" : ident(change.owner));
}

std::string grant_privileges(const GrantPrivileges& change) {
  return "GRANT " + privilege_list(change.set) + " ON " + target(change.set) + " TO " + role(change.set.grantee) +
         (change.with_grant_option ? " WITH GRANT OPTION" : "");
}

std::string revoke_privileges(const RevokePrivileges& change) {
  return std::string("REVOKE ") + (change.grant_option_only ? "GRANT OPTION FOR " : "") + privilege_list(change.set) + " ON " +
         target(change.set) + " FROM " + role(change.set.grantee);
}

}  // namespace schemac::pg_sql
