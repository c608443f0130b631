#pragma once
// What a PostgreSQL column holds, as far as moving values into it goes: the
// kinds that need SQLite's values converted or compared differently.
#include <string_view>

namespace schemac {

enum class ValueKind { Integer, Boolean, Float, Numeric, Text, Bytes, Uuid, TimestampTz, Timestamp, Date, Json, Other };

// From a type as schemac spells it ("bigint", "numeric(5,2)",
// "timestamp with time zone", "character varying(20)"); arrays, enums,
// ranges and the rest are Other (their text goes as it is).
ValueKind value_kind(std::string_view postgres_type);

std::string_view kind_name(ValueKind kind);

}  // namespace schemac
