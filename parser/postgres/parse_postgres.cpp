#include "parser/postgres/parse_postgres.hpp"

#include <pg_query.h>
#include <simdjson.h>

#include <cstring>
#include <memory>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/parse_tree.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    i += length;
  }
  return std::string_view::npos;
}

// Problems with the bytes themselves, before any SQL is read.
std::optional<Diagnostic> check_text(const SourceFile& file, const LineIndex& lines) {
  if (file.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Diagnostic{SourceRange{file.path, 0, 0}, "file is empty",
                      "a schema file needs at least one statement; an empty schema is a file with just a comment", {}};
  if (auto nul = file.text.find('\0'); nul != std::string::npos)
    return lines.diagnose(nul, "file contains a NUL byte (is it a binary file?)");
  if (auto bad = invalid_utf8_offset(file.text); bad != std::string_view::npos)
    return lines.diagnose(bad, "file is not valid UTF-8");
  return std::nullopt;
}

// libpg_query's statement locations include the whitespace and comments
// before a statement; positions should point at its first word.
std::int64_t first_token(const std::string& text, std::int64_t location) {
  auto i = static_cast<std::size_t>(location);
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') {
      ++i;
    } else if (text.compare(i, 2, "--") == 0) {
      i = text.find('\n', i);
      if (i == std::string::npos) return location;
    } else if (text.compare(i, 2, "/*") == 0) {
      i = text.find("*/", i);
      if (i == std::string::npos) return location;
      i += 2;
    } else {
      break;
    }
  }
  return static_cast<std::int64_t>(i);
}

struct ParseResultDeleter {
  void operator()(PgQueryParseResult* result) const {
    pg_query_free_parse_result(*result);
    delete result;
  }
};

}  // namespace

Result<Parsed> parse_postgres(const std::vector<SourceFile>& files, const ParseOptions& options) {
  SchemaBuilder builder;
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> skipped;
  simdjson::dom::parser json;

  for (const SourceFile& file : files) {
    const LineIndex lines(file);
    if (auto problem = check_text(file, lines)) {
      errors.push_back(std::move(*problem));
      continue;
    }
    std::unique_ptr<PgQueryParseResult, ParseResultDeleter> result(new PgQueryParseResult(pg_query_parse(file.text.c_str())));
    if (result->error) {
      const int cursor = result->error->cursorpos;
      const std::size_t offset = cursor > 0 ? lines.byte_offset_of_char(static_cast<std::size_t>(cursor - 1)) : 0;
      errors.push_back(lines.diagnose(offset, result->error->message));
      continue;
    }
    simdjson::dom::element tree;
    if (auto error = json.parse(result->parse_tree, std::strlen(result->parse_tree)).get(tree)) {
      errors.push_back(Diagnostic{SourceRange{file.path, 0, 0},
                                  std::string("internal error reading the parse tree: ") + simdjson::error_message(error), {}, {}});
      continue;
    }
    builder.begin_file(file, lines);
    for (element statement : list(tree.get_object().value_unsafe(), "stmts")) {
      const object raw = statement.get_object().value_unsafe();
      const std::int64_t statement_location = first_token(file.text, integer(raw, "stmt_location"));
      try {
        builder.apply(Node::of(*field(raw, "stmt")), statement_location);
      } catch (const ParseFailure& failure) {
        const auto at = static_cast<std::size_t>(failure.location >= 0 ? failure.location : statement_location);
        Diagnostic d = lines.diagnose(at, failure.message, failure.hint);
        if (failure.unsupported && options.skip_unsupported) {
          d.hint.clear();
          skipped.push_back(std::move(d));
        } else {
          errors.push_back(std::move(d));
        }
      }
    }
  }
  if (!errors.empty()) return errors;
  if (auto problems = builder.finish(); !problems.empty()) return problems;

  Parsed parsed{builder.take(), builder.take_warnings()};
  parsed.warnings.insert(parsed.warnings.end(), skipped.begin(), skipped.end());
  return parsed;
}

}  // namespace schemac::pg
