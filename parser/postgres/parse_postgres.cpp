#include "parser/postgres/parse_postgres.hpp"

#include "parser/postgres/session.hpp"

namespace schemac::pg {
namespace {

// One pass over all files; nullopt when a file read in pieces must be read again whole.
std::optional<Result<Parsed>> parse_all(const std::vector<SourceFile>& files, const ParseOptions& options, bool allow_pieces) {
  Session session(options);
  for (const SourceFile& file : files)
    if (!session.read(file, allow_pieces)) return std::nullopt;
  return session.finish();
}

}  // namespace

Result<Parsed> parse_postgres(const std::vector<SourceFile>& files, const ParseOptions& options) {
  if (auto parsed = parse_all(files, options, true)) return std::move(*parsed);
  return std::move(*parse_all(files, options, false));
}

}  // namespace schemac::pg
