#include <algorithm>
#include <cstdint>

#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

// Options that differ from what PostgreSQL would pick for the sequence's
// type and direction, so plain sequences stay plain.
}  // namespace

std::string non_default_options(const SequenceOptions& s, bool with_type) {
  const auto [low, high] = integer_range(s.type);
  const std::int64_t default_min = s.increment > 0 ? 1 : low;
  const std::int64_t default_max = s.increment > 0 ? high : -1;
  std::string out;
  if (with_type && s.type != "bigint") out += " AS " + s.type;
  if (s.increment != 1) out += " INCREMENT BY " + std::to_string(s.increment);
  if (s.min_value != default_min) out += " MINVALUE " + std::to_string(s.min_value);
  if (s.max_value != default_max) out += " MAXVALUE " + std::to_string(s.max_value);
  if (s.start != (s.increment > 0 ? s.min_value : s.max_value)) out += " START WITH " + std::to_string(s.start);
  if (s.cache != 1) out += " CACHE " + std::to_string(s.cache);
  if (s.cycle) out += " CYCLE";
  return out;
}

std::string create_sequence(const CreateSequence& change) {
  return "CREATE SEQUENCE " + qualified(change.sequence.name) + non_default_options(change.sequence, true);
}

std::string drop_sequence(const DropSequence& change) { return "DROP SEQUENCE " + qualified(change.sequence.name); }

// Changed options are all stated: PostgreSQL would otherwise adjust bounds
// on its own when the type changes.
std::vector<std::string> changed_options(const SequenceOptions& a, const SequenceOptions& b) {
  std::vector<std::string> out;
  if (a.type != b.type) out.push_back("AS " + b.type);
  if (a.increment != b.increment) out.push_back("INCREMENT BY " + std::to_string(b.increment));
  if (a.min_value != b.min_value || a.type != b.type) out.push_back("MINVALUE " + std::to_string(b.min_value));
  if (a.max_value != b.max_value || a.type != b.type) out.push_back("MAXVALUE " + std::to_string(b.max_value));
  if (a.start != b.start) out.push_back("START WITH " + std::to_string(b.start));
  if (a.cache != b.cache) out.push_back("CACHE " + std::to_string(b.cache));
  if (a.cycle != b.cycle) out.push_back(b.cycle ? "CYCLE" : "NO CYCLE");
  return out;
}

// A range that leaves out values the old one held may leave the current
// value outside it, and PostgreSQL refuses the change ("RESTART value (1)
// cannot be less than MINVALUE (100)"). So the range is first widened to
// hold both, the current value moved to the new START only where it lies
// outside the new range (rows keep their numbers; none is handed out twice),
// and the range narrowed last.
std::vector<std::string> option_changes(const std::string& alter, std::string_view each, const QualifiedName& sequence,
                                        const SequenceOptions& a, const SequenceOptions& b, const std::string& first_clause) {
  std::vector<std::string> out;
  auto statement = [&](const std::vector<std::string>& options) {
    const std::string clause = out.empty() ? first_clause : "";
    if (options.empty() && clause.empty()) return;  // nothing to say: no statement
    std::string text = alter + clause;
    for (const std::string& option : options) text += std::string(each) + option;
    out.push_back(std::move(text));
  };
  if (b.min_value <= a.min_value && b.max_value >= a.max_value) {
    statement(changed_options(a, b));
    return out;
  }
  SequenceOptions wide = b;
  wide.type = a.type;  // a narrower type comes with the narrower bounds
  wide.min_value = std::min(a.min_value, b.min_value);
  wide.max_value = std::max(a.max_value, b.max_value);
  statement(changed_options(a, wide));
  const std::string name = qualified(sequence);
  out.push_back("SELECT pg_catalog.setval(" + literal(name) + "::regclass, " + std::to_string(b.start) + ", false) FROM " + name +
                " WHERE last_value NOT BETWEEN " + std::to_string(b.min_value) + " AND " + std::to_string(b.max_value));
  statement(changed_options(wide, b));
  return out;
}

std::vector<std::string> alter_sequence(const AlterSequence& change) {
  return option_changes("ALTER SEQUENCE " + qualified(change.to.name), " ", change.to.name, change.from, change.to, "");
}

std::string rename_sequence(const RenameSequence& change) {
  return "ALTER SEQUENCE " + qualified(change.sequence) + " RENAME TO " + ident(change.new_name);
}

std::string set_sequence_owner(const SetSequenceOwner& change) {
  std::string out = "ALTER SEQUENCE " + qualified(change.sequence) + " OWNED BY ";
  if (!change.owner) return out + "NONE";
  return out + qualified(change.owner->table) + "." + ident(change.owner->column);
}

}  // namespace schemac::pg_sql
