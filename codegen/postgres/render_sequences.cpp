#include <cstdint>

#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

// Options that differ from what PostgreSQL would pick for the sequence's
// type and direction, so plain sequences stay plain.
std::string non_default_options(const Sequence& s) {
  const auto [low, high] = integer_range(s.type);
  const std::int64_t default_min = s.increment > 0 ? 1 : low;
  const std::int64_t default_max = s.increment > 0 ? high : -1;
  std::string out;
  if (s.type != "bigint") out += " AS " + s.type;
  if (s.increment != 1) out += " INCREMENT BY " + std::to_string(s.increment);
  if (s.min_value != default_min) out += " MINVALUE " + std::to_string(s.min_value);
  if (s.max_value != default_max) out += " MAXVALUE " + std::to_string(s.max_value);
  if (s.start != (s.increment > 0 ? s.min_value : s.max_value)) out += " START WITH " + std::to_string(s.start);
  if (s.cache != 1) out += " CACHE " + std::to_string(s.cache);
  if (s.cycle) out += " CYCLE";
  return out;
}

}  // namespace

std::string create_sequence(const CreateSequence& change) {
  return "CREATE SEQUENCE " + qualified(change.sequence.name) + non_default_options(change.sequence);
}

std::string drop_sequence(const DropSequence& change) { return "DROP SEQUENCE " + qualified(change.sequence.name); }

// Changed options are all stated: PostgreSQL would otherwise adjust bounds
// on its own when the type changes.
std::string alter_sequence(const AlterSequence& change) {
  const Sequence& a = change.from;
  const Sequence& b = change.to;
  std::string out = "ALTER SEQUENCE " + qualified(b.name);
  if (a.type != b.type) out += " AS " + b.type;
  if (a.increment != b.increment) out += " INCREMENT BY " + std::to_string(b.increment);
  if (a.min_value != b.min_value || a.type != b.type) out += " MINVALUE " + std::to_string(b.min_value);
  if (a.max_value != b.max_value || a.type != b.type) out += " MAXVALUE " + std::to_string(b.max_value);
  if (a.start != b.start) out += " START WITH " + std::to_string(b.start);
  if (a.cache != b.cache) out += " CACHE " + std::to_string(b.cache);
  if (a.cycle != b.cycle) out += b.cycle ? " CYCLE" : " NO CYCLE";
  return out;
}

std::string set_sequence_owner(const SetSequenceOwner& change) {
  std::string out = "ALTER SEQUENCE " + qualified(change.sequence) + " OWNED BY ";
  if (!change.owner) return out + "NONE";
  return out + qualified(change.owner->table) + "." + ident(change.owner->column);
}

}  // namespace schemac::pg_sql
