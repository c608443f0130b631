#pragma once
// A temporary database on a server, for loading schema files so they come
// out of the same inspector as the database they are compared with. It is
// dropped when this object goes away, also after an error, and after Ctrl-C
// (SIGINT/SIGTERM cancel the running statement; the drop then runs and the
// program exits with 130).
#include <memory>
#include <string>

#include "db/connection_string.hpp"
#include "db/postgres_connection.hpp"
#include "model/result.hpp"

namespace schemac {

class ScratchDatabase {
 public:
  static Result<std::unique_ptr<ScratchDatabase>> create(const db::ConnectionTarget& server);
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  db::PostgresConnection& connection() { return *connection_; }
  const std::string& name() const { return name_; }

 private:
  ScratchDatabase(std::unique_ptr<db::PostgresConnection> admin, std::string name,
                  std::unique_ptr<db::PostgresConnection> connection);

  std::unique_ptr<db::PostgresConnection> admin_;
  std::string name_;
  std::unique_ptr<db::PostgresConnection> connection_;
};

// Whether SIGINT/SIGTERM arrived while a scratch database was alive.
bool interrupted();

}  // namespace schemac
