#pragma once
// Expression nodes -> canonical SQL text. Both sides of an offline diff go
// through this writer, so spelling differences (case, whitespace, redundant
// parentheses, `int` vs `int4` in casts) vanish while real differences stay.
// Its output parses back to the same tree (it is idempotent), which lets
// schemac replay its own migrations through the same frontend.
#include "model/schema.hpp"
#include "parser/postgres/parse_tree.hpp"
#include "parser/postgres/type_names.hpp"

namespace schemac::pg {

// `source` is the text the tree was parsed from (see integer_in_source).
Expr write_expression(element node, const TypeResolver& resolve_type, std::string_view source);

// Names that appear in expressions: the first part quoted like an identifier,
// later parts (after a dot) only when not plain lower case, as the grammar
// accepts any keyword there.
std::string write_dotted_name(List parts);

}  // namespace schemac::pg
