#include "migrate/folder.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>

namespace schemac {
namespace {

namespace fs = std::filesystem;

Diagnostic error(std::string message, std::string hint = {}) { return Diagnostic{{}, std::move(message), std::move(hint), {}}; }

std::optional<std::string> read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Versions compare as numbers: 9 before 10, whatever their widths.
bool version_less(const std::string& a, const std::string& b) {
  const auto strip = [](const std::string& v) { return v.substr(std::min(v.find_first_not_of('0'), v.size())); };
  const std::string x = strip(a), y = strip(b);
  return x.size() != y.size() ? x.size() < y.size() : x < y;
}

// "{version}_{name}{suffix}" -> version, name
std::optional<std::pair<std::string, std::string>> split_name(std::string_view file, std::string_view prefix, std::string_view separator,
                                                              std::string_view suffix) {
  if (!file.starts_with(prefix) || !file.ends_with(suffix)) return std::nullopt;
  file.remove_prefix(prefix.size());
  file.remove_suffix(suffix.size());
  const auto at = file.find(separator);
  const std::string_view version = file.substr(0, at);
  if (!all_digits(version)) return std::nullopt;
  return std::pair{std::string(version), at == std::string_view::npos ? std::string() : std::string(file.substr(at + separator.size()))};
}

// The two halves of a one-file migration, between its markers.
std::optional<std::pair<std::string, std::string>> halves(const std::string& text, std::string_view up_marker, std::string_view down_marker) {
  const auto up = text.find(up_marker);
  if (up == std::string::npos) return std::nullopt;
  const auto down = text.find(down_marker, up);
  const std::size_t up_start = text.find('\n', up);
  std::string up_sql = up_start == std::string::npos ? "" : text.substr(up_start + 1, down == std::string::npos ? std::string::npos : down - up_start - 1);
  // The line break before the down marker ends the marker's line, not the SQL (the writer puts it there).
  if (down != std::string::npos && up_sql.ends_with('\n')) up_sql.pop_back();
  std::string down_sql;
  if (down != std::string::npos) {
    const std::size_t down_start = text.find('\n', down);
    if (down_start != std::string::npos) down_sql = text.substr(down_start + 1);
  }
  return std::pair{up_sql, down_sql};
}

std::optional<FolderFormat> detect(const std::vector<FolderFile>& files) {
  for (const FolderFile& file : files) {
    const std::string& name = file.name;
    if (name.ends_with(".up.sql") || name.ends_with(".down.sql")) return FolderFormat::GolangMigrate;
    if ((name.starts_with('V') || name.starts_with('U')) && name.find("__") != std::string::npos) return FolderFormat::Flyway;
    if (!name.ends_with(".sql")) continue;
    if (file.text.find("-- migrate:up") != std::string::npos) return FolderFormat::Dbmate;
    if (file.text.find("-- +goose Up") != std::string::npos) return FolderFormat::Goose;
  }
  return std::nullopt;
}

// A goose migration runs its statements one by one, split at semicolons,
// unless they stand between StatementBegin and StatementEnd: function bodies
// and DO blocks hold semicolons of their own.
std::string goose_half(const std::string& sql) {
  const bool has_body = sql.find("$$") != std::string::npos || sql.find("BEGIN ATOMIC") != std::string::npos;
  if (!has_body || sql.empty()) return sql;
  return "-- +goose StatementBegin\n" + sql + (sql.ends_with('\n') ? "" : "\n") + "-- +goose StatementEnd\n";
}

bool write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  return static_cast<bool>(out << text);
}

}  // namespace

Result<FolderFormat> parse_folder_format(std::string_view name) {
  if (name == "golang-migrate") return FolderFormat::GolangMigrate;
  if (name == "dbmate") return FolderFormat::Dbmate;
  if (name == "goose") return FolderFormat::Goose;
  if (name == "flyway") return FolderFormat::Flyway;
  return error("unknown migration format " + std::string(name), "golang-migrate (the default), dbmate, goose or flyway");
}

std::string_view folder_format_name(FolderFormat format) {
  switch (format) {
    case FolderFormat::GolangMigrate: return "golang-migrate";
    case FolderFormat::Dbmate: return "dbmate";
    case FolderFormat::Goose: return "goose";
    case FolderFormat::Flyway: return "flyway";
  }
  return "golang-migrate";
}

std::string sanitized_migration_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (keep) out += lower;
    else if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "migration" : out;
}

Result<Folder> read_folder(const std::string& dir, std::optional<FolderFormat> format) {
  const fs::path root(dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return error("no migration folder at " + dir, "create it, or write the first migration with schemac migrate diff");
  std::vector<FolderFile> files;
  for (const auto& entry : fs::directory_iterator(root)) {
    std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || !(name.ends_with(".sql") || name == "schemac.sum")) continue;
    auto text = read_text(entry.path());
    if (!text) return error("cannot read " + entry.path().string());
    files.push_back({std::move(name), std::move(*text)});
  }
  return parse_folder(dir, std::move(files), format);
}

Result<Folder> parse_folder(const std::string& dir, std::vector<FolderFile> files, std::optional<FolderFormat> format) {
  const fs::path root(dir);
  std::sort(files.begin(), files.end(), [](const FolderFile& a, const FolderFile& b) { return a.name < b.name; });
  Folder folder;
  folder.dir = dir;
  folder.format = format ? *format : detect(files).value_or(FolderFormat::GolangMigrate);
  std::map<std::string, Migration, decltype(&version_less)> by_version(&version_less);
  std::map<std::string, std::string> texts;  // file -> bytes
  for (FolderFile& entry : files) {
    const std::string& file = entry.name;
    if (file == "schemac.sum") folder.sum = std::move(entry.text);
    if (file == "schemac.sum" || !file.ends_with(".sql")) continue;
    // schemac.sum has a line per file: a name cannot break one.
    if (std::any_of(file.begin(), file.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
      return error((root / file).string() + ": a migration file name may not hold a line break or other control character");
    auto [kept, fresh] = texts.emplace(file, std::move(entry.text));
    if (!fresh) return error((root / file).string() + ": listed twice");
    const std::string* text = &kept->second;
    std::optional<std::pair<std::string, std::string>> parts;
    bool up = true;
    switch (folder.format) {
      case FolderFormat::GolangMigrate:
        parts = split_name(file, "", "_", ".up.sql");
        if (!parts) parts = split_name(file, "", "_", ".down.sql"), up = false;
        break;
      case FolderFormat::Flyway:
        parts = split_name(file, "V", "__", ".sql");
        if (!parts) parts = split_name(file, "U", "__", ".sql"), up = false;
        break;
      case FolderFormat::Dbmate:
      case FolderFormat::Goose:
        parts = split_name(file, "", "_", ".sql");
        break;
    }
    if (!parts)
      return error((root / file).string() + ": not a " + std::string(folder_format_name(folder.format)) + " migration file name",
                   "migration files are named {version}_{name}... with a version of digits");
    auto [it, inserted] = by_version.try_emplace(parts->first);
    Migration& migration = it->second;
    if (!inserted && !migration.files.empty() && migration.name != parts->second)
      return error((root / file).string() + ": version " + parts->first + " is also " + migration.files.front(),
                   "every migration needs a version of its own");
    migration.version = parts->first;
    migration.name = parts->second;
    migration.files.push_back(file);
    if (folder.format == FolderFormat::Dbmate || folder.format == FolderFormat::Goose) {
      if (migration.files.size() > 1) return error((root / file).string() + ": version " + parts->first + " is also " + migration.files.front());
      const auto sides = folder.format == FolderFormat::Dbmate ? halves(*text, "-- migrate:up", "-- migrate:down")
                                                               : halves(*text, "-- +goose Up", "-- +goose Down");
      if (!sides) return error((root / file).string() + ": no " + (folder.format == FolderFormat::Dbmate ? "-- migrate:up" : "-- +goose Up") + " line");
      migration.up = sides->first;
      migration.down = sides->second;
      if (folder.format == FolderFormat::Goose)
        for (std::string* half : {&migration.up, &migration.down})
          for (const char* marker : {"-- +goose StatementBegin\n", "-- +goose StatementEnd\n"})
            for (std::size_t at; (at = half->find(marker)) != std::string::npos;) half->erase(at, std::string_view(marker).size());
    } else {
      (up ? migration.up : migration.down) = *text;
    }
  }
  for (auto& [version, migration] : by_version) {
    for (const std::string& file : migration.files) folder.files.push_back(file);
    folder.migrations.push_back(std::move(migration));
  }
  for (const std::string& file : folder.files) {
    auto it = texts.find(file);
    folder.texts.push_back(it == texts.end() ? std::string() : std::move(it->second));
  }
  return folder;
}

SourceFile up_file(const Folder& folder, const Migration& migration) {
  return SourceFile{(fs::path(folder.dir) / migration.files.front()).string(), migration.up};
}

std::vector<FolderFile> migration_files(FolderFormat format, const std::string& version, const std::string& name, const std::string& up,
                                        const std::string& down) {
  switch (format) {
    case FolderFormat::GolangMigrate:
      return {{version + "_" + name + ".up.sql", up}, {version + "_" + name + ".down.sql", down}};
    case FolderFormat::Dbmate:
      return {{version + "_" + name + ".sql", "-- migrate:up\n" + up + "\n-- migrate:down\n" + down}};
    case FolderFormat::Goose:
      return {{version + "_" + name + ".sql", "-- +goose Up\n" + goose_half(up) + "\n-- +goose Down\n" + goose_half(down)}};
    case FolderFormat::Flyway:
      return {{"V" + version + "__" + name + ".sql", up}, {"U" + version + "__" + name + ".sql", down}};
  }
  return {};
}

Result<std::vector<std::string>> write_migration(const std::string& dir, FolderFormat format, const std::string& version,
                                                 const std::string& name, const std::string& up, const std::string& down) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return error("cannot create " + dir + ": " + ec.message());
  std::vector<std::string> written;
  for (const auto& [file, text] : migration_files(format, version, name, up, down)) {
    if (fs::exists(fs::path(dir) / file)) return error((fs::path(dir) / file).string() + " exists already");
    if (!write_text(fs::path(dir) / file, text)) return error("cannot write " + (fs::path(dir) / file).string());
    written.push_back(file);
  }
  return written;
}

}  // namespace schemac
