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
  if (auto problem = not_text(file)) return std::move(*problem);
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
