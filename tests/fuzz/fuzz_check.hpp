#pragma once
// What the fuzz targets share: the input as text, and a property failure
// that stops the run like a crash does (libFuzzer keeps the input that
// caused it; the replay driver names it).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "model/source_range.hpp"

namespace schemac::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void property_failed(std::string_view what, std::string_view detail = {}) {
  std::fprintf(stderr, "property failed: %.*s\n%.*s\n", static_cast<int>(what.size()), what.data(), static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

// Every error that names a place names one inside the input: a line that
// exists, a column from 1 (a line past the end is where a truncated
// statement's error points).
inline void check_positions(const std::vector<Diagnostic>& errors, std::string_view text) {
  const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  for (const Diagnostic& error : errors) {
    if (error.message.empty()) property_failed("an error without a message");
    if (!error.where.known()) continue;
    if (error.where.line > lines + 1 || error.where.col == 0) property_failed("an error outside its input", error.render());
  }
}

}  // namespace schemac::fuzz
