#pragma once
// What a copy shows while it runs: on a terminal one line per table redrawn
// in place (rows, rows/s, ETA); otherwise a plain line when a table is done.
#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace schemac {

class CopyProgress {
 public:
  CopyProgress(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}
  void start(const std::string& table, std::uint64_t total_rows);
  void advance(std::uint64_t rows_done);
  void finish(std::uint64_t rows_done);
  void skip(const std::string& table, const std::string& why);
  void abandon();  // the table failed: end its line

 private:
  using Clock = std::chrono::steady_clock;
  void draw(std::uint64_t rows_done, bool final);

  std::ostream& out_;
  bool terminal_;
  std::string table_;
  std::uint64_t total_ = 0;
  Clock::time_point started_, drawn_;
};

}  // namespace schemac
