#pragma once
// Rows copied out of a driver whose buffers do not outlive the next step
// (sqlite3, DuckDB's materialized results): each value as text, NULL as nullopt.
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace schemac::db {

class TextRows final : public Rows {
 public:
  std::vector<std::vector<std::optional<std::string>>> rows;
  std::size_t column_count = 0;
  std::size_t size() const override { return rows.size(); }
  std::size_t columns() const override { return column_count; }
  std::optional<std::string_view> get(std::size_t row, std::size_t column) const override {
    if (row >= rows.size() || column >= rows[row].size() || !rows[row][column]) return std::nullopt;
    return std::string_view(*rows[row][column]);
  }
};

}  // namespace schemac::db
