#pragma once
// The catalog queries are written once, for the newest catalog; where an
// older major names a column differently or lacks it, the query says
// %MARKER% and this fills in what the server at hand has.
#include <optional>
#include <string>

namespace schemac::pg::catalog {

inline constexpr int kOldestMajor = 14;
inline constexpr int kNewestMajor = 18;

struct ServerVersion {
  int number = 0;  // server_version_num: 180004 for 18.4
  int major() const { return number / 10000; }
};

// A one-line reason the server cannot be inspected (13 and older), else nullopt.
std::optional<std::string> unsupported(ServerVersion version, const std::string& version_text);

// `sql` with the schema filter and the version's expressions put in.
std::string for_server(const char* sql, ServerVersion version);

}  // namespace schemac::pg::catalog
