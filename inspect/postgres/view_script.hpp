#pragma once
// Views and materialized views (catalog::kViews rows) as a DDL script in
// server text, for the frontend to read after the tables.
#include <string>

#include "db/connection.hpp"

namespace schemac::pg {

std::string view_script(const db::Rows& views);

}  // namespace schemac::pg
