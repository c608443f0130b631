#pragma once
// A database named on the command line, connected to (apply, migrate).
#include <memory>
#include <string>

#include "db/connection.hpp"
#include "model/result.hpp"

namespace schemac::cli {

struct Target {
  std::unique_ptr<db::Connection> connection;
  std::string display;  // free of passwords
};

// postgres://..., libpq keywords, sqlite://path or a .db file (created when missing).
Result<Target> open_target(const std::string& source);

}  // namespace schemac::cli
