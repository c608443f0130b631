#include "transfer/value_kind.hpp"

namespace schemac {

ValueKind value_kind(std::string_view type) {
  if (type.ends_with("]")) return ValueKind::Other;
  const std::string_view base = type.substr(0, type.find('('));
  if (base == "bigint" || base == "integer" || base == "smallint") return ValueKind::Integer;
  if (base == "boolean") return ValueKind::Boolean;
  if (base == "double precision" || base == "real") return ValueKind::Float;
  if (base == "numeric") return ValueKind::Numeric;
  if (base == "text" || base == "character varying" || base == "character" || base == "citext") return ValueKind::Text;
  if (base == "bytea") return ValueKind::Bytes;
  if (base == "uuid") return ValueKind::Uuid;
  if (type.starts_with("timestamp") && type.ends_with("with time zone") && !type.ends_with("without time zone")) return ValueKind::TimestampTz;
  if (type.starts_with("timestamp")) return ValueKind::Timestamp;
  if (base == "date") return ValueKind::Date;
  if (base == "json" || base == "jsonb") return ValueKind::Json;
  return ValueKind::Other;
}

std::string_view kind_name(ValueKind kind) {
  switch (kind) {
    case ValueKind::Integer: return "integer";
    case ValueKind::Boolean: return "boolean";
    case ValueKind::Float: return "floating point";
    case ValueKind::Numeric: return "numeric";
    case ValueKind::Text: return "text";
    case ValueKind::Bytes: return "bytea";
    case ValueKind::Uuid: return "uuid";
    case ValueKind::TimestampTz:
    case ValueKind::Timestamp: return "timestamp";
    case ValueKind::Date: return "date";
    case ValueKind::Json: return "json";
    case ValueKind::Other: return "value";
  }
  return "value";
}

}  // namespace schemac
