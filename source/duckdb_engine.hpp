#pragma once
// DuckDB as an embedded engine. Its schema files are read by DuckDB itself:
// each statement runs in an in-memory database (DuckDB's grammar is its own
// superset of PostgreSQL's: STRUCT, MAP, UNION, macros...), an error points
// at the file, line and column DuckDB names, and the result is read back by
// inspect/duckdb like any DuckDB database. A build without libduckdb keeps
// the engine, which then says so.
#include "source/embedded_engine.hpp"

namespace schemac {

const EmbeddedEngine& duckdb_engine();

}  // namespace schemac
