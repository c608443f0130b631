#include "parser/sqlite/parse_sqlite.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "model/ascii_case.hpp"
#include "model/rename_hints.hpp"
#include "parser/sqlite/expression_text.hpp"
#include "parser/sqlite/grammar.hpp"

namespace schemac::sqlite {
namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar;

// SQLite compares names without regard to (ASCII) case.
bool same_name(std::string_view a, std::string_view b) { return ascii_lower(a) == ascii_lower(b); }

std::string key_of(const QualifiedName& name) { return name.schema + '\0' + ascii_lower(name.name); }

// Objects by folded name (SQLite's names ignore case), so that no statement
// scans the schema: at 10,000 tables that scan made parsing quadratic.
struct Names {
  std::unordered_map<std::string, std::size_t> tables;  // key_of -> position in schema.tables
  std::unordered_set<std::string> other_relations;      // views and virtual tables (key_of)
  std::unordered_set<std::string> indexes, triggers;    // folded names

  void index_tables(const Schema& schema) {
    tables.clear();
    for (std::size_t i = 0; i < schema.tables.size(); ++i) tables[key_of(schema.tables[i].name)] = i;
  }
};

// Errors carry the byte offset they are at; positions come from the LineIndex.
struct Failure {
  std::size_t offset;
  std::string message;
};

// What the statements build, and the parts of the statement being read.
struct Builder {
  Builder(const ParseOptions& o, std::string_view t, const LineIndex& l, Schema& s, std::vector<Diagnostic>& w, Names& n)
      : options(o), text(t), lines(l), schema(s), warnings(w), names(n) {}

  const ParseOptions& options;
  std::string_view text;  // of the file being read
  const LineIndex& lines;
  Schema& schema;
  std::vector<Diagnostic>& warnings;
  Names& names;

  std::size_t statement_offset = 0;
  std::size_t table_name_offset = 0;  // of CREATE TABLE's name
  std::string schema_part, name_part;  // of the last qualified name
  Table table;
  bool if_not_exists = false, if_exists = false;
  bool temporary = false;  // CREATE TEMP TABLE: in the temp schema
  std::string constraint_name;
  std::vector<std::string> keys;  // of a table's PRIMARY KEY / UNIQUE, or of an index
  bool key_descending = false, autoincrement = false;
  OnConflict conflict = OnConflict::Abort;  // the last ON CONFLICT resolution read, for the constraint it belongs to
  ForeignKey fk;
  std::vector<std::string> fk_columns;  // FOREIGN KEY (...) of a table constraint
  FkAction action = FkAction::NoAction;
  std::optional<Expr> check, generated;
  bool generated_virtual = true;
  Index index;
  View view;
  Trigger trigger;
  VirtualTable virtual_table;

  // Folded names of `table`'s columns, filled on the first column a
  // statement adds: a table of n columns is read in time linear in n.
  std::unordered_set<std::string> column_keys;
  bool column_keys_filled = false;
  // The column whose trailing rename hint is not read yet: its text runs to
  // the end of its line or to the next column's name, whichever comes first.
  std::optional<std::size_t> hint_pending_offset;

  Column& column() { return table.columns.back(); }

  void add_column_name(std::size_t offset, std::string name) {
    if (!column_keys_filled) {
      for (const Column& c : table.columns) column_keys.insert(ascii_lower(c.name));
      column_keys_filled = true;
    }
    if (!column_keys.insert(ascii_lower(name)).second) throw Failure{offset, "duplicate column name: " + name};
    read_pending_hint(offset);
    Column added;
    added.name = std::move(name);
    table.columns.push_back(std::move(added));
    hint_pending_offset = offset;
  }

  void read_pending_hint(std::size_t until = std::string_view::npos) {
    if (!hint_pending_offset || table.columns.empty()) return;
    column().renamed_from = renamed_from_in(rest_of_line(text, *hint_pending_offset, until));
    hint_pending_offset.reset();
  }

  // A statement kind not modelled yet: an error, or with --skip-unsupported a warning.
  void unsupported(std::size_t offset, const std::string& what);

  QualifiedName take_name() {
    QualifiedName name{schema_part.empty() ? kMainSchema : ascii_lower(schema_part), name_part};
    schema_part.clear(), name_part.clear();
    return name;
  }

  // A column named in a key, spelled as declared (SQLite ignores case), or nullptr.
  static const Column* declared(const Table& table, std::string_view name) {
    for (const Column& c : table.columns)
      if (same_name(c.name, name)) return &c;
    return nullptr;
  }

  // Tables, views and virtual tables share one name space.
  bool relation_exists(const QualifiedName& name) {
    return names.tables.contains(key_of(name)) || names.other_relations.contains(key_of(name));
  }

  Table* find_table(const QualifiedName& name) {
    auto it = names.tables.find(key_of(name));
    return it == names.tables.end() ? nullptr : &schema.tables[it->second];
  }

  void reset_statement() {
    table = Table{};
    if_not_exists = if_exists = temporary = false;
    constraint_name.clear();
    keys.clear();
    fk_columns.clear();
    index = Index{};
    view = View{};
    trigger = Trigger{};
    virtual_table = VirtualTable{};
    column_keys.clear();
    column_keys_filled = false;
    hint_pending_offset.reset();
  }
};

void Builder::unsupported(std::size_t offset, const std::string& what) {
  if (!options.skip_unsupported) throw Failure{offset, what + " is not supported yet"};
  warnings.push_back(lines.diagnose(offset, what + " is not supported yet"));
}

template <class Input>
std::size_t offset_of(const Input& in) {
  return in.iterator().byte;
}

template <class Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<g::statement_start> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    b.reset_statement();
    b.statement_offset = offset_of(in);
  }
};

template <>
struct action<g::schema_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.schema_part = unquoted(in.string_view()); }
};

template <>
struct action<g::object_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.name_part = unquoted(in.string_view()); }
};

template <>
struct action<g::temporary> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.temporary = true; }
};

template <>
struct action<g::if_not_exists> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.if_not_exists = true; }
};

template <>
struct action<g::if_exists> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.if_exists = true; }
};

template <>
struct action<g::table_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    b.table_name_offset = offset_of(in);
    if (b.temporary && b.schema_part.empty()) b.schema_part = "temp";
    b.table.name = b.take_name();
    if (b.table.name.schema != kMainSchema && b.table.name.schema != "temp")
      throw Failure{offset_of(in), "unknown database " + b.table.name.schema};
  }
};

template <>
struct action<g::create_table_as> {
  template <class Input>
  static void apply(const Input& in, Builder&) {
    throw Failure{offset_of(in), "CREATE TABLE ... AS SELECT is not supported: write the table's columns"};
  }
};

template <>
struct action<g::column_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    b.add_column_name(offset_of(in), unquoted(in.string_view()));
  }
};

// The declared type, as SQLite keeps it but in one spelling: words upper
// case, one space apart, the size without spaces ("VARCHAR(20)", "DECIMAL(10,2)").
template <>
struct action<g::type_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    std::string out;
    bool space = false;
    for (char c : in.string_view()) {
      if (std::isspace(static_cast<unsigned char>(c))) {
        space = true;
        continue;
      }
      if (space && !out.empty() && c != '(' && c != ')' && c != ',' && out.back() != '(' && out.back() != ',') out += ' ';
      space = false;
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    b.column().type = std::move(out);
  }
};

template <>
struct action<g::constraint_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.constraint_name = unquoted(in.string_view()); }
};

template <>
struct action<g::pk_descending> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.key_descending = true; }
};

template <>
struct action<g::autoincrement> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.autoincrement = true; }
};

template <>
struct action<g::conflict_resolution> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    static constexpr std::pair<std::string_view, OnConflict> kResolutions[] = {
        {"ROLLBACK", OnConflict::Rollback}, {"ABORT", OnConflict::Abort}, {"FAIL", OnConflict::Fail},
        {"IGNORE", OnConflict::Ignore},     {"REPLACE", OnConflict::Replace}};
    const std::string resolution = ascii_upper(in.string_view());
    const auto it = std::find_if(std::begin(kResolutions), std::end(kResolutions), [&](const auto& r) { return r.first == resolution; });
    if (it == std::end(kResolutions)) throw Failure{offset_of(in), "expected ROLLBACK, ABORT, FAIL, IGNORE or REPLACE"};
    b.conflict = it->second;
  }
};

void set_primary_key(Builder& b, std::size_t offset, std::vector<std::string> columns) {
  if (b.table.primary_key) throw Failure{offset, "table \"" + b.table.name.name + "\" has more than one primary key"};
  PrimaryKey pk;
  pk.name = b.constraint_name;
  pk.columns = std::move(columns);
  pk.autoincrement = b.autoincrement;
  pk.descending = b.key_descending;
  pk.on_conflict = std::exchange(b.conflict, OnConflict::Abort);
  b.table.primary_key = std::move(pk);
  b.autoincrement = b.key_descending = false;
}

template <>
struct action<g::column_primary_key> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    set_primary_key(b, offset_of(in), {b.column().name});
    b.constraint_name.clear();
  }
};

template <>
struct action<g::not_null> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    b.column().not_null = true;
    b.column().not_null_on_conflict = std::exchange(b.conflict, OnConflict::Abort);
  }
};

template <>
struct action<g::column_unique> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    UniqueConstraint unique;
    unique.name = b.constraint_name;
    unique.columns = {b.column().name};
    unique.on_conflict = std::exchange(b.conflict, OnConflict::Abort);
    b.table.uniques.push_back(std::move(unique));
  }
};

template <>
struct action<g::check_expression> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.check = canonical_expression(in.string_view()); }
};

// A column's CHECK is the table's: SQLite does not tell them apart.
template <>
struct action<g::check_clause> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    CheckConstraint check;
    check.name = b.constraint_name;
    check.expr = std::move(*b.check);
    b.table.checks.push_back(std::move(check));
  }
};

template <>
struct action<g::default_value> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.column().default_value = canonical_expression(in.string_view()); }
};

template <>
struct action<g::collation_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.column().collation = ascii_upper(unquoted(in.string_view())); }
};

template <>
struct action<g::referenced_table> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    b.fk = ForeignKey{};
    b.fk.name = b.constraint_name;
    b.fk.ref_table = QualifiedName{kMainSchema, unquoted(in.string_view())};
  }
};

template <>
struct action<g::referenced_column> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.fk.ref_columns.push_back(unquoted(in.string_view())); }
};

template <>
struct action<g::fk_set_null> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.action = FkAction::SetNull; }
};
template <>
struct action<g::fk_set_default> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.action = FkAction::SetDefault; }
};
template <>
struct action<g::fk_cascade> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.action = FkAction::Cascade; }
};
template <>
struct action<g::fk_restrict> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.action = FkAction::Restrict; }
};
template <>
struct action<g::fk_no_action> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.action = FkAction::NoAction; }
};
template <>
struct action<g::fk_on_delete> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.fk.on_delete = b.action; }
};
template <>
struct action<g::fk_on_update> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.fk.on_update = b.action; }
};
template <>
struct action<g::fk_deferrable> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.fk.deferral.deferrable = true; }
};
template <>
struct action<g::fk_initially_deferred> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.fk.deferral.initially_deferred = true; }
};
template <>
struct action<g::fk_column> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.fk_columns.push_back(unquoted(in.string_view())); }
};

// After its parts: on a column, the key is that column; in FOREIGN KEY (...), those columns.
template <>
struct action<g::references_clause> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    b.fk.columns = b.fk_columns.empty() ? std::vector<std::string>{b.column().name} : b.fk_columns;
    // NOT DEFERRABLE INITIALLY DEFERRED is not deferrable.
    if (!b.fk.deferral.deferrable) b.fk.deferral.initially_deferred = false;
    b.table.foreign_keys.push_back(std::move(b.fk));
    b.fk = ForeignKey{};
    b.fk_columns.clear();
  }
};

template <>
struct action<g::generated_expression> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.generated = canonical_expression(in.string_view()); }
};
template <>
struct action<g::generated_stored> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.generated_virtual = false; }
};
template <>
struct action<g::generated_clause> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    b.column().generated = std::move(*b.generated);
    b.column().virtual_generated = b.generated_virtual;
    b.generated_virtual = true;
  }
};

template <>
struct action<g::column_constraint> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.constraint_name.clear(); }
};
template <>
struct action<g::table_constraint> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.constraint_name.clear(); }
};

// A key column of PRIMARY KEY (...) / UNIQUE (...): a name, maybe with COLLATE or ASC/DESC.
template <>
struct action<g::key_column_text> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    const std::string_view text = in.string_view();
    const std::size_t end = text.find_first_of(" \t\r\n");
    std::string name = unquoted(text.substr(0, end));
    const std::string rest = ascii_upper(end == std::string_view::npos ? "" : text.substr(end));
    if (rest.find("DESC") != std::string::npos) b.key_descending = true;
    if (rest.find("COLLATE") != std::string::npos)
      throw Failure{offset_of(in), "COLLATE in a key column list is not supported yet"};
    b.keys.push_back(std::move(name));
  }
};

template <>
struct action<g::table_primary_key> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    set_primary_key(b, offset_of(in), std::move(b.keys));
    b.keys.clear();
  }
};

template <>
struct action<g::table_unique> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    UniqueConstraint unique;
    unique.name = b.constraint_name;
    unique.on_conflict = std::exchange(b.conflict, OnConflict::Abort);
    unique.columns = std::move(b.keys);
    b.keys.clear();
    b.table.uniques.push_back(std::move(unique));
  }
};

template <>
struct action<g::without_rowid> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.table.without_rowid = true; }
};
template <>
struct action<g::strict> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.table.strict = true; }
};

// SQLite's default SQLITE_MAX_COLUMN: CREATE TABLE and ALTER TABLE ADD
// COLUMN refuse a table of more columns ("too many columns on t").
void check_column_count(const Table& table, std::size_t offset) {
  constexpr std::size_t kMaxColumns = 2000;
  if (table.columns.size() > kMaxColumns)
    throw Failure{offset, "too many columns on " + table.name.name + " (" + std::to_string(table.columns.size()) +
                              "; SQLite allows at most 2000)"};
}

template <>
struct action<g::create_table> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    b.read_pending_hint();
    check_column_count(b.table, b.statement_offset);
    Table& table = b.table;
    auto resolve = [&](std::vector<std::string>& keys) {
      for (std::string& key : keys) {
        const Column* column = Builder::declared(table, key);
        if (!column) throw Failure{b.statement_offset, "no such column: " + key};
        key = column->name;
      }
    };
    if (table.primary_key) resolve(table.primary_key->columns);
    for (UniqueConstraint& unique : table.uniques) resolve(unique.columns);
    for (ForeignKey& fk : table.foreign_keys) resolve(fk.columns);
    if (b.relation_exists(table.name)) {
      if (b.if_not_exists) return;
      throw Failure{b.statement_offset, "table " + table.name.name + " already exists"};
    }
    table.where = b.lines.position(b.statement_offset);
    table.renamed_from = renamed_from_in(comments_before(b.text, b.statement_offset));
    if (table.renamed_from.empty() && b.table_name_offset > b.statement_offset)
      table.renamed_from = renamed_from_in(b.text.substr(b.statement_offset, b.table_name_offset - b.statement_offset));
    b.names.tables[key_of(table.name)] = b.schema.tables.size();
    b.schema.tables.push_back(std::move(table));
  }
};

template <>
struct action<g::unique_index> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.index.unique = true; }
};

template <>
struct action<g::index_name> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.index.name = b.take_name().name; }
};

template <>
struct action<g::index_table> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    b.table.name = QualifiedName{kMainSchema, unquoted(in.string_view())};
    if (!b.find_table(b.table.name)) throw Failure{offset_of(in), "no such table: " + b.table.name.name};
  }
};

// An index key: a column or an expression, then maybe COLLATE name and ASC / DESC.
template <>
struct action<g::index_key_text> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    std::string text(in.string_view());
    IndexKey key;
    auto strip_word = [&](std::string_view word) {
      std::string folded = ascii_upper(text);
      while (!folded.empty() && std::isspace(static_cast<unsigned char>(folded.back()))) folded.pop_back(), text.pop_back();
      if (folded.size() > word.size() && folded.ends_with(word) &&
          std::isspace(static_cast<unsigned char>(folded[folded.size() - word.size() - 1]))) {
        text.resize(text.size() - word.size());
        return true;
      }
      return false;
    };
    if (strip_word("DESC")) key.descending = true;
    else strip_word("ASC");
    const std::string folded = ascii_upper(text);
    if (const auto at = folded.rfind(" COLLATE "); at != std::string::npos) {
      key.collation = ascii_upper(unquoted(std::string_view(text).substr(at + 9)));
      while (!key.collation.empty() && std::isspace(static_cast<unsigned char>(key.collation.back()))) key.collation.pop_back();
      text.resize(at);
    }
    const Expr expression = canonical_expression(text);
    if (expression.atomic && !expression.text.empty() && expression.text.front() != '\'' &&
        !std::isdigit(static_cast<unsigned char>(expression.text.front())))
      key.column = unquoted(expression.text);
    else
      key.expression = expression;
    b.index.keys.push_back(std::move(key));
  }
};

template <>
struct action<g::index_predicate> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.index.predicate = canonical_expression(in.string_view()); }
};

template <>
struct action<g::create_index> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    Table* table = b.find_table(b.table.name);
    if (b.names.indexes.contains(ascii_lower(b.index.name))) {
      if (b.if_not_exists) return;
      throw Failure{b.statement_offset, "index " + b.index.name + " already exists"};
    }
    for (IndexKey& key : b.index.keys) {
      if (key.column.empty()) continue;
      const Column* column = Builder::declared(*table, key.column);
      if (!column) throw Failure{b.statement_offset, "no such column: " + key.column};
      key.column = column->name;
    }
    b.index.where = b.lines.position(b.statement_offset);
    b.names.indexes.insert(ascii_lower(b.index.name));
    table->indexes.push_back(std::move(b.index));
  }
};

template <>
struct action<g::drop_table> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    auto& tables = b.schema.tables;
    const auto it = std::find_if(tables.begin(), tables.end(), [&](const Table& t) {
      return t.name.schema == b.table.name.schema && same_name(t.name.name, b.table.name.name);
    });
    if (it == tables.end()) {
      if (b.if_exists) return;
      throw Failure{b.statement_offset, "no such table: " + b.table.name.name};
    }
    for (const Index& index : it->indexes) b.names.indexes.erase(ascii_lower(index.name));
    tables.erase(it);
    b.names.index_tables(b.schema);
  }
};

template <>
struct action<g::drop_index> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    if (b.names.indexes.erase(ascii_lower(b.index.name)) > 0)
      for (Table& table : b.schema.tables)
        if (std::erase_if(table.indexes, [&](const Index& i) { return same_name(i.name, b.index.name); }) > 0) return;
    if (!b.if_exists) throw Failure{b.statement_offset, "no such index: " + b.index.name};
  }
};

template <>
struct action<g::view_name> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.view.name = b.take_name(); }
};
template <>
struct action<g::view_column> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.view.columns.push_back(unquoted(in.string_view())); }
};
template <>
struct action<g::view_query> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    b.view.query = canonical_expression(in.string_view()).text;
    for (const std::string& name : relations_read(in.string_view())) b.view.reads.push_back(QualifiedName{kMainSchema, name});
  }
};
template <>
struct action<g::create_view> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    if (b.relation_exists(b.view.name)) {
      if (b.if_not_exists) return;
      throw Failure{b.statement_offset, "view " + b.view.name.name + " already exists"};
    }
    b.view.where = b.lines.position(b.statement_offset);
    b.names.other_relations.insert(key_of(b.view.name));
    b.schema.views.push_back(std::move(b.view));
  }
};

template <>
struct action<g::trigger_name> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.trigger.name = b.take_name().name; }
};
template <>
struct action<g::trigger_before> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.trigger.timing = Trigger::Timing::Before; }
};
template <>
struct action<g::trigger_instead_of> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.trigger.timing = Trigger::Timing::InsteadOf; }
};
template <>
struct action<g::trigger_on_delete> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.trigger.on_delete = true; }
};
template <>
struct action<g::trigger_on_insert> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.trigger.on_insert = true; }
};
template <>
struct action<g::trigger_on_update> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.trigger.on_update = true; }
};
template <>
struct action<g::trigger_update_column> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.trigger.update_columns.push_back(unquoted(in.string_view())); }
};
template <>
struct action<g::trigger_table> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.trigger.table = QualifiedName{kMainSchema, unquoted(in.string_view())}; }
};
template <>
struct action<g::for_each_row> {
  template <class Input>
  static void apply(const Input&, Builder&) {}  // SQLite's triggers are all FOR EACH ROW
};
template <>
struct action<g::trigger_when> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.trigger.when = canonical_expression(in.string_view()); }
};
template <>
struct action<g::trigger_body> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    b.trigger.body = canonical_expression(in.string_view()).text;
    for (const std::string& name : relations_read(in.string_view())) b.trigger.reads.push_back(QualifiedName{kMainSchema, name});
  }
};
template <>
struct action<g::create_trigger> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    Trigger& trigger = b.trigger;
    trigger.for_each_row = true;
    const auto same = [&](const auto& o) { return same_name(o.name.name, trigger.table.name); };
    const Table* table = b.find_table(trigger.table);
    const auto view = std::find_if(b.schema.views.begin(), b.schema.views.end(), same);
    if (!table && view == b.schema.views.end()) throw Failure{b.statement_offset, "no such table: " + trigger.table.name};
    trigger.table = table ? table->name : view->name;  // spelled as declared
    if (b.names.triggers.contains(ascii_lower(trigger.name))) {
      if (b.if_not_exists) return;
      throw Failure{b.statement_offset, "trigger " + trigger.name + " already exists"};
    }
    b.names.triggers.insert(ascii_lower(trigger.name));
    trigger.where = b.lines.position(b.statement_offset);
    b.schema.triggers.push_back(std::move(trigger));
  }
};

template <>
struct action<g::virtual_table_name> {
  template <class Input>
  static void apply(const Input&, Builder& b) { b.virtual_table.name = b.take_name(); }
};
template <>
struct action<g::module_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.virtual_table.module = ascii_lower(unquoted(in.string_view())); }
};
template <>
struct action<g::module_argument> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.virtual_table.arguments.push_back(canonical_expression(in.string_view()).text); }
};
template <>
struct action<g::create_virtual_table> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    if (b.relation_exists(b.virtual_table.name)) {
      if (b.if_not_exists) return;
      throw Failure{b.statement_offset, "table " + b.virtual_table.name.name + " already exists"};
    }
    b.virtual_table.where = b.lines.position(b.statement_offset);
    b.names.other_relations.insert(key_of(b.virtual_table.name));
    b.schema.virtual_tables.push_back(std::move(b.virtual_table));
  }
};

// ALTER TABLE works on a copy of the table, put back when the statement is read.
template <>
struct action<g::altered_table> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    const QualifiedName name = b.take_name();
    const Table* table = b.find_table(name);
    if (!table) throw Failure{offset_of(in), "no such table: " + name.name};
    b.table = *table;
  }
};

template <>
struct action<g::new_table_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    const QualifiedName renamed{b.table.name.schema, unquoted(in.string_view())};
    if (b.relation_exists(renamed)) throw Failure{offset_of(in), "there is already another table or index with this name: " + renamed.name};
    // References follow the table, as in SQLite (legacy_alter_table off).
    for (Table& other : b.schema.tables)
      for (ForeignKey& fk : other.foreign_keys)
        if (same_name(fk.ref_table.name, b.table.name.name)) fk.ref_table = renamed;
    for (Trigger& trigger : b.schema.triggers)
      if (same_name(trigger.table.name, b.table.name.name)) trigger.table = renamed;
    b.name_part = b.table.name.name;  // the table to replace
    b.table.name = renamed;
  }
};

template <>
struct action<g::renamed_column> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    const Column* column = Builder::declared(b.table, unquoted(in.string_view()));
    if (!column) throw Failure{offset_of(in), "no such column: \"" + unquoted(in.string_view()) + "\""};
    b.name_part = column->name;
  }
};

template <>
struct action<g::new_column_name> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    const std::string from = b.name_part, to = unquoted(in.string_view());
    if (Builder::declared(b.table, to)) throw Failure{offset_of(in), "duplicate column name: " + to};
    auto rename = [&](std::vector<std::string>& names) { std::replace(names.begin(), names.end(), from, to); };
    b.table.find_column(from)->name = to;
    if (b.table.primary_key) rename(b.table.primary_key->columns);
    for (UniqueConstraint& unique : b.table.uniques) rename(unique.columns);
    for (ForeignKey& fk : b.table.foreign_keys) rename(fk.columns);
    for (Index& index : b.table.indexes)
      for (IndexKey& key : index.keys)
        if (key.column == from) key.column = to;
    for (Table& other : b.schema.tables)
      for (ForeignKey& fk : other.foreign_keys)
        if (same_name(fk.ref_table.name, b.table.name.name)) rename(fk.ref_columns);
    b.name_part.clear();
  }
};

template <>
struct action<g::dropped_column> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    const Column* column = Builder::declared(b.table, unquoted(in.string_view()));
    if (!column) throw Failure{offset_of(in), "no such column: \"" + unquoted(in.string_view()) + "\""};
    const std::string name = column->name;
    auto uses = [&](const std::vector<std::string>& names) { return std::find(names.begin(), names.end(), name) != names.end(); };
    const bool keyed = (b.table.primary_key && uses(b.table.primary_key->columns)) ||
                       std::any_of(b.table.uniques.begin(), b.table.uniques.end(), [&](const auto& u) { return uses(u.columns); }) ||
                       std::any_of(b.table.foreign_keys.begin(), b.table.foreign_keys.end(), [&](const auto& f) { return uses(f.columns); }) ||
                       std::any_of(b.table.indexes.begin(), b.table.indexes.end(), [&](const Index& i) {
                         return std::any_of(i.keys.begin(), i.keys.end(), [&](const IndexKey& k) { return k.column == name; });
                       });
    if (keyed) throw Failure{offset_of(in), "cannot drop column \"" + name + "\": it is in a key, a foreign key or an index"};
    std::erase_if(b.table.columns, [&](const Column& c) { return c.name == name; });
  }
};

template <>
struct action<g::alter_table> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    b.read_pending_hint();
    check_column_count(b.table, b.statement_offset);
    const std::string original = b.name_part.empty() ? b.table.name.name : b.name_part;
    for (Table& table : b.schema.tables)
      if (same_name(table.name.name, original)) table = std::move(b.table);
    b.names.index_tables(b.schema);
  }
};

template <>
struct action<g::drop_view> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    const auto gone = [&](const View& v) { return same_name(v.name.name, b.view.name.name); };
    if (std::erase_if(b.schema.views, gone) == 0 && !b.if_exists) throw Failure{b.statement_offset, "no such view: " + b.view.name.name};
    b.names.other_relations.erase(key_of(b.view.name));
  }
};

template <>
struct action<g::drop_trigger> {
  template <class Input>
  static void apply(const Input&, Builder& b) {
    const auto gone = [&](const Trigger& t) { return same_name(t.name, b.trigger.name); };
    if (std::erase_if(b.schema.triggers, gone) == 0 && !b.if_exists)
      throw Failure{b.statement_offset, "no such trigger: " + b.trigger.name};
    b.names.triggers.erase(ascii_lower(b.trigger.name));
  }
};

std::string statement_title(std::string_view text) {
  std::string title;
  std::size_t words = 0, i = 0;
  while (i < text.size() && words < 3) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t end = i;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '_')) ++end;
    if (end == i) break;
    const std::string word = ascii_upper(text.substr(i, end - i));
    if (words > 0 && word != "TABLE" && word != "VIEW" && word != "TRIGGER" && word != "INDEX" && word != "VIRTUAL" &&
        word != "TEMP" && word != "TEMPORARY" && word != "UNIQUE")
      break;
    title += (title.empty() ? "" : " ") + word;
    ++words, i = end;
  }
  return title;
}

// INSERT INTO ft (ft) VALUES ('rebuild'): a command to an FTS index, which
// schemac itself writes after making one over a table of its own.
bool fts_command(std::string_view statement, const Builder& b) {
  static const std::regex command(R"re(^\s*INSERT\s+INTO\s+"?(\w+)"?\s*\(\s*"?(\w+)"?\s*\)\s*VALUES\s*\(\s*'(rebuild|optimize)'\s*\)\s*;?\s*$)re",
                                  std::regex::icase);
  std::cmatch match;
  const std::string text(statement);
  if (!std::regex_match(text.c_str(), match, command)) return false;
  return same_name(match[1].str(), match[2].str()) &&
         b.names.other_relations.contains(key_of(QualifiedName{kMainSchema, match[1].str()}));
}

// Transaction control and settings (sqlite3's .dump writes them) change no
// schema; rows are data; the rest is not modelled yet.
template <>
struct action<g::other_statement> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    const std::string title = statement_title(in.string_view());
    const std::string first = title.substr(0, title.find(' '));
    if (first == "BEGIN" || first == "COMMIT" || first == "END" || first == "PRAGMA" || first == "ROLLBACK") return;
    if (first == "INSERT" && fts_command(in.string_view(), b)) return;
    if (first == "INSERT" || first == "UPDATE" || first == "DELETE" || first == "REPLACE") {
      b.warnings.push_back(b.lines.diagnose(offset_of(in), first + " ignored: schemac compares schemas, not the rows in them"));
      return;
    }
    b.unsupported(offset_of(in), title.empty() ? std::string("statement") : title);
  }
};

// What was expected where input stopped matching, in words.
template <class Rule>
constexpr const char* expected = nullptr;
template <> constexpr const char* expected<g::statement_end> = "';' or the end of the statement";
template <> constexpr const char* expected<pegtl::eof> = "a statement";
template <> constexpr const char* expected<g::table_name> = "a table name";
template <> constexpr const char* expected<g::index_name> = "an index name";
template <> constexpr const char* expected<g::index_table> = "the table name";
template <> constexpr const char* expected<g::k_on> = "ON";
template <> constexpr const char* expected<g::k_key> = "KEY";
template <> constexpr const char* expected<g::k_null> = "NULL";
template <> constexpr const char* expected<g::k_not> = "NOT";
template <> constexpr const char* expected<g::k_exists> = "EXISTS";
template <> constexpr const char* expected<g::k_rowid> = "ROWID";
template <> constexpr const char* expected<g::k_always> = "ALWAYS";
template <> constexpr const char* expected<g::referenced_table> = "the referenced table's name";
template <> constexpr const char* expected<g::fk_action> = "SET NULL, SET DEFAULT, CASCADE, RESTRICT or NO ACTION";
template <> constexpr const char* expected<g::column_constraint_body> =
    "a column constraint (PRIMARY KEY, NOT NULL, UNIQUE, CHECK, DEFAULT, COLLATE, REFERENCES, GENERATED)";
template <> constexpr const char* expected<g::table_constraint_body> = "PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY";
template <> constexpr const char* expected<g::default_value> = "a value: a literal, a signed number or (expression)";
template <> constexpr const char* expected<g::check_expression> = "'(' and an expression";
template <> constexpr const char* expected<g::generated_expression> = "'(' and an expression";
template <> constexpr const char* expected<g::collation_name> = "a collation name";
template <> constexpr const char* expected<g::constraint_name> = "a constraint name";
template <> constexpr const char* expected<g::key_columns> = "'(' and key columns";
template <> constexpr const char* expected<g::index_predicate> = "an expression";
template <> constexpr const char* expected<g::view_name> = "a view name";
template <> constexpr const char* expected<g::view_query> = "the view's query";
template <> constexpr const char* expected<g::k_as> = "AS";
template <> constexpr const char* expected<g::trigger_name> = "a trigger name";
template <> constexpr const char* expected<g::trigger_event> = "DELETE, INSERT or UPDATE";
template <> constexpr const char* expected<g::trigger_table> = "the table name";
template <> constexpr const char* expected<g::k_begin> = "BEGIN";
template <> constexpr const char* expected<g::trigger_end> = "END";
template <> constexpr const char* expected<g::virtual_table_name> = "a table name";
template <> constexpr const char* expected<g::module_name> = "a module name";
template <> constexpr const char* expected<pegtl::until<g::block_comment_end>> = "'*/' to end the comment";
template <> constexpr const char* expected<pegtl::one<'\''>> = "' to end the string";
template <> constexpr const char* expected<pegtl::one<'"'>> = "\" to end the quoted name";
template <> constexpr const char* expected<pegtl::one<'`'>> = "` to end the quoted name";
template <> constexpr const char* expected<pegtl::one<']'>> = "] to end the quoted name";
template <> constexpr const char* expected<pegtl::one<')'>> = "')'";

template <class Rule>
struct control : pegtl::normal<Rule> {
  template <class Input, class... States>
  [[noreturn]] static void raise(const Input& in, States&&...) {
    if constexpr (expected<Rule> != nullptr) {
      throw Failure{offset_of(in), std::string("expected ") + expected<Rule>};
    } else {
      // one<c>: the character; anything else: the rule's own name, in words.
      std::string name(pegtl::demangle<Rule>());
      if (const auto at = name.find("one<'"); at != std::string::npos && name.size() > at + 6)
        throw Failure{offset_of(in), std::string("expected '") + name[at + 5] + "'"};
      if (in.empty()) throw Failure{offset_of(in), "unexpected end of input"};
      name = name.substr(name.rfind("::") == std::string::npos ? 0 : name.rfind("::") + 2);
      std::replace(name.begin(), name.end(), '_', ' ');
      throw Failure{offset_of(in), "expected " + name};
    }
  }
};

// The grammar recurses into parentheses and CASE: input nested deeper than
// any schema is refused before parsing, with its position, rather than
// overflowing the stack.
constexpr int kMaxNesting = 256;

std::optional<Failure> too_deep(std::string_view text) {
  const auto is_word = [&](std::size_t at, std::string_view word) {
    const auto word_char = [&](std::size_t k) {
      return k < text.size() && (std::isalnum(static_cast<unsigned char>(text[k])) || text[k] == '_' || (text[k] & 0x80));
    };
    return ascii_upper(text.substr(at, word.size())) == word && !(at > 0 && word_char(at - 1)) && !word_char(at + word.size());
  };
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\'' || c == '"' || c == '`' || c == '[') {  // skip quoted text
      const char close = c == '[' ? ']' : c;
      const std::size_t end = text.find(close, i + 1);
      if (end == std::string_view::npos) return std::nullopt;  // the grammar reports it
      i = end;
    } else if (text.compare(i, 2, "--") == 0) {
      i = text.find('\n', i);
      if (i == std::string_view::npos) return std::nullopt;
    } else if (text.compare(i, 2, "/*") == 0) {
      i = text.find("*/", i + 2);
      if (i == std::string_view::npos) return std::nullopt;
      ++i;
    } else if (c == '(' || ((c == 'c' || c == 'C') && is_word(i, "CASE"))) {
      if (++depth > kMaxNesting) return Failure{i, "nested deeper than " + std::to_string(kMaxNesting) + " levels"};
    } else if (c == ')' || ((c == 'e' || c == 'E') && is_word(i, "END"))) {
      depth = std::max(0, depth - 1);
    }
  }
  return std::nullopt;
}

// What views and triggers read, spelled as the relations were declared (SQLite
// ignores case; the diff compares names exactly). A trigger also depends on
// its own table.
void resolve_relation_names(Schema& schema) {
  std::unordered_map<std::string, QualifiedName> declared;
  for (const Table& table : schema.tables) declared.emplace(key_of(table.name), table.name);
  for (const View& view : schema.views) declared.emplace(key_of(view.name), view.name);
  for (const VirtualTable& table : schema.virtual_tables) declared.emplace(key_of(table.name), table.name);
  auto resolve = [&](std::vector<QualifiedName>& reads) {
    for (QualifiedName& name : reads)
      if (auto it = declared.find(key_of(name)); it != declared.end()) name = it->second;
    std::sort(reads.begin(), reads.end());
    reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
  };
  for (View& view : schema.views) resolve(view.reads);
  for (Trigger& trigger : schema.triggers) {
    trigger.reads.push_back(trigger.table);
    resolve(trigger.reads);
  }
}

}  // namespace

Result<Parsed> parse_sqlite(const std::vector<SourceFile>& files, const ParseOptions& options) {
  Parsed parsed;
  std::vector<Diagnostic> errors;
  Names names;
  for (const SourceFile& file : files) {
    const LineIndex lines(file);
    if (auto deep = too_deep(file.text)) {
      errors.push_back(lines.diagnose(deep->offset, deep->message));
      continue;
    }
    Builder builder(options, file.text, lines, parsed.schema, parsed.warnings, names);
    pegtl::memory_input input(file.text.data(), file.text.size(), file.path);
    try {
      pegtl::parse<g::script, action, control>(input, builder);
    } catch (const Failure& failure) {
      errors.push_back(lines.diagnose(failure.offset, failure.message));
    } catch (const pegtl::parse_error& error) {
      errors.push_back(lines.diagnose(error.positions().empty() ? 0 : error.positions().front().byte, std::string(error.message())));
    }
  }
  if (!errors.empty()) return errors;
  resolve_relation_names(parsed.schema);
  // A foreign key names its parent and the parent's columns as they were
  // declared (SQLite ignores case); without columns it references the
  // parent's primary key.
  for (Table& table : parsed.schema.tables)
    for (ForeignKey& fk : table.foreign_keys) {
      auto parent = names.tables.find(key_of(fk.ref_table));
      if (parent == names.tables.end()) continue;
      const Table& referenced = parsed.schema.tables[parent->second];
      fk.ref_table = referenced.name;
      if (fk.ref_columns.empty() && referenced.primary_key) fk.ref_columns = referenced.primary_key->columns;
      for (std::string& column : fk.ref_columns)
        if (const Column* declared = Builder::declared(referenced, column)) column = declared->name;
    }
  return parsed;
}

}  // namespace schemac::sqlite
