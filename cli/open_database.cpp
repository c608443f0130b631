#include "cli/open_database.hpp"

#include "db/connection_string.hpp"
#include "db/postgres_connection.hpp"
#include "db/sqlite_connection.hpp"
#include "db/sqlite_source.hpp"

namespace schemac::cli {

Result<Target> open_target(const std::string& source) {
  if (db::is_sqlite_source(source)) {
    const std::string path = db::sqlite_path(source);
    auto connection = db::SqliteConnection::open(path, true);
    if (!connection) return connection.errors();
    return Target{std::move(connection).value(), path};
  }
  auto target = db::parse_connection_string(source);
  if (!target) return target.errors();
  auto connection = db::PostgresConnection::open(target.value());
  if (!connection) return connection.errors();
  return Target{std::move(connection).value(), target->display};
}

}  // namespace schemac::cli
