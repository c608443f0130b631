// The tests' stand-in for a DuckDB shell (there is no Debian package):
//   duckdb_query FILE SQL     runs SQL (one or more statements) on FILE and
// prints the last result's rows, values separated by '|', NULL as empty -
// as sqlite3 prints them. Exit 1 with DuckDB's message on an error.
#include <iostream>

#include "db/duckdb_connection.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: duckdb_query FILE SQL\n";
    return 2;
  }
  auto connection = schemac::db::DuckdbConnection::open(argv[1], true);
  if (!connection) {
    std::cerr << connection.errors().front().message << "\n";
    return 1;
  }
  auto rows = connection.value()->query(argv[2]);
  if (!rows) {
    std::cerr << rows.errors().front().message << "\n";
    return 1;
  }
  for (std::size_t r = 0; r < rows.value()->size(); ++r) {
    std::string line;
    for (std::size_t c = 0; c < rows.value()->columns(); ++c) line += (c ? "|" : "") + std::string(rows.value()->get(r, c).value_or(""));
    std::cout << line << "\n";
  }
  return 0;
}
