#pragma once
// PostgreSQL's lexical rules for writing names and strings back as SQL:
// quote an identifier exactly when PostgreSQL's own quote_identifier would
// (not lower-case-simple, or a keyword other than an unreserved one).
#include <string>
#include <string_view>

#include "model/schema.hpp"

namespace schemac::pg {

std::string quote_ident(std::string_view name);
std::string quote_qualified(const QualifiedName& name);  // schema.name, each part quoted as needed
std::string quote_literal(std::string_view text);        // 'it''s'

}  // namespace schemac::pg
