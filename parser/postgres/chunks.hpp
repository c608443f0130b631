#pragma once
// Cuts a large SQL text into pieces at statement boundaries, so each piece
// is parsed on its own: libpg_query's JSON for a 12 MB file is 68 MB, built
// by repeated doubling; small pieces keep the buffers small and reused.
// The cut only needs to be safe, not exact: quotes, dollar quotes and
// comments are skipped, and the caller parses the whole text again if any
// piece fails (so a wrong cut can cost time, never correctness).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace schemac::pg {

struct Chunk {
  std::size_t offset;  // byte offset of the piece in the whole text
  std::size_t length;
};

std::vector<Chunk> split_into_chunks(std::string_view text, std::size_t target_size);

// pg_dump output holds psql meta-commands (\restrict KEY, \connect db) between
// statements. Returns the text with those lines blanked (same length, so
// every offset still points at the same place), or nullopt if there are none.
std::optional<std::string> blank_psql_meta_commands(std::string_view text);

}  // namespace schemac::pg
