#pragma once
// Sides from embedded databases (SQLite, DuckDB): schema files read by the
// engine's frontend, databases read by its inspector, and files compared
// with a database loaded into an in-memory database first, so both sides
// come from the engine itself.
#include "source/embedded_engine.hpp"
#include "source/side.hpp"

namespace schemac::detail {

Side parse_embedded_files(const EmbeddedEngine& engine, const std::string& path, const SourceOptions& options);
Side inspect_embedded_database(const EmbeddedEngine& engine, const std::string& source, const SourceOptions& options);
Side load_embedded_through_memory(const EmbeddedEngine& engine, const std::string& path, const SourceOptions& options);

}  // namespace schemac::detail
