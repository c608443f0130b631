// The PostgreSQL frontend, text -> IR, as schemac reads a schema file: checked
// as UTF-8 text, then parsed. Never a crash; every error inside the input.
#include "model/source_file.hpp"
#include "parser/postgres/parse_postgres.hpp"
#include "tests/fuzz/fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace schemac;
  const SourceFile file{"fuzz.sql", std::string(fuzz::as_text(data, size))};
  if (auto problem = not_text(file)) return fuzz::check_positions({*problem}, file.text), 0;
  for (const bool skip_unsupported : {false, true}) {
    auto parsed = pg::parse_postgres({file}, pg::ParseOptions{.skip_unsupported = skip_unsupported, .privileges = true, .owners = true});
    if (!parsed) fuzz::check_positions(parsed.errors(), file.text);
    else fuzz::check_positions(parsed->warnings, file.text);
  }
  return 0;
}
