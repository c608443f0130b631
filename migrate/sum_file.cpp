#include "migrate/sum_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "model/fnv1a.hpp"

namespace schemac {
namespace {

namespace fs = std::filesystem;

std::string file_hash(const Folder& folder, std::size_t index) {
  return fnv1a_text(index < folder.texts.size() ? folder.texts[index] : std::string());
}

constexpr const char* kHint = "after a deliberate change, run schemac migrate hash --dir DIR to accept it";

}  // namespace

std::string sum_text(const Folder& folder) {
  std::string lines;
  for (std::size_t i = 0; i < folder.files.size(); ++i) lines += folder.files[i] + " " + file_hash(folder, i) + "\n";
  return "total " + fnv1a_text(lines) + "\n" + lines;
}

std::optional<Diagnostic> write_sum(const Folder& folder) {
  std::ofstream out(fs::path(folder.dir) / "schemac.sum", std::ios::binary);
  if (!(out << sum_text(folder))) return Diagnostic{{}, "cannot write " + (fs::path(folder.dir) / "schemac.sum").string(), {}, {}};
  return std::nullopt;
}

std::optional<Diagnostic> verify_sum(const Folder& folder) {
  const fs::path path = fs::path(folder.dir) / "schemac.sum";
  if (!folder.sum) {
    if (folder.files.empty()) return std::nullopt;
    return Diagnostic{{}, path.string() + " is missing: the migration files cannot be checked", kHint, {}};
  }
  std::istringstream in(*folder.sum);
  std::map<std::string, std::string> recorded;  // file -> hash, in the sum file
  std::vector<std::string> order;
  std::string line;
  while (std::getline(in, line)) {
    // "name hash": the hash is the last word; a name may hold spaces.
    const auto space = line.rfind(' ');
    if (space == std::string::npos) continue;
    const std::string file = line.substr(0, space), hash = line.substr(space + 1);
    if (file.empty() || file == "total") continue;
    recorded[file] = hash;
    order.push_back(file);
  }
  for (std::size_t i = 0; i < folder.files.size(); ++i) {
    const std::string& file = folder.files[i];
    auto it = recorded.find(file);
    if (it == recorded.end()) return Diagnostic{{}, (fs::path(folder.dir) / file).string() + " is not in schemac.sum: added by hand?", kHint, {}};
    if (it->second != file_hash(folder, i))
      return Diagnostic{{}, (fs::path(folder.dir) / file).string() + " was edited after schemac.sum was written", kHint, {}};
  }
  for (const std::string& file : order)
    if (std::find(folder.files.begin(), folder.files.end(), file) == folder.files.end())
      return Diagnostic{{}, (fs::path(folder.dir) / file).string() + " is in schemac.sum but missing from the folder", kHint, {}};
  if (order != folder.files) return Diagnostic{{}, "the migrations in " + folder.dir + " are not in the order schemac.sum has them", kHint, {}};
  return std::nullopt;
}

}  // namespace schemac
