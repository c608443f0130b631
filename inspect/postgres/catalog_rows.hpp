#pragma once
// Reading catalog query results in place: one row at a time, values as views
// into the driver's buffer.
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "db/connection.hpp"

namespace schemac::pg {

struct Row {
  const db::Rows& rows;
  std::size_t index;

  std::string_view view(int column) const { return rows.get(index, static_cast<std::size_t>(column)).value_or(std::string_view{}); }
  std::string text(int column) const { return std::string(view(column)); }
  bool has(int column) const { return rows.get(index, static_cast<std::size_t>(column)).has_value(); }
  bool truth(int column) const { return view(column) == "t"; }
  std::uint32_t oid(int column) const { return number<std::uint32_t>(column); }
  int integer(int column) const { return number<int>(column); }
  template <typename Number>
  Number number(int column) const {
    Number value = 0;
    const std::string_view v = view(column);
    std::from_chars(v.data(), v.data() + v.size(), value);
    return value;
  }
  // An int2[] ("{1,2}") or int2vector ("1 2") value.
  std::vector<int> numbers(int column) const {
    std::vector<int> out;
    const std::string_view v = view(column);
    for (std::size_t i = 0; i < v.size();) {
      if (v[i] == '-' || (v[i] >= '0' && v[i] <= '9')) {
        int value = 0;
        auto [end, error] = std::from_chars(v.data() + i, v.data() + v.size(), value);
        out.push_back(value);
        i = static_cast<std::size_t>(end - v.data());
      } else {
        ++i;
      }
    }
    return out;
  }
};

// The rows of a result, for range-for.
struct EachRow {
  const db::Rows& rows;
  struct Iterator {
    const db::Rows& rows;
    std::size_t index;
    Row operator*() const { return Row{rows, index}; }
    Iterator& operator++() { return ++index, *this; }
    bool operator!=(const Iterator& other) const { return index != other.index; }
  };
  Iterator begin() const { return {rows, 0}; }
  Iterator end() const { return {rows, rows.size()}; }
};

}  // namespace schemac::pg
