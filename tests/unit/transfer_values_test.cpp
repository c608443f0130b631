// Moving values from SQLite to PostgreSQL: reading points in time, the
// conversion per column kind, canonical forms for checksums, COPY's text
// escapes, and checksums that ignore row order but nothing else.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include "transfer/canonical_value.hpp"
#include "transfer/copy_text.hpp"
#include "transfer/table_checksum.hpp"
#include "transfer/timestamp.hpp"
#include "transfer/to_postgres.hpp"
#include "transfer/value_kind.hpp"

using namespace schemac;

namespace {

SqliteValue integer(std::int64_t v) { return SqliteValue{SqliteValue::Type::Integer, v, 0, {}}; }
SqliteValue real(double v) { return SqliteValue{SqliteValue::Type::Real, 0, v, {}}; }
SqliteValue text(std::string_view v) { return SqliteValue{SqliteValue::Type::Text, 0, 0, v}; }
SqliteValue blob(std::string_view v) { return SqliteValue{SqliteValue::Type::Blob, 0, 0, v}; }

// The input text, or "refused: why".
std::string convert(ValueKind kind, const SqliteValue& value) {
  std::string out, why;
  return to_postgres_text(kind, value, out, why) ? out : "refused: " + why;
}

}  // namespace

TEST_CASE("ISO-8601 text in the forms apps write reads as one instant", "[transfer]") {
  const auto base = parse_iso_timestamp("2024-01-02 03:04:05");
  REQUIRE(base);
  CHECK(*base == 1704164645LL * 1'000'000);
  CHECK(parse_iso_timestamp("2024-01-02T03:04:05Z") == base);
  CHECK(parse_iso_timestamp("2024-01-02T05:04:05+02:00") == base);
  CHECK(parse_iso_timestamp("2024-01-02T00:04:05-0300") == base);
  CHECK(parse_iso_timestamp("2024-01-02 03:04:05+00") == base);  // PostgreSQL's own output
  CHECK(parse_iso_timestamp("2024-01-02 03:04:05.5") == *base + 500'000);
  CHECK(parse_iso_timestamp("2024-01-02 03:04:05.1234565") == *base + 123'457);  // rounded to microseconds
  CHECK(parse_iso_timestamp("2024-01-02") == 1704153600LL * 1'000'000);
  CHECK(parse_iso_timestamp("1969-12-31 23:59:59") == -1'000'000);
  for (const char* bad : {"yesterday", "2024-13-01", "2024-02-30", "2024-01-02 25:00", "2024-01-02T03:04:05+", "2024-1-2", ""})
    CHECK_FALSE(parse_iso_timestamp(bad));
}

TEST_CASE("epoch numbers are seconds, milliseconds or Julian days by their size", "[transfer]") {
  CHECK(from_epoch(1700000000) == 1700000000LL * 1'000'000);
  CHECK(from_epoch(1700000000123) == 1700000000123LL * 1000);
  CHECK(from_real(2440587.5) == 0);  // SQLite's julianday('1970-01-01')
  CHECK(from_real(1700000000.25) == 1700000000250000LL);
  CHECK(format_timestamp(-1, true) == "1969-12-31 23:59:59.999999+00");
  CHECK(format_timestamp(1704164645LL * 1'000'000, false) == "2024-01-02 03:04:05");
}

TEST_CASE("values are converted for the kind of column they go to", "[transfer]") {
  CHECK(convert(ValueKind::Boolean, integer(1)) == "t");
  CHECK(convert(ValueKind::Boolean, integer(0)) == "f");
  CHECK(convert(ValueKind::Boolean, text("TRUE")) == "t");
  CHECK(convert(ValueKind::Boolean, integer(2)).starts_with("refused: is not a boolean"));
  CHECK(convert(ValueKind::TimestampTz, text("2024-01-02T05:04:05+02:00")) == "2024-01-02 03:04:05+00");
  CHECK(convert(ValueKind::TimestampTz, integer(0)) == "1970-01-01 00:00:00+00");
  CHECK(convert(ValueKind::Timestamp, text("1700000000")) == "2023-11-14 22:13:20");
  CHECK(convert(ValueKind::Date, text("2024-01-02 23:00:00")) == "2024-01-02");
  CHECK(convert(ValueKind::TimestampTz, text("soon")).starts_with("refused: is not a point in time"));
  CHECK(convert(ValueKind::Uuid, text("A0EEBC999C0B4EF8BB6D6BB9BD380A11")) == "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
  CHECK(convert(ValueKind::Uuid, blob(std::string_view("\x01\x23\x45\x67\x89\xab\xcd\xef\x01\x23\x45\x67\x89\xab\xcd\xef", 16))) ==
        "01234567-89ab-cdef-0123-456789abcdef");
  CHECK(convert(ValueKind::Uuid, text("not-a-uuid")).starts_with("refused"));
  CHECK(convert(ValueKind::Integer, real(3.0)) == "3");
  CHECK(convert(ValueKind::Integer, real(3.5)) == "refused: is not a whole number");
  CHECK(convert(ValueKind::Integer, text(" 42 ")) == "42");
  CHECK(convert(ValueKind::Numeric, real(97.25)) == "97.25");
  CHECK(convert(ValueKind::Numeric, real(1e-7)) == "0.0000001");
  CHECK(convert(ValueKind::Numeric, text("1.50")) == "1.5");
  CHECK(convert(ValueKind::Float, real(0.1)) == "0.1");
  CHECK(convert(ValueKind::Bytes, blob(std::string_view("\x00\xff", 2))) == "\\x00ff");
  CHECK(convert(ValueKind::Text, integer(-7)) == "-7");
  CHECK(convert(ValueKind::Text, text(std::string_view("a\0b", 3))).starts_with("refused: holds a NUL byte"));
  CHECK(convert(ValueKind::Json, blob("{}")).starts_with("refused"));
}

TEST_CASE("types as schemac spells them have the kinds the copy needs", "[transfer]") {
  CHECK(value_kind("bigint") == ValueKind::Integer);
  CHECK(value_kind("numeric(5,2)") == ValueKind::Numeric);
  CHECK(value_kind("timestamp with time zone") == ValueKind::TimestampTz);
  CHECK(value_kind("timestamp(3) without time zone") == ValueKind::Timestamp);
  CHECK(value_kind("character varying(20)") == ValueKind::Text);
  CHECK(value_kind("integer[]") == ValueKind::Other);
  CHECK(value_kind("public.mood") == ValueKind::Other);
}

TEST_CASE("canonical forms make equal values equal and keep different ones apart", "[transfer]") {
  CHECK(canonical_value(ValueKind::Numeric, "60.50") == canonical_value(ValueKind::Numeric, "60.5"));
  CHECK(canonical_value(ValueKind::Numeric, "-0.00") == "0");
  CHECK(canonical_value(ValueKind::Numeric, "1.2e3") == "1200");
  CHECK(canonical_value(ValueKind::Numeric, "60.51") != canonical_value(ValueKind::Numeric, "60.5"));
  CHECK(canonical_value(ValueKind::TimestampTz, "2024-01-02T03:04:05Z") == canonical_value(ValueKind::TimestampTz, "2024-01-02 03:04:05+00"));
  CHECK(canonical_value(ValueKind::Uuid, "{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}") == "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
  CHECK(canonical_value(ValueKind::Json, R"({"b": 1, "a": [1, 2]})") == canonical_value(ValueKind::Json, R"({"a":[1,2],"b":1})"));
  CHECK(canonical_value(ValueKind::Float, "1e+300") == canonical_value(ValueKind::Float, "1E300"));
  CHECK(canonical_value(ValueKind::Bytes, "\\xABCD") == "abcd");
  CHECK(canonical_value(ValueKind::Text, "  a ") == "  a ");
}

TEST_CASE("COPY text escapes round-trip every awkward byte", "[transfer]") {
  const std::string awkward = "tab\there\nnewline\rreturn\\backslash \\N not null";
  std::string line;
  append_copy_field(awkward, line);
  line += '\t';
  line += kCopyNull;
  CHECK(line.find('\n') == std::string::npos);
  std::vector<std::optional<std::string>> fields;
  std::string scratch;
  for_each_copy_field(line, scratch, [&](std::optional<std::string_view> f) { fields.push_back(f ? std::optional<std::string>(*f) : std::nullopt); });
  REQUIRE(fields.size() == 2);
  CHECK(fields[0] == awkward);
  CHECK_FALSE(fields[1]);
}

TEST_CASE("table checksums ignore row order and nothing else", "[transfer]") {
  auto sum = [](const std::vector<std::vector<std::optional<std::string>>>& rows) {
    TableChecksum checksum;
    for (const auto& row : rows) {
      for (const auto& value : row) value ? checksum.add_value(*value) : checksum.add_null();
      checksum.end_row();
    }
    return checksum;
  };
  const auto a = sum({{"1", "x"}, {"2", std::nullopt}});
  CHECK(a == sum({{"2", std::nullopt}, {"1", "x"}}));
  CHECK_FALSE(a == sum({{"1", "x"}, {"2", ""}}));         // NULL is not ''
  CHECK_FALSE(a == sum({{"1x", ""}, {"2", std::nullopt}}));  // values do not run together
  CHECK_FALSE(a == sum({{"1", "x"}, {"2", std::nullopt}, {"2", std::nullopt}}));  // duplicates count
  CHECK_FALSE(a == sum({{"1", "y"}, {"2", std::nullopt}}));
  CHECK(a.rows() == 2);
}
