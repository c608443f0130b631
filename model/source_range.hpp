#pragma once
// Where an object or an error came from: a file position, so plans and
// errors can point at the line that caused them.
#include <cstdint>
#include <string>

namespace schemac {

struct SourceRange {
  std::string file;        // path as given by the user; empty when unknown
  std::uint32_t line = 0;  // 1-based; 0 when unknown
  std::uint32_t col = 0;   // 1-based, in bytes

  bool known() const { return line != 0; }
  std::string to_string() const;  // "file:line:col" (or just "file")
};

// A user-facing problem. `source_line` holds the offending line's text so the
// message can show it with a caret under `where.col`.
struct Diagnostic {
  SourceRange where;
  std::string message;
  std::string hint;
  std::string source_line;

  std::string render() const;  // "file:line:col: error: message\n  line\n  ^"
};

}  // namespace schemac
