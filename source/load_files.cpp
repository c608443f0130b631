#include "source/load_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
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
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return file_error(path.string(), "cannot read file: " + std::generic_category().message(errno));
  return SourceFile{path.string(), std::move(text).str()};
}

}  // namespace

Result<std::vector<SourceFile>> load_sql_files(const std::string& path) {
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
