#pragma once
// An order-independent checksum of a table's rows: each row's canonical
// values hashed (with lengths and NULL markers, so ("ab","c") differs from
// ("a","bc")), mixed, and added up - the same rows in any order give the
// same sum, duplicates count.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/fnv1a.hpp"

namespace schemac {

class TableChecksum {
 public:
  void add_null() { row_.add('\0'); }
  void add_value(std::string_view canonical) {
    row_.add('\1');
    for (int shift = 0; shift < 64; shift += 8) row_.add(static_cast<char>((canonical.size() >> shift) & 0xFF));
    row_.add(canonical);
  }
  void end_row() {
    sum_ += mix(row_.value());
    ++rows_;
    row_ = Fnv1a{};
  }
  std::uint64_t rows() const { return rows_; }
  std::string text() const;  // 16 hex digits

  friend bool operator==(const TableChecksum& a, const TableChecksum& b) { return a.sum_ == b.sum_ && a.rows_ == b.rows_; }

 private:
  // splitmix64's finalizer: spreads FNV's bits so that sums do not cancel.
  static std::uint64_t mix(std::uint64_t x) {
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }
  Fnv1a row_;
  std::uint64_t sum_ = 0, rows_ = 0;
};

}  // namespace schemac
