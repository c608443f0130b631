#pragma once
// Migration folders in the layouts other tools read: golang-migrate
// ({version}_{name}.up.sql + .down.sql, the default), dbmate ({version}_{name}.sql
// with -- migrate:up / -- migrate:down), goose (-- +goose Up / -- +goose Down)
// and Flyway (V{version}__{name}.sql + U{version}__{name}.sql).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/result.hpp"
#include "model/source_file.hpp"

namespace schemac {

enum class FolderFormat { GolangMigrate, Dbmate, Goose, Flyway };

Result<FolderFormat> parse_folder_format(std::string_view name);
std::string_view folder_format_name(FolderFormat format);

struct Migration {
  std::string version;  // digits; ordered as numbers
  std::string name;
  std::string up, down;              // SQL
  std::vector<std::string> files;    // relative to the folder, as the sum file names them
};

// A file of a migration folder as read: its name in the folder and its bytes.
struct FolderFile {
  std::string name;
  std::string text;
};

struct Folder {
  std::string dir;
  FolderFormat format = FolderFormat::GolangMigrate;
  std::vector<Migration> migrations;  // in version order
  std::vector<std::string> files;     // every migration file, in sum-file order
  std::vector<std::string> texts;     // their bytes, as files orders them (for the sum)
  std::optional<std::string> sum;     // schemac.sum as read, if there is one
};

// Reads `dir`; the format is detected from the files unless given (an empty
// folder is golang-migrate's). Duplicate versions and files of no known
// layout are errors naming the file.
Result<Folder> read_folder(const std::string& dir, std::optional<FolderFormat> format);

// The same, over files already read (no filesystem: what read_folder does
// once it has listed and read the folder's regular files, in any order).
Result<Folder> parse_folder(const std::string& dir, std::vector<FolderFile> files, std::optional<FolderFormat> format);

// A migration's up script as a source file named by its path (for replaying a folder).
SourceFile up_file(const Folder& folder, const Migration& migration);

// One migration's files in a layout (what write_migration writes).
std::vector<FolderFile> migration_files(FolderFormat format, const std::string& version, const std::string& name, const std::string& up,
                                        const std::string& down);
// Writes one migration; returns the files written (relative to the folder).
Result<std::vector<std::string>> write_migration(const std::string& dir, FolderFormat format, const std::string& version,
                                                 const std::string& name, const std::string& up, const std::string& down);

// A name as a file name part: lower case, [a-z0-9_], no run of underscores.
std::string sanitized_migration_name(std::string_view name);

}  // namespace schemac
