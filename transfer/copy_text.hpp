#pragma once
// PostgreSQL's COPY text format: fields split by tabs, rows by newlines,
// backslash escapes, \N for NULL.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace schemac {

void append_copy_field(std::string_view value, std::string& out);
inline constexpr std::string_view kCopyNull = "\\N";

// Calls `each` with every field of `line` (nullopt for NULL), unescaped into `scratch`.
void for_each_copy_field(std::string_view line, std::string& scratch, const std::function<void(std::optional<std::string_view>)>& each);

}  // namespace schemac
