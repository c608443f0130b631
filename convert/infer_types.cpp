#include "convert/infer_types.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <regex>

#include "codegen/sqlite/sqlite_dialect.hpp"
#include "model/ascii_case.hpp"
#include "transfer/sqlite_value.hpp"
#include "transfer/timestamp.hpp"
#include "transfer/to_postgres.hpp"

namespace schemac {
namespace {

enum class Candidate { Uuid, Time, Boolean };

struct Tally {
  std::string column;
  std::vector<Candidate> candidates;
  std::uint64_t values = 0, uuids = 0, times = 0, booleans = 0;
  Micros earliest = INT64_MAX, latest = INT64_MIN;
};

bool integer_affinity(const std::string& declared) { return ascii_upper(declared).find("INT") != std::string::npos; }
bool text_affinity(const std::string& declared) {
  const std::string t = ascii_upper(declared);
  return t.find("CHAR") != std::string::npos || t.find("CLOB") != std::string::npos || t.find("TEXT") != std::string::npos;
}

// Every expression text of the schema that may name a column of `table`.
std::string expressions_about(const Schema& schema, const Table& table) {
  std::string text;
  for (const CheckConstraint& check : table.checks) text += check.expr.text + "\n";
  for (const Column& column : table.columns)
    if (column.generated) text += column.generated->text + "\n";
  for (const Index& index : table.indexes) {
    if (index.predicate) text += index.predicate->text + "\n";
    for (const IndexKey& key : index.keys)
      if (key.expression) text += key.expression->text + "\n";
  }
  for (const View& view : schema.views) text += view.query + "\n";
  return ascii_lower(text);
}

bool mentions(const std::string& text, const std::string& column) {
  const std::regex word("(^|[^a-z0-9_])\"?" + std::regex_replace(ascii_lower(column), std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                        "\"?($|[^a-z0-9_])");
  return std::regex_search(text, word);
}

bool in_a_key(const Table& table, const std::string& column, const Schema& schema) {
  if (table.primary_key && std::count(table.primary_key->columns.begin(), table.primary_key->columns.end(), column)) return true;
  for (const ForeignKey& fk : table.foreign_keys)
    if (std::count(fk.columns.begin(), fk.columns.end(), column)) return true;
  for (const Table& other : schema.tables)
    for (const ForeignKey& fk : other.foreign_keys)
      if (ascii_lower(fk.ref_table.name) == ascii_lower(table.name.name) && std::count(fk.ref_columns.begin(), fk.ref_columns.end(), column)) return true;
  return false;
}

void count(Tally& tally, const SqliteValue& value) {
  if (value.type == SqliteValue::Type::Null) return;
  ++tally.values;
  std::string text, why;
  for (Candidate candidate : tally.candidates) switch (candidate) {
      case Candidate::Uuid:
        if (value.type == SqliteValue::Type::Text && to_postgres_text(ValueKind::Uuid, value, text, why)) ++tally.uuids;
        break;
      case Candidate::Boolean:
        if (value.type == SqliteValue::Type::Integer && (value.integer == 0 || value.integer == 1)) ++tally.booleans;
        break;
      case Candidate::Time: {
        std::optional<Micros> instant;
        if (value.type == SqliteValue::Type::Text) instant = parse_iso_timestamp(value.bytes);
        if (value.type == SqliteValue::Type::Integer && value.integer > 0) instant = from_epoch(value.integer);
        // Epoch numbers before 1971 are more likely counts than times.
        if (instant && (value.type == SqliteValue::Type::Text || *instant >= 31'536'000'000'000)) {
          ++tally.times;
          tally.earliest = std::min(tally.earliest, *instant);
          tally.latest = std::max(tally.latest, *instant);
        }
        break;
      }
    }
}

}  // namespace

Result<Inference> infer_column_types(db::SqliteConnection& sqlite, const Schema& schema) {
  Inference out;
  const SqliteDialect dialect;
  for (const Table& table : schema.tables) {
    if (table.name.schema == "temp") continue;
    const std::string used = expressions_about(schema, table);
    std::vector<Tally> tallies;
    for (const Column& column : table.columns) {
      if (column.generated) continue;
      Tally tally{column.name, {}, 0, 0, 0, 0};
      const bool key = in_a_key(table, column.name, schema);
      const bool named_at = ascii_lower(column.name).ends_with("_at");
      if (text_affinity(column.type)) {
        tally.candidates.push_back(Candidate::Uuid);
        if (named_at && !key) tally.candidates.push_back(Candidate::Time);
      } else if (integer_affinity(column.type) && !key) {
        tally.candidates.push_back(named_at ? Candidate::Time : Candidate::Boolean);
      }
      if (!tally.candidates.empty()) tallies.push_back(std::move(tally));
    }
    if (tallies.empty()) continue;
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < tallies.size(); ++i) sql += (i ? ", " : "") + dialect.quote_ident(tallies[i].column);
    sql += " FROM " + dialect.quote_ident(table.name.name);
    const auto error = sqlite.scan(sql, [&](sqlite3_stmt* row) {
      for (std::size_t i = 0; i < tallies.size(); ++i) count(tallies[i], read_sqlite_value(row, static_cast<int>(i)));
      return true;
    });
    if (error) return Diagnostic{{}, "reading " + table.name.name + ": " + error->message, {}, {}};
    for (const Tally& t : tallies) {
      if (t.values == 0) continue;
      std::optional<TypeChoice> choice;
      if (t.uuids == t.values) {
        choice = TypeChoice{"uuid", fmt::format("all {} values are UUIDs", t.values)};
      } else if (t.times == t.values) {
        choice = TypeChoice{"timestamp with time zone", fmt::format("all {} values are points in time ({} .. {} UTC)", t.values,
                                                                    format_timestamp(t.earliest, false), format_timestamp(t.latest, false))};
      } else if (t.booleans == t.values) {
        choice = TypeChoice{"boolean", fmt::format("all {} values are 0 or 1", t.values)};
      }
      if (!choice) continue;
      if (mentions(used, t.column)) {
        out.notes.push_back(table.name.name + "." + t.column + ": " + choice->why + ", but a CHECK, index or view uses it as declared: kept (--type-map " +
                            table.name.name + "." + t.column + " to choose)");
        continue;
      }
      out.types[column_key(table.name.name, t.column)] = std::move(*choice);
    }
  }
  return out;
}

}  // namespace schemac
