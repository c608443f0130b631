#pragma once
// An SQLite schema as a PostgreSQL one: declared types mapped to PostgreSQL
// types, SQLite-only defaults translated, INTEGER PRIMARY KEY and
// AUTOINCREMENT as identity columns, FTS5 tables as a generated tsvector
// column with a GIN index on their content table (and trigram indexes with
// --fts trigram|both), the names SQLite leaves implicit made explicit as
// PostgreSQL would make them. Every decision that is not a plain mapping is
// reported, so the output can be reviewed.
#include <string>
#include <vector>

#include "convert/column_types.hpp"
#include "model/schema.hpp"

namespace schemac {

struct ConvertOptions {
  enum class Fts { Tsvector, Trigram, Both } fts = Fts::Tsvector;
  std::string text_search_config = "english";
  ColumnTypes column_types;  // chosen from values or by --type-map, over the declared types
};

struct Converted {
  Schema schema;                   // in PostgreSQL's terms, schema public
  std::vector<std::string> notes;  // one line each: what was inferred, changed or left out
};

Converted sqlite_to_postgres(const Schema& sqlite, const ConvertOptions& options);

}  // namespace schemac
