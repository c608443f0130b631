#include "transfer/sqlite_value.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

namespace schemac {

SqliteValue read_sqlite_value(sqlite3_stmt* statement, int column) {
  SqliteValue value;
  switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
      value.type = SqliteValue::Type::Integer;
      value.integer = sqlite3_column_int64(statement, column);
      break;
    case SQLITE_FLOAT:
      value.type = SqliteValue::Type::Real;
      value.real = sqlite3_column_double(statement, column);
      break;
    case SQLITE_TEXT: {
      value.type = SqliteValue::Type::Text;
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
      value.bytes = std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
      break;
    }
    case SQLITE_BLOB: {
      value.type = SqliteValue::Type::Blob;
      const auto* blob = static_cast<const char*>(sqlite3_column_blob(statement, column));
      value.bytes = std::string_view(blob ? blob : "", static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
      break;
    }
    default: break;
  }
  return value;
}

std::string describe(const SqliteValue& value) {
  constexpr std::size_t kShown = 60;
  switch (value.type) {
    case SqliteValue::Type::Null: return "NULL";
    case SqliteValue::Type::Integer: return fmt::format("{} (integer)", value.integer);
    case SqliteValue::Type::Real: return fmt::format("{} (real)", value.real);
    case SqliteValue::Type::Text: {
      std::string shown(value.bytes.substr(0, kShown));
      for (char& c : shown)
        if (static_cast<unsigned char>(c) < 0x20) c = '?';
      return fmt::format("'{}{}' (text)", shown, value.bytes.size() > kShown ? "..." : "");
    }
    case SqliteValue::Type::Blob: {
      std::string hex;
      for (char c : value.bytes.substr(0, kShown / 2)) hex += fmt::format("{:02x}", static_cast<unsigned char>(c));
      return fmt::format("x'{}{}' (blob, {} bytes)", hex, value.bytes.size() > kShown / 2 ? "..." : "", value.bytes.size());
    }
  }
  return "?";
}

}  // namespace schemac
