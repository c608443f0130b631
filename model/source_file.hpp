#pragma once
// The text of one input file and the mapping from byte offsets to positions.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/source_range.hpp"

namespace schemac {

struct SourceFile {
  std::string path;
  std::string text;
};

class LineIndex {
 public:
  explicit LineIndex(const SourceFile& file);

  // Position of a byte offset: 1-based line, 1-based column in characters.
  SourceRange position(std::size_t byte_offset) const;
  std::string_view line_text(std::uint32_t line) const;
  // A Diagnostic pointing at `byte_offset`, with the offending line attached.
  Diagnostic diagnose(std::size_t byte_offset, std::string message, std::string hint = {}) const;
  // Byte offset of the n-th character (0-based), as PostgreSQL reports error cursors in characters.
  std::size_t byte_offset_of_char(std::size_t char_index) const;

 private:
  const SourceFile* file_;
  FileName path_;  // interned once: every object's position carries it
  // Characters before each checkpoint, every kCheckpointBytes bytes: a
  // column is found without reading its line from the start (a generated
  // schema can be one line of megabytes, with thousands of positions in it).
  static constexpr std::size_t kCheckpointBytes = 64;
  std::size_t characters_before(std::size_t byte_offset) const;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> characters_before_;
};

// Where a schema file stops being UTF-8 text - a NUL byte, which every
// C-string API on the way (libpg_query, DuckDB) would silently stop at, or
// bytes that are not UTF-8 - as an error at file:line:col; nullopt when it is text.
std::optional<Diagnostic> not_text(const SourceFile& file);

}  // namespace schemac
