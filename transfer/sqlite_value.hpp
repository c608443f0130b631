#pragma once
// One value of an SQLite row, as sqlite3 stores it (its storage class), with
// text and blobs viewed in sqlite3's buffer (valid until the next step).
#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace schemac {

struct SqliteValue {
  enum class Type { Null, Integer, Real, Text, Blob } type = Type::Null;
  std::int64_t integer = 0;
  double real = 0;
  std::string_view bytes;  // Text and Blob
};

SqliteValue read_sqlite_value(sqlite3_stmt* statement, int column);

// For messages: 'abc' (text), 42 (integer), x'0a0b' (blob, 2 bytes); long values cut short.
std::string describe(const SqliteValue& value);

}  // namespace schemac
