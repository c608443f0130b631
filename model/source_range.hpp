#pragma once
// Where an object or an error came from: a file position, so plans and
// errors can point at the line that caused them.
#include <cstdint>
#include <string>
#include <string_view>

namespace schemac {

// A file's path, stored once per process: every object in the IR carries
// its position, and a copy of the path in each took tens of MiB at 10,000
// tables. Never freed (a run reads a handful of files).
class FileName {
 public:
  FileName() = default;
  FileName(std::string_view path);                                    // NOLINT: implicit, as a string
  FileName(const std::string& path) : FileName(std::string_view(path)) {}  // NOLINT
  FileName(const char* path) : FileName(std::string_view(path)) {}         // NOLINT

  const std::string& str() const;
  bool empty() const { return str().empty(); }
  operator const std::string&() const { return str(); }  // NOLINT: reads as the path it is

  friend bool operator==(const FileName& a, const FileName& b) { return a.path_ == b.path_; }

 private:
  const std::string* path_ = nullptr;  // interned: equal paths, equal pointers
};

struct SourceRange {
  FileName file;           // path as given by the user; empty when unknown
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
