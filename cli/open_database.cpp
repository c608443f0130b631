#include "cli/open_database.hpp"

#include "db/connection_string.hpp"
#include "db/postgres_connection.hpp"
#include "source/embedded_engine.hpp"

namespace schemac::cli {

Result<Target> open_target(const std::string& source) {
  if (const EmbeddedEngine* engine = engine_naming(source)) {
    const std::string path = engine->path(source);
    auto connection = engine->open(path, true);
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
