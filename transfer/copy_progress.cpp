#include "transfer/copy_progress.hpp"

#include <fmt/format.h>

namespace schemac {
namespace {

std::string seconds_text(double seconds) { return seconds < 10 ? fmt::format("{:.2f} s", seconds) : fmt::format("{:.0f} s", seconds); }

}  // namespace

void CopyProgress::start(const std::string& table, std::uint64_t total_rows) {
  table_ = table;
  total_ = total_rows;
  started_ = drawn_ = Clock::now();
  if (terminal_) draw(0, false);
}

void CopyProgress::advance(std::uint64_t rows_done) {
  if (!terminal_) return;
  const auto now = Clock::now();
  if (now - drawn_ < std::chrono::milliseconds(100)) return;
  drawn_ = now;
  draw(rows_done, false);
}

void CopyProgress::finish(std::uint64_t rows_done) { draw(rows_done, true); }

void CopyProgress::abandon() {
  if (terminal_) out_ << "\n" << std::flush;
}

void CopyProgress::skip(const std::string& table, const std::string& why) { out_ << table << ": skipped, " << why << "\n" << std::flush; }

void CopyProgress::draw(std::uint64_t rows_done, bool final) {
  const double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
  const double rate = seconds > 0 ? static_cast<double>(rows_done) / seconds : 0;
  std::string line;
  if (final) {
    line = fmt::format("{}: {} rows in {} ({:.0f} rows/s)", table_, rows_done, seconds_text(seconds), rate);
  } else {
    const double left = rate > 0 && total_ > rows_done ? static_cast<double>(total_ - rows_done) / rate : 0;
    line = fmt::format("{}: {}/{} rows, {:.0f} rows/s, ETA {}", table_, rows_done, total_, rate, seconds_text(left));
  }
  if (terminal_) out_ << "\r\x1b[2K" << line << (final ? "\n" : "") << std::flush;
  else if (final) out_ << line << "\n" << std::flush;
}

}  // namespace schemac
