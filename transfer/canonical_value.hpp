#pragma once
// One spelling per value, for checksums that must agree across databases:
// 1.50 and 1.5 are the same numeric, '2024-01-02T03:04:05Z' and
// '2024-01-02 03:04:05+00' the same instant, '{A0EE...}' and 'a0ee-...' the
// same uuid. Read from PostgreSQL's text for a value of that kind.
#include <string>
#include <string_view>

#include "transfer/value_kind.hpp"

namespace schemac {

std::string canonical_value(ValueKind kind, std::string_view text);

// Shared with the conversion: whole numbers and decimals as text.
bool parse_whole_number(std::string_view text, long long& out);
// "-001.2500e1" -> "-12.5"; false when `text` is not a decimal number.
bool normalize_decimal(std::string_view text, std::string& out);
// "{A0EEBC99-9C0B...}" or 32 hex digits -> "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11".
bool normalize_uuid(std::string_view text, std::string& out);
// The shortest text that reads back as the same double ("0.1", "1e+300").
std::string shortest_double(double value);

}  // namespace schemac
