#pragma once
// FNV-1a, 64 bits: a fast hash for detecting change (a schema that drifted,
// a migration file edited by hand). Not a security measure.
#include <cstdint>
#include <string>
#include <string_view>

namespace schemac {

class Fnv1a {
 public:
  void add(std::string_view text) {
    for (char c : text) add(c);
  }
  void add(char c) {
    hash_ ^= static_cast<unsigned char>(c);
    hash_ *= 1099511628211ULL;
  }
  std::uint64_t value() const { return hash_; }
  // "fnv1a64:0123456789abcdef"
  std::string text() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "fnv1a64:";
    for (int shift = 60; shift >= 0; shift -= 4) out += kDigits[(hash_ >> shift) & 0xF];
    return out;
  }

 private:
  std::uint64_t hash_ = 14695981039346656037ULL;
};

inline std::string fnv1a_text(std::string_view text) {
  Fnv1a hash;
  hash.add(text);
  return hash.text();
}

}  // namespace schemac
