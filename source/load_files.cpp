#include "source/load_files.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

namespace schemac {
namespace fs = std::filesystem;
namespace {

Diagnostic file_error(const std::string& path, std::string message) {
  return Diagnostic{SourceRange{path, 0, 0}, std::move(message), {}, {}};
}

// Where `text` stops being UTF-8 text: a NUL byte (every C-string API on the
// way - libpg_query, DuckDB - would stop reading there, silently dropping the
// rest) or a byte sequence that is not UTF-8. nullopt: all of it is text.
struct NotText {
  std::size_t offset;
  std::string what;
};

std::optional<NotText> first_non_text(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char b = bytes[i];
    if (b == 0) return NotText{i, "a NUL byte"};
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) length = 2;
    else if (b == 0xE0) length = 3, low = 0xA0;
    else if (b >= 0xE1 && b <= 0xEC) length = 3;
    else if (b == 0xED) length = 3, high = 0x9F;  // no surrogates
    else if (b >= 0xEE && b <= 0xEF) length = 3;
    else if (b == 0xF0) length = 4, low = 0x90;
    else if (b >= 0xF1 && b <= 0xF3) length = 4;
    else if (b == 0xF4) length = 4, high = 0x8F;
    bool valid = length != 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      const unsigned char c = bytes[i + k];
      valid = k == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
    }
    if (!valid) {
      static constexpr char kHex[] = "0123456789abcdef";
      return NotText{i, std::string("not valid UTF-8 (byte 0x") + kHex[b >> 4] + kHex[b & 0xF] + ")"};
    }
    i += length;
  }
  return std::nullopt;
}

Result<SourceFile> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return file_error(path.string(), "cannot read file: " + std::generic_category().message(errno));
  // Read in one piece (no stream copy: a 100 MB file costs 100 MB).
  std::string text;
  std::error_code size_error;
  const auto size = fs::file_size(path, size_error);
  if (!size_error) {
    text.resize(size);
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
  } else {
    std::ostringstream stream;
    stream << in.rdbuf();
    text = std::move(stream).str();
  }
  if (in.bad()) return file_error(path.string(), "cannot read file: " + std::generic_category().message(errno));
  SourceFile file{path.string(), std::move(text)};
  if (const auto bad = first_non_text(file.text))
    return LineIndex(file).diagnose(bad->offset, bad->what + ": schema files must be UTF-8 text");
  return file;
}

}  // namespace

Result<std::vector<SourceFile>> load_sql_files(const std::string& path) {
  // mysql://..., http://...: a URL of a kind schemac does not read, not a missing file.
  if (const auto scheme = path.find("://"); scheme != std::string::npos && scheme > 0 &&
                                            std::all_of(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(scheme), [](char c) {
                                              return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
                                            }))
    return Diagnostic{{}, path.substr(0, scheme + 3) + " is not a kind of database schemac reads",
                      "give postgres://..., sqlite://..., duckdb://... or a schema file or folder", {}};
  std::error_code error;
  const auto status = fs::status(path, error);
  if (error || !fs::exists(status)) return file_error(path, "no such file or directory");
  if (!fs::is_directory(status)) {
    auto file = read_file(path);
    if (!file) return file.errors();
    return std::vector<SourceFile>{std::move(file).value()};
  }
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(path, error))
    if (entry.is_regular_file() && entry.path().extension() == ".sql") paths.push_back(entry.path());
  if (error) return file_error(path, "cannot list folder: " + error.message());
  if (paths.empty()) return file_error(path, "folder contains no .sql files");
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> files;
  for (const auto& p : paths) {
    auto file = read_file(p);
    if (!file) return file.errors();
    files.push_back(std::move(file).value());
  }
  return files;
}

}  // namespace schemac
