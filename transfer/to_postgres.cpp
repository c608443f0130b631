#include "transfer/to_postgres.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>

#include "transfer/canonical_value.hpp"
#include "transfer/timestamp.hpp"

namespace schemac {
namespace {

using Type = SqliteValue::Type;

void append_hex(std::string_view bytes, std::string& out) {
  static constexpr char kDigits[] = "0123456789abcdef";
  out.reserve(out.size() + 2 * bytes.size());
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out += kDigits[b >> 4];
    out += kDigits[b & 0xF];
  }
}

// Numbers as the text SQLite would show for them (shortest round-trip for REAL).
std::string number_text(const SqliteValue& value) {
  return value.type == Type::Integer ? std::to_string(value.integer) : shortest_double(value.real);
}

bool timestamp(ValueKind kind, const SqliteValue& value, std::string& out, std::string& why) {
  std::optional<Micros> instant;
  if (value.type == Type::Integer) instant = from_epoch(value.integer);
  else if (value.type == Type::Real) instant = from_real(value.real);
  else if (value.type == Type::Text) {
    instant = parse_iso_timestamp(value.bytes);
    long long number = 0;
    if (!instant && parse_whole_number(value.bytes, number)) instant = from_epoch(number);
  }
  if (!instant) {
    why = "is not a point in time (ISO-8601 text, Unix epoch seconds or milliseconds, or a Julian day number)";
    return false;
  }
  out += kind == ValueKind::Date ? format_date(*instant) : format_timestamp(*instant, kind == ValueKind::TimestampTz);
  return true;
}

bool has_nul(std::string_view bytes) { return bytes.find('\0') != std::string_view::npos; }

}  // namespace

bool to_postgres_text(ValueKind kind, const SqliteValue& value, std::string& out, std::string& why) {
  const bool number = value.type == Type::Integer || value.type == Type::Real;
  switch (kind) {
    case ValueKind::Integer: {
      if (value.type == Type::Integer) {
        out += std::to_string(value.integer);
        return true;
      }
      if (value.type == Type::Real && std::trunc(value.real) == value.real && std::fabs(value.real) < 9.2e18) {
        out += std::to_string(static_cast<long long>(value.real));
        return true;
      }
      long long parsed = 0;
      if (value.type == Type::Text && parse_whole_number(value.bytes, parsed)) {
        out += std::to_string(parsed);
        return true;
      }
      why = "is not a whole number";
      return false;
    }
    case ValueKind::Boolean: {
      const bool zero = value.type == Type::Integer ? value.integer == 0 : value.type == Type::Real && value.real == 0;
      const bool one = value.type == Type::Integer ? value.integer == 1 : value.type == Type::Real && value.real == 1;
      if (zero) return out += 'f', true;
      if (one) return out += 't', true;
      if (value.type == Type::Text) {
        const std::string b = canonical_value(ValueKind::Boolean, value.bytes);
        if (b == "t" || b == "f") return out += b, true;
      }
      why = "is not a boolean (0 or 1, true or false)";
      return false;
    }
    case ValueKind::Float:
    case ValueKind::Numeric: {
      if (value.type == Type::Integer) return out += std::to_string(value.integer), true;
      if (value.type == Type::Real) {
        if (kind == ValueKind::Float || !std::isfinite(value.real)) return out += shortest_double(value.real), true;
        char buffer[400];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value.real, std::chars_format::fixed);
        return out.append(buffer, result.ptr), true;
      }
      std::string decimal;
      if (value.type == Type::Text && normalize_decimal(value.bytes, decimal)) return out += decimal, true;
      why = "is not a number";
      return false;
    }
    case ValueKind::Bytes:
      out += "\\x";
      if (number) append_hex(number_text(value), out);
      else append_hex(value.bytes, out);
      return true;
    case ValueKind::Uuid: {
      std::string uuid;
      if (value.type == Type::Text && normalize_uuid(value.bytes, uuid)) return out += uuid, true;
      if (value.type == Type::Blob && value.bytes.size() == 16) {
        std::string hex;
        append_hex(value.bytes, hex);
        normalize_uuid(hex, uuid);
        return out += uuid, true;
      }
      why = "is not a UUID (32 hex digits, or a 16-byte blob)";
      return false;
    }
    case ValueKind::TimestampTz:
    case ValueKind::Timestamp:
    case ValueKind::Date: return timestamp(kind, value, out, why);
    case ValueKind::Json:
      if (value.type == Type::Blob) {
        why = "is a blob, not JSON text";
        return false;
      }
      [[fallthrough]];
    case ValueKind::Text:
    case ValueKind::Other:
      if (number) return out += number_text(value), true;
      if (has_nul(value.bytes)) {
        why = "holds a NUL byte, which PostgreSQL text cannot";
        return false;
      }
      out += value.bytes;
      return true;
  }
  return false;
}

}  // namespace schemac
