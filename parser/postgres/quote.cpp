#include "parser/postgres/quote.hpp"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <string>
#include <unordered_map>

namespace schemac::pg {
namespace {

bool is_simple_lowercase(std::string_view name) {
  if (name.empty()) return false;
  const char first = name.front();
  if (!((first >= 'a' && first <= 'z') || first == '_')) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// Asks PostgreSQL's own scanner (inside libpg_query) whether a word is a
// keyword that needs quoting, so the keyword list is never copied by hand.
bool scanner_says_keyword_needs_quotes(const std::string& word) {
  PgQueryScanResult scan = pg_query_scan(word.c_str());
  bool needs_quotes = false;
  if (!scan.error) {
    auto* result = pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t*>(scan.pbuf.data));
    if (result) {
      if (result->n_tokens == 1) {
        const auto kind = result->tokens[0]->keyword_kind;
        needs_quotes = kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD && kind != PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD;
      }
      pg_query__scan_result__free_unpacked(result, nullptr);
    }
  }
  pg_query_free_scan_result(scan);
  return needs_quotes;
}

bool is_quote_free_keyword(const std::string& word) {
  // A memo of a pure function of the word; one per thread, so no locking.
  thread_local std::unordered_map<std::string, bool> memo;
  auto [it, inserted] = memo.try_emplace(word, false);
  if (inserted) it->second = !scanner_says_keyword_needs_quotes(word);
  return it->second;
}

}  // namespace

std::string quote_ident(std::string_view name) {
  std::string word(name);
  if (is_simple_lowercase(name) && is_quote_free_keyword(word)) return word;
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string quote_qualified(const QualifiedName& name) {
  if (name.schema.empty()) return quote_ident(name.name);
  return quote_ident(name.schema) + "." + quote_ident(name.name);
}

std::string quote_literal(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

}  // namespace schemac::pg
