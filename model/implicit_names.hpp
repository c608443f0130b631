#pragma once
// PostgreSQL's rules for the names it picks when DDL leaves them out
// (makeObjectName / ChooseRelationName / ChooseConstraintName in the server):
// "<table>_<columns>_<label>", cut to fit 63 bytes, with a number appended to
// the label until the name is free.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace schemac {

inline constexpr std::size_t kMaxIdentifierBytes = 63;  // NAMEDATALEN - 1

// "t" + "a_b" + "key" -> "t_a_b_key", trimming the longer of name1/name2 first.
std::string make_object_name(std::string_view name1, std::string_view name2, std::string_view label);

// make_object_name with label, label1, label2, ... until `is_taken` says no.
std::string choose_object_name(std::string_view name1, std::string_view name2, std::string_view label,
                               const std::function<bool(const std::string&)>& is_taken);

// Column names joined with "_" as PostgreSQL does for index and foreign key
// names, stopping once the result can no longer fit.
std::string join_column_names(const std::vector<std::string>& columns);

// Cuts an identifier to 63 bytes without splitting a UTF-8 character.
std::string truncate_identifier(std::string_view name);

}  // namespace schemac
