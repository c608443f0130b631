#include "parser/postgres/do_block.hpp"

#include <pg_query.h>
#include <simdjson.h>

#include <cctype>
#include <cstring>
#include <memory>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/parse_tree.hpp"

namespace schemac::pg {
namespace {

struct PlpgsqlResultDeleter {
  void operator()(PgQueryPlpgsqlParseResult* result) const {
    pg_query_free_plpgsql_parse_result(*result);
    delete result;
  }
};

// libpg_query parses PL/pgSQL only as a function body, so the block is
// wrapped in one, under a dollar quote its text does not contain.
std::string as_function(std::string_view body) {
  std::string tag = "$schemac_do$";
  while (body.find(tag) != std::string_view::npos) tag.insert(tag.size() - 1, "_");
  return "CREATE FUNCTION schemac_do() RETURNS void LANGUAGE plpgsql AS " + tag + std::string(body) + tag;
}

bool starts_with_words(std::string_view text, std::string_view words) {
  std::size_t i = 0, w = 0;
  while (w < words.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (words[w] == ' ') {
      ++w;
      continue;
    }
    if (i >= text.size() || std::toupper(static_cast<unsigned char>(text[i])) != words[w]) return false;
    ++i, ++w;
  }
  return true;
}

std::string_view expression_text(object statement, std::string_view key) {
  auto expression = node_field(statement, key);
  return expression ? str(expression->fields, "query") : std::string_view{};
}

[[noreturn]] void unsupported(std::string what) {
  throw ParseFailure{-1, "DO block " + what + " is not supported",
                     "schemac reads a DO block's plain SQL statements (also inside IF NOT EXISTS (...) THEN and a block "
                     "with EXCEPTION handlers); write other logic as plain DDL or pass --skip-unsupported",
                     true};
}

std::string statement_title(std::string_view tag) {
  static constexpr std::pair<std::string_view, std::string_view> kTitles[] = {
      {"PLpgSQL_stmt_fori", "a FOR loop"},          {"PLpgSQL_stmt_fors", "a FOR loop"},
      {"PLpgSQL_stmt_forc", "a FOR loop"},          {"PLpgSQL_stmt_dynfors", "a FOR loop"},
      {"PLpgSQL_stmt_foreach_a", "a FOREACH loop"}, {"PLpgSQL_stmt_loop", "a LOOP"},
      {"PLpgSQL_stmt_while", "a WHILE loop"},       {"PLpgSQL_stmt_dynexecute", "EXECUTE"},
      {"PLpgSQL_stmt_perform", "PERFORM"},          {"PLpgSQL_stmt_assign", "an assignment"},
      {"PLpgSQL_stmt_case", "CASE"},                {"PLpgSQL_stmt_call", "CALL"},
      {"PLpgSQL_stmt_getdiag", "GET DIAGNOSTICS"},  {"PLpgSQL_stmt_return", "RETURN"},
  };
  for (const auto& [known, title] : kTitles)
    if (tag == known) return std::string(title);
  return "a " + std::string(tag.substr(tag.find("stmt_") == std::string_view::npos ? 0 : tag.find("stmt_") + 5)) + " statement";
}

class Reader {
 public:
  DoBlockStatements out;

  void statements(List list) {
    for (element item : list) statement(Node::of(item));
  }

 private:
  void statement(Node node) {
    if (node.is("PLpgSQL_stmt_execsql")) {
      out.queries.emplace_back(expression_text(node.fields, "sqlstmt"));
    } else if (node.is("PLpgSQL_stmt_block")) {
      block(node.fields);
    } else if (node.is("PLpgSQL_stmt_if")) {
      // "create it when it is missing": on a fresh database it is missing.
      if (!list(node.fields, "elsif_list").empty() || !list(node.fields, "else_body").empty() ||
          !starts_with_words(expression_text(node.fields, "cond"), "NOT EXISTS"))
        unsupported("with an IF other than IF NOT EXISTS (...) THEN ... END IF");
      statements(list(node.fields, "then_body"));
    } else if (node.is("PLpgSQL_stmt_raise") || (node.is("PLpgSQL_stmt_return") && !has(node.fields, "expr"))) {
      // messages and the implicit RETURN change nothing
    } else {
      unsupported("with " + statement_title(node.tag));
    }
  }

  void block(object b) {
    statements(list(b, "body"));
    if (auto exceptions = node_field(b, "exceptions"))
      for (element handler : list(exceptions->fields, "exc_list"))
        if (!list(Node::of(handler).fields, "action").empty()) out.skipped_handlers = true;
  }
};

}  // namespace

DoBlockStatements read_do_block(std::string_view body) {
  const std::unique_ptr<PgQueryPlpgsqlParseResult, PlpgsqlResultDeleter> result(
      new PgQueryPlpgsqlParseResult(pg_query_parse_plpgsql(as_function(body).c_str())));
  // libpg_query gives no position for errors inside a PL/pgSQL body: the DO statement's is used.
  if (result->error) throw ParseFailure{-1, std::string("DO block: ") + result->error->message};
  simdjson::dom::parser json;
  simdjson::dom::element root;
  if (json.parse(result->plpgsql_funcs, std::strlen(result->plpgsql_funcs)).get(root) || !root.is_array() ||
      root.get_array().value_unsafe().size() != 1)
    throw ParseFailure{-1, "DO block: cannot read its body"};
  const Node function = Node::of(root.get_array().value_unsafe().at(0).value_unsafe());
  Reader reader;
  if (auto action = node_field(function.fields, "action")) reader.statements(list(action->fields, "body"));
  return std::move(reader.out);
}

}  // namespace schemac::pg
