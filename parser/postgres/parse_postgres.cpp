#include "parser/postgres/parse_postgres.hpp"

#include <pg_query.h>
#include <simdjson.h>

#include <cstring>
#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <variant>

#include "parser/postgres/chunks.hpp"
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

// The parse trees of one file: one per chunk, or one for the whole file.
struct FileTrees {
  std::vector<std::unique_ptr<PgQueryParseResult, ParseResultDeleter>> trees;
  std::vector<std::size_t> offsets;  // where each tree's text starts in the file
};

constexpr std::size_t kChunkSize = 256 * 1024;

std::unique_ptr<PgQueryParseResult, ParseResultDeleter> parse_text(const std::string& text) {
  return std::unique_ptr<PgQueryParseResult, ParseResultDeleter>(new PgQueryParseResult(pg_query_parse(text.c_str())));
}

// Parses a file in chunks; if any chunk fails, the whole file is parsed again
// so errors are reported exactly as for the whole text.
std::variant<FileTrees, Diagnostic> parse_file(const SourceFile& file, const LineIndex& lines) {
  FileTrees out;
  const auto cleaned = blank_psql_meta_commands(file.text);
  const std::string& text = cleaned ? *cleaned : file.text;
  if (text.size() > 2 * kChunkSize) {
    // libpg_query is thread-safe: chunks are parsed on every core, then applied in order.
    const std::vector<Chunk> chunks = split_into_chunks(text, kChunkSize);
    std::vector<std::unique_ptr<PgQueryParseResult, ParseResultDeleter>> trees(chunks.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i = next++; i < chunks.size(); i = next++)
        trees[i] = parse_text(text.substr(chunks[i].offset, chunks[i].length));
    };
    const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work);
    work();
    for (auto& thread : threads) thread.join();
    const bool all_parsed = std::all_of(trees.begin(), trees.end(), [](const auto& tree) { return !tree->error; });
    if (all_parsed) {
      for (std::size_t i = 0; i < chunks.size(); ++i) {
        out.trees.push_back(std::move(trees[i]));
        out.offsets.push_back(chunks[i].offset);
      }
      return out;
    }
  }
  auto tree = parse_text(text);
  if (tree->error) {
    const int cursor = tree->error->cursorpos;
    const std::size_t offset = cursor > 0 ? lines.byte_offset_of_char(static_cast<std::size_t>(cursor - 1)) : 0;
    return lines.diagnose(offset, tree->error->message);
  }
  out.trees.push_back(std::move(tree));
  out.offsets.push_back(0);
  return out;
}

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
    auto parsed = parse_file(file, lines);
    if (auto* problem = std::get_if<Diagnostic>(&parsed)) {
      errors.push_back(std::move(*problem));
      continue;
    }
    FileTrees& trees = std::get<FileTrees>(parsed);
    builder.begin_file(file, lines);
    for (std::size_t t = 0; t < trees.trees.size(); ++t) {
      const std::size_t offset = trees.offsets[t];
      const char* text = trees.trees[t]->parse_tree;
      simdjson::dom::element tree;
      if (auto error = json.parse(text, std::strlen(text)).get(tree)) {
        errors.push_back(Diagnostic{SourceRange{file.path, 0, 0},
                                    std::string("internal error reading the parse tree: ") + simdjson::error_message(error), {}, {}});
        break;
      }
      builder.begin_chunk(offset);
      for (element raw_statement : list(tree.get_object().value_unsafe(), "stmts")) {
        const object raw = raw_statement.get_object().value_unsafe();
        const std::int64_t statement_location =
            first_token(file.text, static_cast<std::int64_t>(offset) + integer(raw, "stmt_location"));
        const Node statement = Node::of(*field(raw, "stmt"));
        try {
          builder.apply(statement, statement_location);
        } catch (const ParseFailure& failure) {
          const auto at = failure.location >= 0 ? offset + static_cast<std::size_t>(failure.location)
                                                : static_cast<std::size_t>(statement_location);
          Diagnostic d = lines.diagnose(at, failure.message, failure.hint);
          const bool depends_on_skipped = builder.was_skipped(failure.missing_object) ||
                                          (failure.missing_is_type && builder.skipped_an_extension());
          if (options.skip_unsupported && (failure.unsupported || depends_on_skipped)) {
            d.hint.clear();
            if (depends_on_skipped) d.message += " (it was skipped)";
            builder.note_skipped(statement);
            skipped.push_back(std::move(d));
          } else {
            errors.push_back(std::move(d));
          }
        }
      }
      trees.trees[t].reset();  // free each tree as soon as it is applied
    }
  }
  if (!errors.empty()) return errors;
  if (auto problems = builder.finish(); !problems.empty()) return problems;

  Parsed parsed{builder.take(), builder.take_warnings()};
  parsed.warnings.insert(parsed.warnings.end(), skipped.begin(), skipped.end());
  return parsed;
}

}  // namespace schemac::pg
