#include "model/source_range.hpp"

#include <mutex>
#include <set>

namespace schemac {

FileName::FileName(std::string_view path) {
  static std::mutex mutex;  // both sides of a comparison are read at once
  static std::set<std::string, std::less<>> paths;
  if (path.empty()) return;
  const std::lock_guard lock(mutex);
  auto it = paths.find(path);
  if (it == paths.end()) it = paths.emplace(path).first;
  path_ = &*it;  // elements of a set never move
}

const std::string& FileName::str() const {
  static const std::string none;
  return path_ ? *path_ : none;
}

std::string SourceRange::to_string() const {
  if (!known()) return file.str();
  return file.str() + ":" + std::to_string(line) + ":" + std::to_string(col);
}

std::string Diagnostic::render() const {
  std::string out;
  if (!where.file.empty()) out += where.to_string() + ": ";
  out += "error: " + message + "\n";
  if (!source_line.empty()) {
    out += "  " + source_line + "\n";
    if (where.col > 0) {
      std::string caret(where.col - 1, ' ');
      // keep tabs so the caret lines up under tab-indented text
      for (std::size_t i = 0; i < caret.size() && i < source_line.size(); ++i)
        if (source_line[i] == '\t') caret[i] = '\t';
      out += "  " + caret + "^\n";
    }
  }
  if (!hint.empty()) out += "  hint: " + hint + "\n";
  return out;
}

}  // namespace schemac
