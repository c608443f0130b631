#include "transfer/canonical_value.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "model/ascii_case.hpp"
#include "transfer/timestamp.hpp"

namespace schemac {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n')) text.remove_suffix(1);
  return text;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string canonical_boolean(std::string_view text) {
  const std::string lower = ascii_lower(std::string(trim(text)));
  if (lower == "t" || lower == "true" || lower == "yes" || lower == "on" || lower == "1" || lower == "y") return "t";
  if (lower == "f" || lower == "false" || lower == "no" || lower == "off" || lower == "0" || lower == "n") return "f";
  return std::string(text);
}

}  // namespace

bool parse_whole_number(std::string_view text, long long& out) {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc{} && end == text.data() + text.size() && !text.empty();
}

std::string shortest_double(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

bool normalize_decimal(std::string_view text, std::string& out) {
  text = trim(text);
  const std::string lower = ascii_lower(std::string(text));
  if (lower == "nan" || lower == "infinity" || lower == "+infinity" || lower == "-infinity" || lower == "inf" || lower == "-inf") {
    out = lower == "nan" ? "NaN" : lower.starts_with('-') ? "-Infinity" : "Infinity";
    return true;
  }
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) negative = text.front() == '-', text.remove_prefix(1);
  std::string digits;
  long long point = -1;  // digits before the decimal point
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') digits += c;
    else if (c == '.' && point < 0) point = static_cast<long long>(digits.size());
    else break;
  }
  if (digits.empty()) return false;
  if (point < 0) point = static_cast<long long>(digits.size());
  if (i < text.size()) {
    if (text[i] != 'e' && text[i] != 'E') return false;
    long long exponent = 0;
    if (!parse_whole_number(text.substr(i + 1), exponent) || exponent > 100000 || exponent < -100000) return false;
    point += exponent;
  }
  // Now value = 0.digits * 10^point... as digits with the point after `point` digits.
  while (point < 0) digits.insert(digits.begin(), '0'), ++point;
  while (static_cast<long long>(digits.size()) < point) digits += '0';
  std::string whole = digits.substr(0, static_cast<std::size_t>(point)), fraction = digits.substr(static_cast<std::size_t>(point));
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
  fraction.erase(fraction.find_last_not_of('0') + 1);
  if (whole.empty()) whole = "0";
  out = (negative && (whole != "0" || !fraction.empty()) ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
  return true;
}

bool normalize_uuid(std::string_view text, std::string& out) {
  text = trim(text);
  if (text.size() >= 2 && text.front() == '{' && text.back() == '}') text = text.substr(1, text.size() - 2);
  std::string hex;
  for (char c : text) {
    if (c == '-') continue;
    if (!is_hex(c)) return false;
    hex += static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
  }
  if (hex.size() != 32) return false;
  out = hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" + hex.substr(20);
  return true;
}

std::string canonical_value(ValueKind kind, std::string_view text) {
  std::string out;
  switch (kind) {
    case ValueKind::Integer: {
      long long number = 0;
      return parse_whole_number(text, number) ? std::to_string(number) : std::string(text);
    }
    case ValueKind::Boolean: return canonical_boolean(text);
    case ValueKind::Float: {
      const std::string trimmed(trim(text));
      std::string decimal;
      if (!normalize_decimal(trimmed, decimal)) return trimmed;
      if (decimal == "NaN" || decimal.ends_with("Infinity")) return decimal;
      double value = 0;
      const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
      return error == std::errc{} && end == trimmed.data() + trimmed.size() ? shortest_double(value) : trimmed;
    }
    case ValueKind::Numeric: return normalize_decimal(text, out) ? out : std::string(text);
    case ValueKind::Bytes: {
      std::string_view hex = text.starts_with("\\x") ? text.substr(2) : text;
      return ascii_lower(std::string(hex));
    }
    case ValueKind::Uuid: return normalize_uuid(text, out) ? out : std::string(text);
    case ValueKind::TimestampTz:
    case ValueKind::Timestamp: {
      const auto instant = parse_iso_timestamp(text);
      return instant ? std::to_string(*instant) : std::string(text);
    }
    case ValueKind::Date: {
      const auto instant = parse_iso_timestamp(text);
      return instant ? format_date(*instant) : std::string(text);
    }
    case ValueKind::Json: {
      // jsonb reorders keys and drops spaces; nlohmann's objects are sorted maps.
      auto parsed = nlohmann::json::parse(text, nullptr, false);
      return parsed.is_discarded() ? std::string(text) : parsed.dump();
    }
    case ValueKind::Text:
    case ValueKind::Other: break;
  }
  return std::string(text);
}

}  // namespace schemac
