#pragma once
// SQLite DDL -> IR, through the PEGTL grammar of grammar.hpp. The same
// function shape as parse_postgres: files applied in order, as one schema.
//
// So far: CREATE TABLE (columns, types, every column and table constraint,
// WITHOUT ROWID, STRICT) and CREATE INDEX (expressions, COLLATE, DESC,
// partial). Other statements are reported as not supported yet.
#include <vector>

#include "model/result.hpp"
#include "model/schema.hpp"
#include "model/source_file.hpp"

namespace schemac::sqlite {

inline constexpr const char* kMainSchema = "main";

struct ParseOptions {
  // Statement kinds the frontend does not model yet become warnings instead of errors.
  bool skip_unsupported = false;
};

struct Parsed {
  Schema schema;
  std::vector<Diagnostic> warnings;
};

Result<Parsed> parse_sqlite(const std::vector<SourceFile>& files, const ParseOptions& options);

}  // namespace schemac::sqlite
