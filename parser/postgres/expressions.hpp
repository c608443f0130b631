#pragma once
// Expression nodes -> canonical SQL text. Both sides of an offline diff go
// through this writer, so spelling differences (case, whitespace, redundant
// parentheses, `int` vs `int4` in casts) vanish while real differences stay.
// Its output parses back to the same tree (it is idempotent), which lets
// schemac replay its own migrations through the same frontend.
#include <functional>

#include "model/schema.hpp"
#include "parser/postgres/parse_tree.hpp"
#include "parser/postgres/type_names.hpp"

namespace schemac::pg {

// Qualifies a relation name written without a schema through the search_path.
using RelationQualifier = std::function<QualifiedName(std::string_view schema, std::string_view name)>;

// The schema of a user-defined function called without one, or nullopt.
using FunctionQualifier = std::function<std::optional<std::string>(std::string_view name)>;

struct ExpressionContext {
  const TypeResolver& resolve_type;
  const RelationQualifier& qualify_relation;
  const FunctionQualifier& qualify_function;
  std::string_view source;  // the text the tree was parsed from (see integer_in_source)
};

Expr write_expression(element node, const ExpressionContext& context);

// Names that appear in expressions: the first part quoted like an identifier,
// later parts (after a dot) only when not plain lower case, as the grammar
// accepts any keyword there.
std::string write_dotted_name(List parts);

// A collation name; `pg_catalog.` is dropped, as every collation the server
// ships lives there and files rarely write it.
std::string write_collation(List parts);

}  // namespace schemac::pg
