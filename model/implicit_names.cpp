#include "model/implicit_names.hpp"

namespace schemac {
namespace {

// Largest prefix of `text` of at most `limit` bytes that ends on a character boundary.
std::size_t utf8_clip(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text.size();
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace

std::string truncate_identifier(std::string_view name) {
  return std::string(name.substr(0, utf8_clip(name, kMaxIdentifierBytes)));
}

std::string make_object_name(std::string_view name1, std::string_view name2, std::string_view label) {
  std::size_t overhead = 0;
  if (!label.empty()) overhead += label.size() + 1;
  if (!name2.empty()) overhead += 1;
  const std::size_t available = kMaxIdentifierBytes - overhead;
  std::size_t chars1 = name1.size();
  std::size_t chars2 = name2.size();
  while (chars1 + chars2 > available) {
    if (chars1 > chars2) --chars1;
    else --chars2;
  }
  std::string out(name1.substr(0, utf8_clip(name1, chars1)));
  if (!name2.empty()) out += "_" + std::string(name2.substr(0, utf8_clip(name2, chars2)));
  if (!label.empty()) out += "_" + std::string(label);
  return out;
}

std::string choose_object_name(std::string_view name1, std::string_view name2, std::string_view label,
                               const std::function<bool(const std::string&)>& is_taken) {
  std::string modified_label(label);
  for (int pass = 1;; ++pass) {
    std::string candidate = make_object_name(name1, name2, modified_label);
    if (!is_taken(candidate)) return candidate;
    modified_label = std::string(label) + std::to_string(pass);
  }
}

std::string join_column_names(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& column : columns) {
    if (!out.empty()) out += '_';
    out += column;
    if (out.size() >= kMaxIdentifierBytes + 1) break;
  }
  return out;
}

}  // namespace schemac
