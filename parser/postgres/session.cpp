#include "parser/postgres/session.hpp"

#include <pg_query.h>
#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <future>
#include <thread>

#include "parser/postgres/chunks.hpp"
#include "parser/postgres/do_block.hpp"
#include "parser/postgres/expressions.hpp"
#include "parser/postgres/failure.hpp"
#include "parser/postgres/newer_syntax.hpp"
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

// Ends the builder's view of a file when the file goes away.
struct FileScope {
  SchemaBuilder& builder;
  ~FileScope() { builder.end_file(); }
};

constexpr std::size_t kPieceSize = 256 * 1024;

Tree parse_text(std::string text) { return Tree(new PgQueryParseResult(pg_query_parse(text.c_str()))); }

// The parse trees of one file in order: the whole text at once, or piece by
// piece with a few pieces read ahead on other cores (libpg_query is
// thread-safe). Pieces are applied and freed as they come, so memory stays at
// a few pieces' worth of JSON however large the file.
class TreeStream {
 public:
  TreeStream(const std::string& text, bool in_pieces)
      : text_(text), chunks_(in_pieces ? split_into_chunks(text, kPieceSize) : std::vector<Chunk>{{0, text.size()}}) {}

  bool in_pieces() const { return chunks_.size() > 1; }

  struct Item {
    Tree tree;
    std::size_t offset, length;
  };

  std::optional<Item> next() {
    const std::size_t ahead = std::max(2u, std::thread::hardware_concurrency()) + 1;
    while (pending_.size() < ahead && started_ < chunks_.size()) {
      const Chunk chunk = chunks_[started_++];
      pending_.push_back(
          {std::async(std::launch::async, parse_text, text_.substr(chunk.offset, chunk.length)), chunk.offset, chunk.length});
    }
    if (pending_.empty()) return std::nullopt;
    Item item{pending_.front().tree.get(), pending_.front().offset, pending_.front().length};
    pending_.pop_front();
    return item;
  }

 private:
  struct Pending {
    std::future<Tree> tree;
    std::size_t offset, length;
  };
  const std::string& text_;
  std::vector<Chunk> chunks_;
  std::size_t started_ = 0;
  std::deque<Pending> pending_;
};

// A run of statements and where it sits: a piece of a file, or one
// statement of a DO block.
struct Piece {
  const SourceFile& file;
  const std::string& text;  // the file's text with psql meta-commands blanked
  const LineIndex& lines;
  std::size_t offset, length;
};

}  // namespace

struct Session::State {
  ParseOptions options;
  SchemaBuilder builder;
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> skipped;  // warnings about what was left out
  simdjson::dom::parser json;

  bool depends_on_skipped(const ParseFailure& failure) const {
    return builder.was_skipped(failure.missing_object) || (failure.missing_is_type && builder.skipped_an_extension());
  }

  // A failure while applying: an error, or a warning when it may be skipped.
  // Returns true when it was skipped.
  bool report(Diagnostic d, const ParseFailure& failure) {
    const bool uses_skipped = depends_on_skipped(failure);
    if (options.skip_unsupported && (failure.unsupported || uses_skipped)) {
      d.hint.clear();
      if (uses_skipped) d.message += " (it was skipped)";
      skipped.push_back(std::move(d));
      return true;
    }
    errors.push_back(std::move(d));
    return false;
  }

  void apply_statements(const Piece& piece, List statements);
  void apply(const Piece& piece, Node statement, std::int64_t statement_location, std::string_view statement_text);
  void read_do_block(const Piece& piece, Node statement, std::int64_t statement_location, std::string_view statement_text);
};

void Session::State::apply_statements(const Piece& piece, List statements) {
  for (element raw_statement : statements) {
    const object raw = raw_statement.get_object().value_unsafe();
    const std::int64_t statement_location =
        first_token(piece.file.text, static_cast<std::int64_t>(piece.offset) + integer(raw, "stmt_location"));
    // stmt_len 0: the statement runs to the end of the piece.
    const auto start = static_cast<std::size_t>(integer(raw, "stmt_location"));
    const auto length = static_cast<std::size_t>(integer(raw, "stmt_len"));
    const std::string_view statement_text =
        std::string_view(piece.text).substr(piece.offset + start, length ? length : piece.length - start);
    apply(piece, Node::of(required_field(raw, "stmt")), statement_location, statement_text);
  }
}

void Session::State::apply(const Piece& piece, Node statement, std::int64_t statement_location, std::string_view statement_text) {
  builder.begin_chunk(piece.offset);
  builder.begin_statement(statement_text);
  try {
    if (statement.is("DoStmt")) return read_do_block(piece, statement, statement_location, statement_text);
    builder.apply(statement, statement_location);
  } catch (const ParseFailure& failure) {
    const auto at = failure.location >= 0 ? piece.offset + static_cast<std::size_t>(failure.location)
                                          : static_cast<std::size_t>(statement_location);
    if (report(piece.lines.diagnose(at, failure.message, failure.hint), failure)) builder.note_skipped(statement);
  }
}

// The block's statements are parsed where they stand in the file, so their
// positions are exact.
void Session::State::read_do_block(const Piece& piece, Node statement, std::int64_t statement_location,
                                   std::string_view statement_text) {
  std::string_view body;
  for (element arg : list(statement.fields, "args")) {
    const object def = Node::of(arg).fields;
    if (str(def, "defname") == "language" && str(Node::of(required_field(def, "arg")).fields, "sval") != "plpgsql")
      throw ParseFailure{-1, "DO block in a language other than plpgsql is not supported", {}, true};
    if (str(def, "defname") == "as") body = str(Node::of(required_field(def, "arg")).fields, "sval");
  }
  const auto statement_offset = static_cast<std::size_t>(statement_text.data() - piece.text.data());
  const DoBlockStatements block = pg::read_do_block(body);
  std::size_t searched = 0;
  for (const std::string& query : block.queries) {
    const std::size_t found = statement_text.find(query, searched);
    if (found == std::string_view::npos)  // e.g. a body in single quotes, with its quotes doubled
      throw ParseFailure{-1, "DO block whose body is not dollar-quoted is not supported", "quote its body with $$", true};
    searched = found + query.size();
    const Tree tree = parse_text(query);
    if (tree->error) {
      const int cursor = tree->error->cursorpos;
      throw ParseFailure{static_cast<std::int64_t>(statement_offset + found - piece.offset) + std::max(cursor - 1, 0),
                         tree->error->message};
    }
    simdjson::dom::parser inner_json;  // the outer statement's tree still lives in json
    simdjson::dom::element root;
    if (inner_json.parse(tree->parse_tree, std::strlen(tree->parse_tree)).get(root))
      throw ParseFailure{-1, "DO block: statement nested too deeply to read"};
    apply_statements(Piece{piece.file, piece.text, piece.lines, statement_offset + found, query.size()},
                     list(root.get_object().value_unsafe(), "stmts"));
  }
  if (block.skipped_handlers)
    skipped.push_back(piece.lines.diagnose(static_cast<std::size_t>(statement_location),
                                           "DO block read as its main statements: its EXCEPTION handlers are not modelled"));
}

Session::Session(ParseOptions options) : state_(std::make_unique<State>()) {
  state_->options = options;
  state_->builder.model_privileges(options.privileges);
  state_->builder.model_owners(options.owners);
  state_->builder.target_major(options.major);
  state_->builder.start_search_path(options.search_path);
}
Session::~Session() = default;

bool Session::read(const SourceFile& file, bool allow_pieces) {
  State& s = *state_;
  const LineIndex lines(file);
  if (auto problem = check_text(file, lines)) {
    s.errors.push_back(std::move(*problem));
    return true;
  }
  const auto cleaned = blank_psql_meta_commands(file.text);
  const std::string& text = cleaned ? *cleaned : file.text;
  TreeStream stream(text, allow_pieces && text.size() > 2 * kPieceSize);
  s.builder.begin_file(file, lines);
  const FileScope scope{s.builder};
  while (auto item = stream.next()) {
    if (item->tree->error) {
      if (stream.in_pieces()) return false;
      const int cursor = item->tree->error->cursorpos;
      const std::size_t offset = cursor > 0 ? lines.byte_offset_of_char(static_cast<std::size_t>(cursor - 1)) : 0;
      s.errors.push_back(lines.diagnose(offset, item->tree->error->message, newer_syntax_hint(file.text, offset)));
      return true;
    }
    const std::size_t offset = item->offset;
    const char* tree_text = item->tree->parse_tree;
    simdjson::dom::element tree;
    if (auto error = s.json.parse(tree_text, std::strlen(tree_text)).get(tree)) {
      s.errors.push_back(Diagnostic{SourceRange{file.path, 0, 0},
                                    std::string("statement nested too deeply to read (") + simdjson::error_message(error) + ")",
                                    {}, {}});
      return true;
    }
    s.apply_statements(Piece{file, text, lines, offset, item->length}, list(tree.get_object().value_unsafe(), "stmts"));
  }
  return true;
}

namespace {

// The statement that carries a fragment, one per line.
void append_carrier(std::string& script, const Fragment& fragment) {
  switch (fragment.kind) {
    case Fragment::Kind::Type: script += "SELECT NULL::" + fragment.text + ";\n"; break;
    case Fragment::Kind::Expression: script += "SELECT (" + fragment.text + ");\n"; break;
    case Fragment::Kind::Collation: script += "SELECT NULL COLLATE " + fragment.text + ";\n"; break;
    case Fragment::Kind::PartitionKey: script += "CREATE TABLE carrier () PARTITION BY " + fragment.text + ";\n"; break;
    case Fragment::Kind::PartitionBound: script += "CREATE TABLE carrier PARTITION OF parent " + fragment.text + ";\n"; break;
  }
}

// The fragment inside its carrier statement.
Expr read_carried(const SchemaBuilder& builder, const Fragment& fragment, element statement) {
  if (fragment.kind == Fragment::Kind::PartitionKey)
    return Expr{builder.partition_key(required_object(Node::of(statement).fields, "partspec")), true, {}};
  if (fragment.kind == Fragment::Kind::PartitionBound)
    return Expr{builder.partition_bound(required_object(Node::of(statement).fields, "partbound")), true, {}};
  const object select = Node::of(statement).fields;
  const object target = Node::of(list(select, "targetList")[0]).fields;
  const element value = required_field(target, "val");
  switch (fragment.kind) {
    case Fragment::Kind::Type: return Expr{builder.type_of(required_object(Node::of(value).fields, "typeName")), true, {}};
    case Fragment::Kind::Expression: return builder.expression(value);
    case Fragment::Kind::Collation: return Expr{builder.collation_name(list(Node::of(value).fields, "collname")), true, {}};
    default: break;
  }
  return {};
}

}  // namespace

std::vector<CanonicalFragment> Session::canonicalize(const std::vector<Fragment>& fragments) {
  State& s = *state_;
  std::vector<CanonicalFragment> out(fragments.size());
  if (fragments.empty()) return out;
  SourceFile batch{"(catalog text)", {}};
  for (const Fragment& fragment : fragments) append_carrier(batch.text, fragment);
  const Tree tree = parse_text(batch.text);
  simdjson::dom::element root;
  List statements;
  if (!tree->error && !s.json.parse(tree->parse_tree, std::strlen(tree->parse_tree)).get(root))
    statements = list(root.get_object().value_unsafe(), "stmts");
  if (statements.size() != fragments.size()) {
    // Server text always parses; if some does not, find it by reading each piece on its own.
    if (fragments.size() == 1) out[0].error = "cannot read \"" + fragments[0].text + "\"";
    else
      for (std::size_t i = 0; i < fragments.size(); ++i) out[i] = canonicalize({fragments[i]}).front();
    return out;
  }
  const LineIndex lines(batch);
  s.builder.begin_file(batch, lines);
  const FileScope scope{s.builder};
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    try {
      out[i].value = read_carried(s.builder, fragments[i], required_field(statements[i].get_object().value_unsafe(), "stmt"));
    } catch (const ParseFailure& failure) {
      out[i].error = failure.message;
      out[i].skippable = failure.unsupported || s.depends_on_skipped(failure);
    }
  }
  return out;
}

void Session::expect_tables(std::vector<QualifiedName> names) { state_->builder.expect_tables(std::move(names)); }

void Session::add_table(Table table) {
  const SourceRange where = table.where;
  try {
    state_->builder.add_table(std::move(table));
  } catch (const ParseFailure& failure) {
    state_->errors.push_back(Diagnostic{where, failure.message, failure.hint, {}});
  }
}

void Session::reject(const QualifiedName& object, Diagnostic why, bool skippable) {
  ParseFailure failure{-1, {}, {}, skippable};
  if (state_->report(std::move(why), failure)) state_->builder.note_skipped(object);
}

Result<Parsed> Session::finish() {
  State& s = *state_;
  if (!s.errors.empty()) return Result<Parsed>(std::move(s.errors));
  if (auto problems = s.builder.finish(); !problems.empty()) return Result<Parsed>(std::move(problems));
  Parsed parsed{s.builder.take(), s.builder.take_warnings()};
  parsed.warnings.insert(parsed.warnings.end(), s.skipped.begin(), s.skipped.end());
  return Result<Parsed>(std::move(parsed));
}

}  // namespace schemac::pg
