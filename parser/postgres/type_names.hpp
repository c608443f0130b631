#pragma once
// TypeName nodes -> the canonical type text PostgreSQL's format_type prints
// ("integer", "character varying(20)", "timestamp(3) with time zone",
// "public.mood[]").
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "model/schema.hpp"
#include "parser/postgres/parse_tree.hpp"

namespace schemac::pg {

// Finds the schema-qualified name of a user-defined type written as
// `schema.name` (schema may be empty: search the search_path). nullopt: no such type.
using TypeResolver = std::function<std::optional<QualifiedName>(std::string_view schema, std::string_view name)>;

// `setof_allowed`: a function's return type, whose SETOF the caller reads (it is not part of the text).
std::string canonical_type(object type_name, const TypeResolver& resolve, bool setof_allowed = false);

// "serial" / "bigserial" / "smallserial" (and serial4/8/2): the integer type it
// stands for; nullopt for any other type.
std::optional<std::string> serial_base_type(object type_name);

// The canonical name of a built-in type written without a schema, if it is one.
std::optional<std::string> builtin_type(std::string_view name);

}  // namespace schemac::pg
