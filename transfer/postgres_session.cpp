#include "transfer/postgres_session.hpp"

namespace schemac {

std::optional<std::string> settle_postgres_session(db::PostgresConnection& connection) {
  return connection.execute(
      "SET client_encoding = 'UTF8'; SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; "
      "SET extra_float_digits = 1; SET bytea_output = 'hex'");
}

}  // namespace schemac
