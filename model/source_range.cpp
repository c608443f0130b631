#include "model/source_range.hpp"

namespace schemac {

std::string SourceRange::to_string() const {
  if (!known()) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(col);
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
