#pragma once
// What PostgreSQL 15 ships for full-text search, so that files can name and
// COPY built-in dictionaries and configurations without a server.
#include <optional>
#include <string_view>

#include "model/schema.hpp"

namespace schemac::pg {

bool builtin_text_search_dictionary(std::string_view name);  // in pg_catalog
bool builtin_text_search_template(std::string_view name);    // in pg_catalog
// The token types of pg_catalog."default", the only built-in parser.
bool default_parser_token(std::string_view token);
// pg_catalog.<name> as initdb makes it, or nullopt.
std::optional<TextSearchConfiguration> builtin_text_search_configuration(std::string_view name);

}  // namespace schemac::pg
