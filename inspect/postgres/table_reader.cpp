#include "inspect/postgres/table_reader.hpp"

#include <algorithm>
#include <unordered_map>

#include "inspect/postgres/catalog_queries.hpp"
#include "inspect/postgres/catalog_rows.hpp"
#include "parser/postgres/quote.hpp"

namespace schemac::pg {
namespace {

namespace col = catalog::columns;
namespace con = catalog::constraints;
namespace idx = catalog::indexes;

// Server text shared by many objects (the same type, the same default) is
// canonicalized once.
class FragmentBatch {
 public:
  std::size_t add(Fragment::Kind kind, std::string_view text) {
    std::string key(1, static_cast<char>('0' + static_cast<int>(kind)));
    key += text;
    auto [it, inserted] = index_.try_emplace(std::move(key), fragments_.size());
    if (inserted) fragments_.push_back(Fragment{kind, std::string(text)});
    return it->second;
  }
  std::vector<CanonicalFragment> canonicalize(Session& session) { return session.canonicalize(fragments_); }

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Fragment> fragments_;
};

constexpr std::size_t kNone = SIZE_MAX;

struct DraftColumn {
  int attnum;
  Column column;
  std::size_t type, default_value = kNone, collation = kNone;
  bool generated = false;  // default_value is the generation expression
};

struct DraftCheck {
  CheckConstraint check;
  std::size_t expression;
};

// A table being read; `problem` set means it cannot be.
struct Draft {
  Table table;
  std::vector<QualifiedName> parents;
  std::size_t partition_key = kNone, partition_bound = kNone;
  std::vector<DraftColumn> columns;
  std::vector<DraftCheck> checks;
  // Constraints and indexes read as statements, by name: rows come in no
  // particular order, and the output must not depend on it.
  std::vector<std::pair<std::string, std::string>> constraint_statements, index_statements;
  std::string problem;
  bool skippable = true;

  void fail(std::string message, bool can_skip = true) {
    if (!problem.empty()) return;
    problem = std::move(message);
    skippable = can_skip;
  }

  const std::string* column_name(int attnum) const {
    for (const DraftColumn& c : columns)
      if (c.attnum == attnum) return &c.column.name;
    return nullptr;
  }

  std::vector<std::string> column_names(const std::vector<int>& attnums, std::size_t from, std::size_t to) {
    std::vector<std::string> names;
    for (std::size_t i = from; i < std::min(to, attnums.size()); ++i) {
      if (const std::string* name = column_name(attnums[i])) names.push_back(*name);
      else fail("column number " + std::to_string(attnums[i]) + " is not among its columns", false);
    }
    return names;
  }
};

}  // namespace

struct TableReader::State {
  State(Session& session, const InspectOptions& options, const std::string& source_name)
      : session_(session), options_(options), where_{source_name, 0, 0} {}

  void columns(const db::Rows& rows) {
    for (const Row row : EachRow{rows}) {
      const std::uint32_t oid = row.oid(col::table_oid);
      auto [it, inserted] = by_oid_.try_emplace(oid, nullptr);
      if (inserted) {
        if (excluded_table(options_, row.view(col::table))) continue;
        drafts_.push_back(std::make_unique<Draft>());
        Draft& draft = *drafts_.back();
        draft.table.name = QualifiedName{row.text(col::schema), row.text(col::table)};
        draft.table.where = where_;
        if (row.has(col::table_comment)) draft.table.comment = row.text(col::table_comment);
        draft.table.unlogged = row.truth(col::unlogged);
        if (row.has(col::partition_key)) draft.partition_key = batch_.add(Fragment::Kind::PartitionKey, row.view(col::partition_key));
        if (row.has(col::partition_bound))
          draft.partition_bound = batch_.add(Fragment::Kind::PartitionBound, row.view(col::partition_bound));
        draft.table.row_security = row.truth(col::row_security);
        draft.table.force_row_security = row.truth(col::force_row_security);
        if (row.has(col::table_options)) draft.table.options = row.options(col::table_options);
        it->second = &draft;
      }
      Draft* draft = it->second;
      if (!draft || !row.has(col::attnum)) continue;  // excluded, or a table without columns
      DraftColumn c{row.integer(col::attnum), Column{}, batch_.add(Fragment::Kind::Type, row.view(col::type))};
      c.column.name = row.text(col::name);
      c.column.not_null = row.truth(col::not_null);
      if (row.has(col::not_null_name)) c.column.not_null_name = row.text(col::not_null_name);
      c.column.inherited = !row.truth(col::local);
      if (row.has(col::statistics)) c.column.statistics = row.integer(col::statistics);
      if (row.has(col::options)) c.column.options = row.options(col::options);
      if (row.has(col::comment)) c.column.comment = row.text(col::comment);
      if (row.has(col::collation)) c.collation = batch_.add(Fragment::Kind::Collation, row.view(col::collation));
      // An identity column's identity comes later, from its sequence's row (head_script).
      c.generated = !row.view(col::generated).empty();
      c.column.virtual_generated = row.view(col::generated) == "v";  // PostgreSQL 18
      if (row.has(col::default_value)) c.default_value = batch_.add(Fragment::Kind::Expression, row.view(col::default_value));
      draft->columns.push_back(std::move(c));
    }
  }

  void parents(const db::Rows& rows) {
    for (const Row row : EachRow{rows})
      if (Draft* draft = find(row.oid(catalog::parents::table_oid)))
        draft->parents.push_back(QualifiedName{row.text(catalog::parents::schema), row.text(catalog::parents::name)});
  }

  void constraints(const db::Rows& rows) {
    for (const Row row : EachRow{rows}) {
      Draft* draft = find(row.oid(con::table_oid));
      if (!draft) continue;
      Table& table = draft->table;
      const std::string name = row.text(con::name);
      const Draft* target = row.has(con::ref_oid) ? find(row.oid(con::ref_oid)) : nullptr;
      const bool references_excluded = row.has(con::ref_table) && excluded_table(options_, row.view(con::ref_table));
      if (references_excluded) continue;  // foreign keys to excluded tables go with them
      const std::optional<std::string> comment = row.has(con::comment) ? std::optional(row.text(con::comment)) : std::nullopt;
      if (row.truth(con::period)) {  // read as a plain key it would lose its meaning
        draft->fail("constraint " + name + ": temporal keys (WITHOUT OVERLAPS, PERIOD) are not supported yet", true);
        continue;
      }
      if (row.has(con::definition)) {
        std::string definition = row.text(con::definition);
        // PostgreSQL 18's NOT ENFORCED is past the bundled grammar: read without it, marked after.
        constexpr std::string_view kNotEnforced = " NOT ENFORCED";
        if (!row.truth(con::enforced) && definition.ends_with(kNotEnforced)) {
          definition.resize(definition.size() - kNotEnforced.size());
          not_enforced_.emplace_back(table.name, name);
        }
        std::string statements = "ALTER TABLE ONLY " + quote_qualified(table.name) + " ADD CONSTRAINT " + quote_ident(name) + " " +
                                 definition + ";\n";
        if (comment)
          statements += "COMMENT ON CONSTRAINT " + quote_ident(name) + " ON " + quote_qualified(table.name) + " IS " +
                        quote_literal(*comment) + ";\n";
        draft->constraint_statements.emplace_back(name, std::move(statements));
        continue;
      }
      const Deferrability deferral{row.truth(con::deferrable), row.truth(con::deferred)};
      const std::vector<int> keys = row.numbers(con::keys);
      switch (row.view(con::type).front()) {
        case 'p':
        case 'u': {
          const std::vector<int> index_keys = row.numbers(con::index_keys);
          const auto key_count = static_cast<std::size_t>(row.integer(con::index_key_count));
          std::vector<std::string> columns = draft->column_names(keys, 0, keys.size());
          std::vector<std::string> include = draft->column_names(index_keys, key_count, index_keys.size());
          std::vector<std::pair<std::string, std::string>> index_options;
          if (row.has(con::index_options)) index_options = row.options(con::index_options);
          std::string index_tablespace = row.has(con::index_tablespace) ? row.text(con::index_tablespace) : std::string();
          if (row.view(con::type) == "p") {
            PrimaryKey& pk = table.primary_key.emplace();
            pk.name = name, pk.columns = std::move(columns), pk.include = std::move(include);
            pk.deferral = deferral, pk.comment = comment;
            pk.index_options = std::move(index_options), pk.index_tablespace = std::move(index_tablespace);
          } else {
            UniqueConstraint& unique = table.uniques.emplace_back();
            unique.name = name, unique.columns = std::move(columns), unique.include = std::move(include);
            unique.nulls_not_distinct = row.truth(con::nulls_not_distinct), unique.deferral = deferral, unique.comment = comment;
            unique.index_options = std::move(index_options), unique.index_tablespace = std::move(index_tablespace);
          }
          break;
        }
        case 'c':
          draft->checks.push_back(DraftCheck{CheckConstraint{name, Expr{}, row.truth(con::no_inherit), {}, comment, true},
                                             batch_.add(Fragment::Kind::Expression, row.view(con::check))});
          break;
        case 'f': {
          ForeignKey fk;
          fk.name = name;
          fk.columns = draft->column_names(keys, 0, keys.size());
          fk.ref_table = QualifiedName{row.text(con::ref_schema), row.text(con::ref_table)};
          // A table that was not read (another schema): the frontend reports the missing table.
          if (target) {
            const std::vector<int> ref_keys = row.numbers(con::ref_keys);
            for (int attnum : ref_keys) {
              if (const std::string* column = target->column_name(attnum)) fk.ref_columns.push_back(*column);
              else draft->fail("foreign key " + name + " references an unknown column", false);
            }
          }
          fk.on_update = static_cast<FkAction>(row.view(con::on_update).front());
          fk.on_delete = static_cast<FkAction>(row.view(con::on_delete).front());
          fk.match = static_cast<FkMatch>(row.view(con::match).front());
          fk.deferral = deferral;
          fk.where = where_;
          fk.comment = comment;
          table.foreign_keys.push_back(std::move(fk));
          break;
        }
        default: break;
      }
    }
  }

  void indexes(const db::Rows& rows) {
    for (const Row row : EachRow{rows}) {
      Draft* draft = find(row.oid(idx::table_oid));
      if (!draft) continue;
      Table& table = draft->table;
      const QualifiedName name{table.name.schema, row.text(idx::name)};
      if (!row.truth(idx::valid)) invalid_indexes_.emplace_back(table.name, name.name);
      if (row.has(idx::definition)) {
        std::string statements = row.text(idx::definition) + ";\n";
        if (row.has(idx::statistics)) statements += row.text(idx::statistics) + "\n";
        if (row.has(idx::tablespace)) statements += row.text(idx::tablespace) + "\n";
        if (row.has(idx::comment))
          statements += "COMMENT ON INDEX " + quote_qualified(name) + " IS " + quote_literal(row.view(idx::comment)) + ";\n";
        draft->index_statements.emplace_back(name.name, std::move(statements));
        continue;
      }
      Index index;
      index.name = name.name;
      index.unique = row.truth(idx::unique);
      index.nulls_not_distinct = row.truth(idx::nulls_not_distinct);
      index.method = row.text(idx::method);
      const std::vector<int> keys = row.numbers(idx::keys);
      const std::vector<int> options = row.numbers(idx::options);
      const auto key_count = static_cast<std::size_t>(row.integer(idx::key_count));
      const std::vector<std::string> key_names = draft->column_names(keys, 0, key_count);
      for (std::size_t i = 0; i < key_names.size(); ++i) {
        IndexKey key;
        key.column = key_names[i];
        // indoption bits: 1 = DESC, 2 = NULLS FIRST; canonical NullsOrder names only a non-default order.
        const int option = i < options.size() ? options[i] : 0;
        key.descending = (option & 1) != 0;
        const bool nulls_first = (option & 2) != 0;
        if (nulls_first && !key.descending) key.nulls = NullsOrder::First;
        if (!nulls_first && key.descending) key.nulls = NullsOrder::Last;
        index.keys.push_back(std::move(key));
      }
      index.include = draft->column_names(keys, key_count, keys.size());
      if (row.has(idx::comment)) index.comment = row.text(idx::comment);
      table.indexes.push_back(std::move(index));
    }
  }

  // Canonical text into every draft, then each table into the session.
  TablesRead finish() {
    std::vector<QualifiedName> names;
    for (const auto& draft : drafts_) names.push_back(draft->table.name);
    session_.expect_tables(std::move(names));
    const std::vector<CanonicalFragment> canonical = batch_.canonicalize(session_);
    auto take = [&](Draft& draft, std::size_t fragment, std::string_view kind, const std::string& name) -> std::optional<Expr> {
      const CanonicalFragment& c = canonical[fragment];
      if (!c.value) draft.fail(std::string(kind) + " " + name + ": " + c.error, c.skippable);
      return c.value;
    };
    std::sort(drafts_.begin(), drafts_.end(), [](const auto& a, const auto& b) { return a->table.name < b->table.name; });
    TablesRead read;
    std::string index_script;
    for (auto& draft_pointer : drafts_) {
      Draft& draft = *draft_pointer;
      Table& table = draft.table;
      // Rows come in no particular order.
      std::sort(draft.columns.begin(), draft.columns.end(), [](const auto& a, const auto& b) { return a.attnum < b.attnum; });
      table.columns.reserve(draft.columns.size());
      for (DraftColumn& c : draft.columns) {
        if (auto type = take(draft, c.type, "column", c.column.name)) c.column.type = std::move(type->text);
        if (c.collation != kNone)
          if (auto collation = take(draft, c.collation, "column", c.column.name)) c.column.collation = std::move(collation->text);
        if (c.default_value != kNone) {
          auto value = take(draft, c.default_value, "column", c.column.name);
          if (value && c.generated) c.column.generated = std::move(*value);
          else if (value) c.column.default_value = std::move(value);
        }
        table.columns.push_back(std::move(c.column));
      }
      std::vector<DraftColumn>().swap(draft.columns);  // moved out: give the room back now, not with the drafts
      if (draft.partition_key != kNone)
        if (auto key = take(draft, draft.partition_key, "partition key of", to_string(table.name))) table.partition_by = key->text;
      if (draft.partition_bound != kNone && !draft.parents.empty()) {
        table.partition_of = draft.parents.front();
        if (auto bound = take(draft, draft.partition_bound, "partition bound of", to_string(table.name)))
          table.partition_bound = bound->text;
      } else {
        table.inherits = std::move(draft.parents);
      }
      for (DraftCheck& c : draft.checks) {
        if (auto expression = take(draft, c.expression, "check constraint", c.check.name)) c.check.expr = std::move(*expression);
        table.checks.push_back(std::move(c.check));
      }
      auto by_name = [](const auto& a, const auto& b) { return a.name < b.name; };
      std::sort(table.uniques.begin(), table.uniques.end(), by_name);
      std::sort(table.checks.begin(), table.checks.end(), by_name);
      std::sort(table.foreign_keys.begin(), table.foreign_keys.end(), by_name);
      std::sort(table.indexes.begin(), table.indexes.end(), by_name);
      read.names.insert(table.name.schema + "." + table.name.name);
      // All constraints, then all indexes, as the rows were read.
      std::sort(draft.constraint_statements.begin(), draft.constraint_statements.end());
      for (const auto& [name, text] : draft.constraint_statements) script_ += text;
      std::sort(draft.index_statements.begin(), draft.index_statements.end());
      for (auto& [name, text] : draft.index_statements) index_script += text;
      if (draft.problem.empty()) {
        session_.add_table(std::move(table));
      } else {
        const std::string hint = draft.skippable ? "pass --skip-unsupported to skip such tables with a warning" : "";
        session_.reject(table.name, Diagnostic{where_, "table " + to_string(table.name) + ": " + draft.problem, hint, {}},
                        draft.skippable);
      }
    }
    read.script = std::move(script_) + index_script;
    read.invalid_indexes = std::move(invalid_indexes_);
    read.not_enforced = std::move(not_enforced_);
    return read;
  }

  Draft* find(std::uint32_t oid) {
    auto it = by_oid_.find(oid);
    return it == by_oid_.end() ? nullptr : it->second;
  }

  Session& session_;
  const InspectOptions& options_;
  // Only tables and foreign keys carry where they came from: warnings name
  // them. The loader drops positions of what it inspected anyway.
  const SourceRange where_;
  FragmentBatch batch_;
  std::vector<std::unique_ptr<Draft>> drafts_;
  std::unordered_map<std::uint32_t, Draft*> by_oid_;  // nullptr: excluded
  std::string script_;
  std::vector<std::pair<QualifiedName, std::string>> invalid_indexes_;
  std::vector<std::pair<QualifiedName, std::string>> not_enforced_;
};

TableReader::TableReader(Session& session, const InspectOptions& options, const std::string& source_name)
    : state_(std::make_unique<State>(session, options, source_name)) {}
TableReader::~TableReader() = default;
void TableReader::columns(const db::Rows& rows) { state_->columns(rows); }
void TableReader::constraints(const db::Rows& rows) { state_->constraints(rows); }
void TableReader::parents(const db::Rows& rows) { state_->parents(rows); }
void TableReader::indexes(const db::Rows& rows) { state_->indexes(rows); }
TablesRead TableReader::finish() { return state_->finish(); }

}  // namespace schemac::pg
