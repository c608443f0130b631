#pragma once
// Functions, views and materialized views (catalog::kFunctions and kViews
// rows) as DDL scripts in server text, for the frontend to read after the tables.
#include <string>

#include "db/connection.hpp"
#include "inspect/postgres/inspect_postgres.hpp"

namespace schemac::pg {

std::string function_script(const db::Rows& functions);
std::string view_script(const db::Rows& views);
// Rows of catalog::kDomainsAndComposites.
std::string type_script(const db::Rows& rows);
// Rows of catalog::kCollationsAndOperators: the collations, or the operators.
std::string defined_script(const db::Rows& rows, bool before_tables);
// Rows of catalog::kPrivileges or kOwners: GRANT / REVOKE / OWNER TO statements.
std::string privilege_script(const db::Rows& rows, const InspectOptions& options);
// Rows of catalog::kTriggers or kPolicies.
std::string trigger_script(const db::Rows& triggers, const InspectOptions& options);

}  // namespace schemac::pg
