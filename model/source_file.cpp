#include "model/source_file.hpp"

#include <algorithm>
#include <optional>

namespace schemac {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Where `text` stops being UTF-8 text: a NUL byte (every C-string API on the
// way - libpg_query, DuckDB - would stop reading there, silently dropping the
// rest) or a byte sequence that is not UTF-8. nullopt: all of it is text.
struct NotText {
  std::size_t offset;
  std::string what;
};

std::optional<NotText> first_non_text(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char b = bytes[i];
    if (b == 0) return NotText{i, "a NUL byte"};
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) length = 2;
    else if (b == 0xE0) length = 3, low = 0xA0;
    else if (b >= 0xE1 && b <= 0xEC) length = 3;
    else if (b == 0xED) length = 3, high = 0x9F;  // no surrogates
    else if (b >= 0xEE && b <= 0xEF) length = 3;
    else if (b == 0xF0) length = 4, low = 0x90;
    else if (b >= 0xF1 && b <= 0xF3) length = 4;
    else if (b == 0xF4) length = 4, high = 0x8F;
    bool valid = length != 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      const unsigned char c = bytes[i + k];
      valid = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
    }
    if (!valid) {
      static constexpr char kHex[] = "0123456789abcdef";
      return NotText{i, std::string("not valid UTF-8 (byte 0x") + kHex[b >> 4] + kHex[b & 0xF] + ")"};
    }
    i += length;
  }
  return std::nullopt;
}

}  // namespace

LineIndex::LineIndex(const SourceFile& file) : file_(&file), path_(file.path) {
  line_starts_.push_back(0);
  std::size_t characters = 0;
  for (std::size_t i = 0; i < file.text.size(); ++i) {
    if (i % kCheckpointBytes == 0) characters_before_.push_back(characters);
    if (!is_continuation_byte(file.text[i])) ++characters;
    if (file.text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::size_t LineIndex::characters_before(std::size_t byte_offset) const {
  if (characters_before_.empty()) return 0;
  const std::size_t checkpoint = std::min(byte_offset / kCheckpointBytes, characters_before_.size() - 1);
  std::size_t characters = characters_before_[checkpoint];
  for (std::size_t i = checkpoint * kCheckpointBytes; i < byte_offset; ++i)
    if (!is_continuation_byte(file_->text[i])) ++characters;
  return characters;
}

SourceRange LineIndex::position(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, file_->text.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  const auto line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
  const std::size_t start = line_starts_[line - 1];
  const auto col = static_cast<std::uint32_t>(characters_before(byte_offset) - characters_before(start) + 1);
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

std::optional<Diagnostic> not_text(const SourceFile& file) {
  const auto bad = first_non_text(file.text);
  if (!bad) return std::nullopt;
  return LineIndex(file).diagnose(bad->offset, bad->what + ": schema files must be UTF-8 text");
}

}  // namespace schemac
