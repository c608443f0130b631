#pragma once
// PostgreSQL DDL -> IR, through libpg_query (the server's own grammar).
// CREATE statements build objects; ALTER, DROP and COMMENT statements are
// applied to what was built, so pg_dump output and migration folders parse.
#include <vector>

#include "model/result.hpp"
#include "model/schema.hpp"
#include "model/source_file.hpp"

namespace schemac::pg {

struct ParseOptions {
  // Statement kinds the frontend does not model yet become warnings instead of errors.
  bool skip_unsupported = false;
  // GRANT / REVOKE become part of the schema; otherwise they are ignored.
  bool privileges = false;
  // ALTER ... OWNER TO becomes part of the schema; otherwise it is ignored.
  bool owners = false;
  // The search_path of the role the migration will run as (--search-path):
  // unqualified names go to its first schema; its schemas are presumed to exist.
  std::vector<std::string> search_path{"public"};
  // The PostgreSQL major the schema is for, where majors read the same DDL
  // differently: what GRANT ALL means (17 adds MAINTAIN), which NOT NULL
  // constraints have names (18). 0: not named - read with 15's rules, and
  // features of newer majors (the builtin collation provider) accepted.
  int major = 15;
};

struct Parsed {
  Schema schema;
  std::vector<Diagnostic> warnings;
};

// Files are applied in the order given, as one schema.
Result<Parsed> parse_postgres(const std::vector<SourceFile>& files, const ParseOptions& options);

}  // namespace schemac::pg
