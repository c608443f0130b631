#pragma once
// PostgreSQL connection strings: postgres:// and postgresql:// URLs and libpq
// keyword strings ("host=... dbname=..."); PG* environment variables fill in
// what they leave out. What is shown to people never holds the password.
#include <optional>
#include <string>

#include "model/result.hpp"

namespace schemac::db {

// Whether a command-line source names a PostgreSQL database rather than a file.
bool is_postgres_source(const std::string& source);

struct ConnectionTarget {
  std::string conninfo;  // what libpq gets, secrets included
  std::string display;   // for messages: postgres://user@host:port/dbname, no password
};

Result<ConnectionTarget> parse_connection_string(const std::string& source);

// The same server, another database (for scratch databases).
std::string with_database(const std::string& conninfo, const std::string& database);

// The password written in a connection string, if any (for redaction).
std::string password_in(const std::string& source);

// Replaces every occurrence of `secret` in `text` (a last line of defence for
// messages that come from libpq or the server).
std::string redact(std::string text, const std::string& secret);

}  // namespace schemac::db
