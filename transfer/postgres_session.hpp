#pragma once
// Settings that make PostgreSQL read and print values one way whatever the
// server's or role's defaults: UTF-8, UTC, ISO dates, shortest exact floats,
// hex bytea. Copy and verify both rely on them.
#include <optional>
#include <string>

#include "db/postgres_connection.hpp"

namespace schemac {

std::optional<std::string> settle_postgres_session(db::PostgresConnection& connection);

}  // namespace schemac
