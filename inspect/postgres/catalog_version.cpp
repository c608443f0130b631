#include "inspect/postgres/catalog_version.hpp"

#include <array>

#include "inspect/postgres/catalog_queries.hpp"

namespace schemac::pg::catalog {
namespace {

// An expression that changed between majors: `current` from `since` on,
// `before` on older servers.
struct Versioned {
  std::string_view marker;
  int since;
  std::string_view current;
  std::string_view before;
};

constexpr std::array kVersioned{
    // 15 gave ICU collations their own locale column, which 17 renamed for
    // the builtin provider it added; 14 keeps an ICU locale in collcollate.
    Versioned{"%COLLATION_LOCALE%", 170000, "c.colllocale", "c.colliculocale"},
    Versioned{"%COLLATION_LOCALE%", 150000, "c.colliculocale", "c.collcollate"},
    Versioned{"%INDEX_NULLS_NOT_DISTINCT%", 150000, "x.indnullsnotdistinct", "false"},
    Versioned{"%DELETE_SET_COLUMNS%", 150000, "k.confdelsetcols", "NULL::pg_catalog.int2[]"},
    Versioned{"%CONSTRAINT_ENFORCED%", 180000, "k.conenforced", "true"},
    Versioned{"%CONSTRAINT_PERIOD%", 180000, "k.conperiod", "false"},
};

void replace_all(std::string& text, std::string_view marker, std::string_view with) {
  for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker, at + with.size()))
    text.replace(at, marker.size(), with);
}

}  // namespace

std::optional<std::string> unsupported(ServerVersion version, const std::string& version_text) {
  if (version.major() >= kOldestMajor) return std::nullopt;
  return "PostgreSQL " + version_text + " is not supported: schemac reads PostgreSQL " + std::to_string(kOldestMajor) + " to " +
         std::to_string(kNewestMajor);
}

std::string for_server(const char* sql, ServerVersion version) {
  std::string out(sql);
  replace_all(out, "%FILTER%", kSchemaFilter);
  // The first entry for a marker that the server is new enough for wins;
  // older entries then find nothing left to replace.
  for (const Versioned& entry : kVersioned)
    if (version.number >= entry.since) replace_all(out, entry.marker, entry.current);
  for (auto entry = kVersioned.rbegin(); entry != kVersioned.rend(); ++entry) replace_all(out, entry->marker, entry->before);
  return out;
}

}  // namespace schemac::pg::catalog
