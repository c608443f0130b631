#pragma once
// SQLite expression text in one canonical form, so that spelling does not
// show up as a change: keywords upper case; identifiers (case-insensitive in
// SQLite) lower case, quoted only when they must be; one space between
// tokens, none inside parentheses, before commas or after a function name
// or a sign; outer parentheses taken off. String literals are kept as written.
#include <string>
#include <string_view>
#include <vector>

#include "model/schema.hpp"

namespace schemac::sqlite {

// `text` is a run of balanced tokens (the grammar has checked quotes and parentheses).
Expr canonical_expression(std::string_view text);

// A name as SQLite reads it: quotes taken off ("a""b" -> a"b, [x] -> x, `x` -> x, 'x' -> x).
std::string unquoted(std::string_view name);

// A name written back: bare when it can be, else in double quotes.
std::string quote_identifier(std::string_view name);

bool is_keyword(std::string_view word);  // SQLite's reserved words, any case

// The tables and views a query or trigger body names after FROM, JOIN, INTO
// and UPDATE (lower case, sorted, each once): what a view or trigger depends
// on, for ordering.
std::vector<std::string> relations_read(std::string_view query);

}  // namespace schemac::sqlite
