#pragma once
// A command-line source that names files: a .sql file, or a folder whose
// .sql files are read in name order as one schema.
#include <string>
#include <vector>

#include "model/result.hpp"
#include "model/source_file.hpp"

namespace schemac {

Result<std::vector<SourceFile>> load_sql_files(const std::string& path);

}  // namespace schemac
