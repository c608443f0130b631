#pragma once
// Points in time as SQLite apps store them (ISO-8601 text, Unix epoch
// numbers, Julian day numbers) read into one value, microseconds since
// 1970-01-01 00:00:00 UTC, and written the way PostgreSQL reads them
// whatever its session time zone. The same parser reads PostgreSQL's own
// output, so `verify` compares instants, not spellings.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace schemac {

using Micros = std::int64_t;

// "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS[.fraction]]" (or 'T' between), then
// optionally "Z", "±HH", "±HH:MM" or "±HHMM". Without a zone the time is UTC
// (SQLite's date functions work in UTC). Fractions beyond microseconds are
// rounded, as PostgreSQL does.
std::optional<Micros> parse_iso_timestamp(std::string_view text);

// Unix epoch seconds; values too large to be seconds of years before 5000 are
// taken as milliseconds (JavaScript's Date.now(), Prisma).
std::optional<Micros> from_epoch(std::int64_t value);
// A REAL: a Julian day number in the range of years 0-9999 (what SQLite's
// julianday() stores), otherwise epoch seconds with a fraction.
std::optional<Micros> from_real(double value);

// "2024-01-02 03:04:05.123456+00" (with_zone) or without the "+00".
std::string format_timestamp(Micros value, bool with_zone);
// "2024-01-02" (the UTC day).
std::string format_date(Micros value);

}  // namespace schemac
