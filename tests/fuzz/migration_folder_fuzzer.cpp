// The migration-folder reader: file names, the golang-migrate / dbmate /
// goose / Flyway layouts and their markers, schemac.sum, and the runner's
// split of a script around its -- schemac:before/after-transaction markers.
//
// Input: byte 0 picks the layout (or detection); the rest is
// name \0 text \0 name \0 text ... (a file named schemac.sum is the sum).
// Properties: a folder read is in version order, a sum written for it
// verifies, and a migration schemac writes in a layout reads back as written.
#include <set>

#include "migrate/folder.hpp"
#include "migrate/script.hpp"
#include "migrate/sum_file.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

using namespace schemac;

std::vector<FolderFile> files_of(std::string_view rest) {
  std::vector<FolderFile> files;
  std::set<std::string> names;
  while (!rest.empty()) {
    const auto name_end = rest.find('\0');
    std::string name(rest.substr(0, name_end));
    rest = name_end == std::string_view::npos ? std::string_view() : rest.substr(name_end + 1);
    const auto text_end = rest.find('\0');
    std::string text(rest.substr(0, text_end));
    rest = text_end == std::string_view::npos ? std::string_view() : rest.substr(text_end + 1);
    // A folder lists a name once, and never one with a slash in it.
    if (name.empty() || name.find('/') != std::string::npos || !names.insert(name).second) continue;
    files.push_back({std::move(name), std::move(text)});
  }
  return files;
}

bool holds_marker(const std::string& sql) {
  return sql.find("-- migrate:") != std::string::npos || sql.find("-- +goose") != std::string::npos;
}

void check_read_back(FolderFormat format, const Migration& migration) {
  const std::string up = migration.up, down = migration.down;
  if (holds_marker(up) || holds_marker(down)) return;  // the layouts' own markers cannot be told from SQL
  const std::string name = sanitized_migration_name(migration.name);
  auto again = parse_folder("fuzz", migration_files(format, "1", name, up, down), format);
  if (!again) fuzz::property_failed("a migration schemac wrote does not read back", again.errors().front().message);
  if (again->migrations.size() != 1) fuzz::property_failed("a migration schemac wrote reads back as another count");
  const Migration& read = again->migrations.front();
  // goose statements with bodies are written between marker lines, which end
  // a last line that had no line break of its own.
  auto same = [&](std::string written, std::string got) {
    if (format == FolderFormat::Goose)
      for (std::string* text : {&written, &got})
        while (text->ends_with('\n')) text->pop_back();
    return written == got;
  };
  if (!same(up, read.up) || !same(down, read.down) || read.name != name)
    fuzz::property_failed("a migration schemac wrote reads back changed", std::string(folder_format_name(format)) + "\nup: " + up + "\nread: " + read.up);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input = fuzz::as_text(data, size);
  static constexpr FolderFormat kFormats[] = {FolderFormat::GolangMigrate, FolderFormat::Dbmate, FolderFormat::Goose, FolderFormat::Flyway};
  const unsigned pick = static_cast<unsigned char>(input[0]) % 5;
  const std::optional<FolderFormat> format = pick == 4 ? std::nullopt : std::optional(kFormats[pick]);
  auto folder = parse_folder("fuzz", files_of(input.substr(1)), format);
  if (!folder) return fuzz::check_positions(folder.errors(), {}), 0;
  if (folder->files.size() != folder->texts.size()) fuzz::property_failed("file names and texts out of step");
  for (std::size_t i = 1; i < folder->migrations.size(); ++i)
    if (folder->migrations[i - 1].version == folder->migrations[i].version) fuzz::property_failed("a version read twice");
  for (const Migration& migration : folder->migrations) {
    if (migration.files.empty()) fuzz::property_failed("a migration without a file");
    for (const std::string* script : {&migration.up, &migration.down}) (void)split_migration_script(*script);
  }
  (void)verify_sum(folder.value());
  Folder summed = folder.value();
  summed.sum = sum_text(summed);
  if (auto mismatch = verify_sum(summed)) fuzz::property_failed("a sum written for a folder does not verify", mismatch->message);
  for (FolderFormat layout : kFormats)
    for (const Migration& migration : folder->migrations) check_read_back(layout, migration);
  return 0;
}
