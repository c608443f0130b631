#include "parser/postgres/parse_postgres.hpp"

#include <pg_query.h>
#include <simdjson.h>

#include <cstring>
#include <algorithm>
#include <deque>
#include <future>
#include <memory>
#include <thread>

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

using Tree = std::unique_ptr<PgQueryParseResult, ParseResultDeleter>;

constexpr std::size_t kChunkSize = 256 * 1024;

Tree parse_text(std::string text) { return Tree(new PgQueryParseResult(pg_query_parse(text.c_str()))); }

// The parse trees of one file in order: the whole text at once, or piece by
// piece with a few pieces read ahead on other cores (libpg_query is
// thread-safe). Pieces are applied and freed as they come, so memory stays at
// a few pieces' worth of JSON however large the file.
class TreeStream {
 public:
  TreeStream(const std::string& text, bool chunked)
      : text_(text), chunks_(chunked ? split_into_chunks(text, kChunkSize) : std::vector<Chunk>{{0, text.size()}}) {}

  bool chunked() const { return chunks_.size() > 1; }

  struct Item {
    Tree tree;
    std::size_t offset;
  };

  std::optional<Item> next() {
    const std::size_t ahead = std::max(2u, std::thread::hardware_concurrency()) + 1;
    while (pending_.size() < ahead && started_ < chunks_.size()) {
      const Chunk chunk = chunks_[started_++];
      pending_.push_back({std::async(std::launch::async, parse_text, text_.substr(chunk.offset, chunk.length)), chunk.offset});
    }
    if (pending_.empty()) return std::nullopt;
    Item item{pending_.front().tree.get(), pending_.front().offset};
    pending_.pop_front();
    return item;
  }

 private:
  struct Pending {
    std::future<Tree> tree;
    std::size_t offset;
  };
  const std::string& text_;
  std::vector<Chunk> chunks_;
  std::size_t started_ = 0;
  std::deque<Pending> pending_;
};

// One pass over all files. A piece that fails to parse in chunked mode asks
// for a second pass without pieces (`restart`): the cut may have been wrong,
// and a real syntax error is then reported exactly as for the whole text.
struct Pass {
  std::optional<Result<Parsed>> result;
  bool restart = false;
};

Pass parse_all(const std::vector<SourceFile>& files, const ParseOptions& options, bool allow_chunks) {
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
    const auto cleaned = blank_psql_meta_commands(file.text);
    const std::string& text = cleaned ? *cleaned : file.text;
    TreeStream stream(text, allow_chunks && text.size() > 2 * kChunkSize);
    builder.begin_file(file, lines);
    while (auto item = stream.next()) {
      if (item->tree->error) {
        if (stream.chunked()) return Pass{std::nullopt, true};
        const int cursor = item->tree->error->cursorpos;
        const std::size_t offset = cursor > 0 ? lines.byte_offset_of_char(static_cast<std::size_t>(cursor - 1)) : 0;
        errors.push_back(lines.diagnose(offset, item->tree->error->message));
        break;
      }
      const std::size_t offset = item->offset;
      const char* tree_text = item->tree->parse_tree;
      simdjson::dom::element tree;
      if (auto error = json.parse(tree_text, std::strlen(tree_text)).get(tree)) {
        errors.push_back(Diagnostic{SourceRange{file.path, 0, 0},
                                    std::string("statement nested too deeply to read (") + simdjson::error_message(error) + ")",
                                    {}, {}});
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
    }
  }
  if (!errors.empty()) return Pass{Result<Parsed>(std::move(errors)), false};
  if (auto problems = builder.finish(); !problems.empty()) return Pass{Result<Parsed>(std::move(problems)), false};

  Parsed parsed{builder.take(), builder.take_warnings()};
  parsed.warnings.insert(parsed.warnings.end(), skipped.begin(), skipped.end());
  return Pass{Result<Parsed>(std::move(parsed)), false};
}

}  // namespace

Result<Parsed> parse_postgres(const std::vector<SourceFile>& files, const ParseOptions& options) {
  Pass pass = parse_all(files, options, true);
  if (pass.restart) pass = parse_all(files, options, false);
  return std::move(*pass.result);
}

}  // namespace schemac::pg
