#pragma once
// The bundled parser is libpg_query's PostgreSQL 15 grammar. A syntax error
// at a word that later majors made part of the grammar is most likely that
// newer syntax: the hint says which, and how a newer server reads the files.
#include <string>
#include <string_view>

namespace schemac::pg {

// The hint for a syntax error at `offset` of `text`, or "" when the word there is not newer syntax.
std::string newer_syntax_hint(std::string_view text, std::size_t offset);

}  // namespace schemac::pg
