#pragma once
// `-- schemac:renamed-from OLD_NAME` comments in schema files: the user says a
// table or column was renamed, so the plan renames it instead of dropping it
// (and its data) and adding a new one. Both frontends read them the same way.
#include <string>
#include <string_view>

namespace schemac {

// The name after `schemac:renamed-from` in `text` (unquoted; a schema prefix
// dropped), or "" when there is none.
std::string renamed_from_in(std::string_view text);

// The comment lines and blank lines right before `offset` in `file_text`
// (where a comment about the statement at `offset` stands).
std::string_view comments_before(std::string_view file_text, std::size_t offset);

// From `offset` to the end of its line (a column's trailing comment), or to
// `until` (where the next column starts) when that comes first: on a table
// written on one line, each column reads only its own part.
std::string_view rest_of_line(std::string_view file_text, std::size_t offset, std::size_t until = std::string_view::npos);

}  // namespace schemac
