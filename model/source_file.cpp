#include "model/source_file.hpp"

#include <algorithm>

namespace schemac {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

LineIndex::LineIndex(const SourceFile& file) : file_(&file), path_(file.path) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < file.text.size(); ++i)
    if (file.text[i] == '\n') line_starts_.push_back(i + 1);
}

SourceRange LineIndex::position(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, file_->text.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  const auto line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
  const std::size_t start = line_starts_[line - 1];
  std::uint32_t col = 1;
  for (std::size_t i = start; i < byte_offset; ++i)
    if (!is_continuation_byte(file_->text[i])) ++col;
  return SourceRange{path_, static_cast<std::uint32_t>(line), col};
}

std::string_view LineIndex::line_text(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : file_->text.size();
  std::string_view text = std::string_view(file_->text).substr(start, end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  constexpr std::size_t kMaxShown = 200;  // a 100 MB one-line file must not be echoed whole
  return text.substr(0, kMaxShown);
}

Diagnostic LineIndex::diagnose(std::size_t byte_offset, std::string message, std::string hint) const {
  Diagnostic d;
  d.where = position(byte_offset);
  d.message = std::move(message);
  d.hint = std::move(hint);
  d.source_line = std::string(line_text(d.where.line));
  if (d.where.col > d.source_line.size() + 1) d.source_line.clear();  // past the shown part: no caret
  return d;
}

std::size_t LineIndex::byte_offset_of_char(std::size_t char_index) const {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < file_->text.size(); ++i) {
    if (is_continuation_byte(file_->text[i])) continue;
    if (seen == char_index) return i;
    ++seen;
  }
  return file_->text.size();
}

}  // namespace schemac
