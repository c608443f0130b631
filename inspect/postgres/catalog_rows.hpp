#pragma once
// Reading catalog query results in place: one row at a time, values as views
// into the driver's buffer.
#include <algorithm>
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
  // A text[] value: {a,"b c","d\"e"}.
  std::vector<std::string> texts(int column) const {
    std::vector<std::string> out;
    const std::string_view v = view(column);
    std::string item;
    bool quoted = false, any = false;
    for (std::size_t i = 1; i + 1 < v.size(); ++i) {
      const char c = v[i];
      if (quoted && c == '\\' && i + 2 < v.size()) item += v[++i];
      else if (c == '"') quoted = !quoted, any = true;
      else if (c == ',' && !quoted) out.push_back(std::move(item)), item.clear(), any = false;
      else item += c, any = true;
    }
    if (any || !item.empty()) out.push_back(std::move(item));
    return out;
  }
  // "name=value" items of reloptions / attoptions.
  std::vector<std::pair<std::string, std::string>> options(int column) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::string& item : texts(column)) {
      const auto equals = item.find('=');
      if (equals == std::string::npos) out.emplace_back(std::move(item), "true");
      else out.emplace_back(item.substr(0, equals), item.substr(equals + 1));
    }
    std::sort(out.begin(), out.end());
    return out;
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
