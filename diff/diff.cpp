#include "diff/diff.hpp"

#include <algorithm>
#include <string_view>

#include "diff/additive_only.hpp"
#include "diff/align_names.hpp"
#include "diff/apply_renames.hpp"
#include "diff/differ.hpp"
#include "model/implicit_names.hpp"

namespace schemac {
namespace detail {
namespace {

// Extension versions are free text; the usual ones are dotted numbers, so
// runs of digits compare as numbers ("1.10" comes after "1.9").
bool version_before(std::string_view a, std::string_view b) {
  auto digits = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (digits(a[i]) && digits(b[j])) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && digits(a[ei])) ++ei;
      while (ej < b.size() && digits(b[ej])) ++ej;
      std::string_view x = a.substr(i, ei - i), y = b.substr(j, ej - j);
      while (x.size() > 1 && x.front() == '0') x.remove_prefix(1);
      while (y.size() > 1 && y.front() == '0') y.remove_prefix(1);
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
      i = ei, j = ej;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i, ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

}  // namespace

Differ::Differ(const Schema& from, const Schema& to, const DiffOptions& options, std::vector<Rename> renames)
    : from_(from),
      to_(to),
      rules_(options.table_rules),
      options_(options),
      renames_(std::move(renames)),
      from_tables_(index_by_name(from.tables)),
      to_tables_(index_by_name(to.tables)),
      from_sequences_(index_by_name(from.sequences)),
      to_sequences_(index_by_name(to.sequences)) {}

void Differ::emit(int phase, ChangeKind what, ObjectKey subject, SourceRange where, std::vector<Hazard> hazards,
                  std::size_t rank) {
  order_.push_back(Planned{phase, rank, planned_.size()});
  planned_.push_back(Change{std::move(what), std::move(subject), std::move(hazards), std::move(where), emit_after_commit_});
}

std::vector<Diagnostic> Differ::run() {
  function_fates();
  namespaces();
  renames();
  extensions();
  collations();
  text_search();
  enums();
  domains();
  range_types();
  composite_types();
  tables();  // before sequences: it decides which sequences serial columns imply
  virtual_tables();
  sequences();
  functions();
  operators();
  aggregates();
  views();
  triggers();
  event_triggers();
  policies();
  recreate_dependent_foreign_keys();
  owners();      // last: they need to know what is made again
  privileges();
  return std::move(problems_);
}

// Changes are large and many (every column of a new schema has its own):
// they are put in order where they are, and handed over without a copy.
ChangeSet Differ::changes() {
  std::sort(order_.begin(), order_.end(), [](const Planned& a, const Planned& b) {
    if (a.phase != b.phase) return a.phase < b.phase;
    if (a.rank != b.rank) return a.rank < b.rank;
    return a.sequence < b.sequence;
  });
  // Position i takes the change order_[i] names: follow each cycle of the permutation.
  std::vector<bool> placed(planned_.size(), false);
  for (std::size_t start = 0; start < planned_.size(); ++start) {
    if (placed[start]) continue;
    Change held = std::move(planned_[start]);
    std::size_t at = start;
    while (true) {
      placed[at] = true;
      const std::size_t source = order_[at].sequence;
      if (source == start) {
        planned_[at] = std::move(held);
        break;
      }
      planned_[at] = std::move(planned_[source]);
      at = source;
    }
  }
  ChangeSet set;
  set.changes = std::move(planned_);
  set.suggestions = std::move(suggestions_);
  return set;
}

void Differ::comment(const ObjectKey& target, const std::optional<std::string>& from, const std::optional<std::string>& to) {
  if (from != to) emit(kComments, SetComment{target, to}, target);
}

// The renames themselves (the schemas compared already have them made).
void Differ::renames() {
  for (const Rename& r : renames_) {
    if (r.kind == Rename::Kind::Table) {
      const QualifiedName renamed{r.table.schema, r.new_name};
      emit(kRenames, RenameTable{r.table, r.new_name}, {ObjectKind::Table, renamed, {}}, {},
           {Hazard{HazardKind::BackwardIncompatible, "renames table " + to_string(r.table) + " to " + r.new_name + ": code that uses the old name fails"}});
    } else {
      emit(kRenames, RenameColumn{r.table, r.old_name, r.new_name}, {ObjectKind::Column, r.table, r.new_name}, {},
           {Hazard{HazardKind::BackwardIncompatible, "renames column " + to_string(r.table) + "." + r.old_name + " to " + r.new_name +
                                                         ": code that uses the old name fails"}},
           1);
    }
  }
}

void Differ::namespaces() {
  auto find = [](const Schema& schema, const std::string& name) -> const Namespace* {
    auto it = std::find_if(schema.namespaces.begin(), schema.namespaces.end(), [&](const Namespace& n) { return n.name == name; });
    return it == schema.namespaces.end() ? nullptr : &*it;
  };
  std::vector<const Namespace*> sorted_to, sorted_from;
  for (const auto& n : to_.namespaces) sorted_to.push_back(&n);
  for (const auto& n : from_.namespaces) sorted_from.push_back(&n);
  auto by_name = [](const Namespace* a, const Namespace* b) { return a->name < b->name; };
  std::sort(sorted_to.begin(), sorted_to.end(), by_name);
  std::sort(sorted_from.begin(), sorted_from.end(), by_name);
  // A schema made outside the files on either side is nobody's to create or drop.
  for (const Namespace* ns : sorted_to) {
    const ObjectKey key{ObjectKind::Namespace, {ns->name, ns->name}, {}};
    const Namespace* old = find(from_, ns->name);
    if (ns->external || (old && old->external)) continue;
    if (!old) emit(kCreateNamespaces, CreateNamespace{*ns}, key, ns->where);
    comment(key, old ? old->comment : std::nullopt, ns->comment);
  }
  for (const Namespace* ns : sorted_from)
    if (!ns->external && !find(to_, ns->name)) emit(kDropNamespaces, DropNamespace{*ns}, {ObjectKind::Namespace, {ns->name, ns->name}, {}});
}

// Extensions are made in the order the desired state makes them and dropped
// in the reverse of the order the current state made them: an extension that
// requires another (earthdistance, cube) comes after it, and neither side
// knows the requirements, only that order.
void Differ::extensions() {
  std::map<std::string, std::size_t> from, to;  // name -> position
  for (std::size_t i = 0; i < from_.extensions.size(); ++i) from.emplace(from_.extensions[i].name, i);
  for (std::size_t i = 0; i < to_.extensions.size(); ++i) to.emplace(to_.extensions[i].name, i);
  for (std::size_t i = 0; i < to_.extensions.size(); ++i) {
    const Extension& extension = to_.extensions[i];
    const std::string& name = extension.name;
    const ObjectKey key{ObjectKind::Extension, {name, name}, {}};
    auto old = from.find(name);
    if (old == from.end()) {
      emit(kCreateExtensions, CreateExtension{extension}, key, extension.where, {}, i);
      continue;
    }
    // A version left to the default is whatever is installed.
    const Extension& installed = from_.extensions[old->second];
    const bool new_version = !extension.version.empty() && extension.version != installed.version;
    const bool older = new_version && version_before(extension.version, installed.version);
    if (installed.schema != extension.schema && !older)
      emit(kCreateExtensions, SetExtensionSchema{name, extension.schema}, key, extension.where, {}, i);
    if (!new_version) continue;
    if (!older) {
      emit(kCreateExtensions, UpdateExtension{name, extension.version}, key, extension.where,
           {Hazard{HazardKind::Irreversible, "updates extension " + name + " from " + installed.version + " to " + extension.version +
                                                 ": no update leads back (going back drops and re-creates it)"}},
           i);
      continue;
    }
    // Extensions ship update scripts forward only: an older version is
    // reached by dropping the extension and creating it at that version.
    emit(kCreateExtensions, DropExtension{installed}, key, {},
         {Hazard{HazardKind::DataLoss, "drops extension " + name + " to create it again at version " + extension.version +
                                           " (extensions update forward only: nothing leads from " + installed.version +
                                           " back): what it defines goes with it, and the migration fails while other objects "
                                           "(columns of its types, indexes using its operators) depend on it"},
          Hazard{HazardKind::Irreversible, "extension " + name + " goes back from " + installed.version + " to " + extension.version +
                                               " by being dropped and created again"}},
         i);
    Extension recreated = extension;
    emit(kCreateExtensions, CreateExtension{std::move(recreated)}, key, extension.where, {}, i);
  }
  for (std::size_t i = 0; i < from_.extensions.size(); ++i) {
    const Extension& extension = from_.extensions[i];
    if (!to.contains(extension.name))
      emit(kDropExtensions, DropExtension{extension}, {ObjectKind::Extension, {extension.name, extension.name}, {}}, {},
           {Hazard{HazardKind::DataLoss, "drops extension " + extension.name + " and everything it defines"}},
           from_.extensions.size() - i);
  }
}

void Differ::enums() {
  const auto from = index_by_name(from_.enums), to = index_by_name(to_.enums);
  for (const auto& [name, type] : to) {
    const ObjectKey key{ObjectKind::Enum, name, {}};
    const EnumType* old = lookup(from, name);
    if (!old) {
      emit(kCreateTypes, CreateEnum{*type}, key, type->where);
      comment(key, std::nullopt, type->comment);
      continue;
    }
    comment(key, old->comment, type->comment);
    if (old->labels == type->labels) continue;
    if (rules_ && !rules_->alters_enums_in_place()) {
      emit(kDropChangedTypes, DropEnum{*old}, key, {},
           {Hazard{HazardKind::BackwardIncompatible, "makes enum type " + to_string(name) + " again with other values"}});
      emit(kCreateTypes, CreateEnum{*type}, key, type->where);
      continue;
    }
    if (renamed_enum_values(*old, *type)) continue;
    // Values can be added in place; removing or reordering needs a rebuild.
    const auto& labels = type->labels;
    std::vector<std::string> kept;
    for (const auto& label : labels)
      if (std::find(old->labels.begin(), old->labels.end(), label) != old->labels.end()) kept.push_back(label);
    if (kept != old->labels) {
      rebuild_enum(*old, *type);
      continue;
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (std::find(old->labels.begin(), old->labels.end(), labels[i]) != old->labels.end()) continue;
      AddEnumValue add{name, labels[i], {}, false};
      if (i == 0) add.neighbor = labels[1];
      else if (i + 1 < labels.size()) add.neighbor = labels[i - 1], add.after = true;
      emit(kCreateTypes, std::move(add), key, type->where);
    }
  }
  for (const auto& [name, type] : from)
    if (!lookup(to, name)) emit(kDropTypes, DropEnum{*type}, {ObjectKind::Enum, name, {}}, {}, {}, 3);  // after the domains and composite types over it
}

// Values replaced one for one where they stand (same count, every other value
// in place) are renamed: rows keep their value under its new name, where a
// rebuild would fail on them. Returns false when the change is not of that shape.
bool Differ::renamed_enum_values(const EnumType& from, const EnumType& to) {
  if (from.labels.size() != to.labels.size()) return false;
  const auto absent = [](const std::vector<std::string>& labels, const std::string& label) {
    return std::find(labels.begin(), labels.end(), label) == labels.end();
  };
  std::vector<RenameEnumValue> renames;
  for (std::size_t i = 0; i < to.labels.size(); ++i) {
    if (from.labels[i] == to.labels[i]) continue;
    if (!absent(from.labels, to.labels[i]) || !absent(to.labels, from.labels[i])) return false;  // moved, not renamed
    renames.push_back({to.name, from.labels[i], to.labels[i]});
  }
  for (RenameEnumValue& rename : renames) {
    const std::string reason = "renames value '" + rename.from + "' of enum type " + to_string(to.name) + " to '" + rename.to +
                               "': rows holding it now hold '" + rename.to + "'";
    emit(kCreateTypes, std::move(rename), {ObjectKind::Enum, to.name, {}}, to.where, {Hazard{HazardKind::BackwardIncompatible, reason}});
  }
  return true;
}

// Rename the old type away, create the new one under the real name, move
// every column over through text, drop the old type.
void Differ::rebuild_enum(const EnumType& from, const EnumType& to) {
  const ObjectKey key{ObjectKind::Enum, to.name, {}};
  const std::string old_name = truncate_identifier(to.name.name + "__schemac_old");
  std::vector<std::string> removed;
  for (const auto& label : from.labels)
    if (std::find(to.labels.begin(), to.labels.end(), label) == to.labels.end()) removed.push_back(label);
  std::string reason = "rebuilds enum type " + to_string(to.name);
  if (!removed.empty()) {
    reason += "; rows holding a removed value (";
    for (std::size_t i = 0; i < removed.size(); ++i) reason += (i ? ", '" : "'") + removed[i] + "'";
    reason += ") make the migration fail";
  }
  emit(kCreateTypes, RenameEnum{to.name, old_name}, key, to.where, {Hazard{HazardKind::Irreversible, reason}});
  emit(kCreateTypes, CreateEnum{to}, key, to.where);
  rebuilt_types_.insert(to.name);
  EnumType renamed = from;
  renamed.name.name = old_name;
  emit(kDropTypes, DropEnum{renamed}, key);
}

bool Differ::serial_sequence(const Table& table, const Column& column) const {
  // An unlogged table's serial makes an unlogged sequence (PostgreSQL 15),
  // and sequence persistence is not modelled: keep the sequence explicit.
  if (table.unlogged) return false;
  if (column.type != "integer" && column.type != "bigint" && column.type != "smallint") return false;
  if (!column.not_null || !column.default_value) return false;
  const QualifiedName name{table.name.schema, make_object_name(table.name.name, column.name, "seq")};
  const Sequence* sequence = lookup(to_sequences_, name);
  if (!sequence || !sequence->owned_by || *sequence->owned_by != SequenceOwner{table.name, column.name}) return false;
  const std::int64_t type_max = integer_range(column.type).max;
  const bool default_options = sequence->type == column.type && sequence->increment == 1 && sequence->min_value == 1 &&
                               sequence->max_value == type_max && sequence->start == 1 && sequence->cache == 1 &&
                               !sequence->cycle && !sequence->comment;
  if (!default_options) return false;
  // The default must be exactly what `serial` writes. Names that need quoting
  // never match, and such columns keep an explicit sequence: still correct.
  return column.default_value->text == "nextval('" + name.schema + "." + name.name + "'::regclass)";
}

void Differ::sequences() {
  auto owner_goes_away = [&](const std::optional<SequenceOwner>& owner) {
    return owner && dropped_columns_.contains({owner->table, owner->column});
  };
  // A sequence that belongs to the same column as before, under another name
  // (a serial column's table renamed), is renamed: its next value stays.
  std::map<QualifiedName, const Sequence*> renamed;  // new name -> the current sequence
  std::set<QualifiedName> renamed_away;
  for (const auto& [name, sequence] : to_sequences_) {
    if (lookup(from_sequences_, name) || !sequence->owned_by) continue;
    for (const auto& [old_name, old] : from_sequences_) {
      if (lookup(to_sequences_, old_name) || renamed_away.contains(old_name) || old_name.schema != name.schema) continue;
      if (old->owned_by != sequence->owned_by || !same_options(*old, *sequence)) continue;
      renamed.emplace(name, old);
      renamed_away.insert(old_name);
      emit(kRenames, RenameSequence{old_name, name.name}, {ObjectKind::Sequence, name, {}}, sequence->where, {}, 3);
      break;
    }
  }
  for (const auto& [name, sequence] : to_sequences_) {
    const ObjectKey key{ObjectKind::Sequence, name, {}};
    const Sequence* old = lookup(from_sequences_, name);
    if (auto it = renamed.find(name); it != renamed.end()) old = it->second;
    if (!old) {
      if (folded_sequences_.contains(name)) continue;
      Sequence created = *sequence;
      created.owned_by.reset();
      emit(kCreateSequences, CreateSequence{created}, key, sequence->where);
      if (sequence->owned_by) emit(kOwnSequences, SetSequenceOwner{name, sequence->owned_by}, key, sequence->where);
      comment(key, std::nullopt, sequence->comment);
      continue;
    }
    if (!same_options(*old, *sequence)) emit(kCreateSequences, AlterSequence{*old, *sequence}, key, sequence->where);
    if (old->owned_by != sequence->owned_by) {
      // Release the sequence before its old owner column is dropped, or it is dropped too.
      if (!sequence->owned_by || owner_goes_away(old->owned_by))
        emit(kReleaseSequences, SetSequenceOwner{name, std::nullopt}, key, sequence->where);
      if (sequence->owned_by) emit(kOwnSequences, SetSequenceOwner{name, sequence->owned_by}, key, sequence->where);
    }
    comment(key, old->comment, sequence->comment);
  }
  for (const auto& [name, sequence] : from_sequences_) {
    if (lookup(to_sequences_, name) || renamed_away.contains(name)) continue;
    if (owner_goes_away(sequence->owned_by)) continue;  // dropped along with its owner column
    emit(kDropSequences, DropSequence{*sequence}, {ObjectKind::Sequence, name, {}});
  }
}

}  // namespace detail

Result<ChangeSet> diff(const Schema& from, const Schema& to, const DiffOptions& options) {
  std::optional<Schema> respelled;
  if (options.table_rules && options.table_rules->names_ignore_case()) respelled = with_desired_spelling(from, to);
  const Schema& current = respelled ? *respelled : from;
  std::vector<Diagnostic> misfits;
  std::vector<Rename> renames = applicable_renames(current, to, options.renames, misfits);
  if (!misfits.empty()) return misfits;
  std::optional<Schema> renamed;
  if (!renames.empty()) renamed = with_renames(current, renames);
  detail::Differ differ(renamed ? *renamed : current, to, options, std::move(renames));
  if (auto problems = differ.run(); !problems.empty()) return problems;
  ChangeSet changes = differ.changes();
  if (options.additive_only) keep_additive(changes);
  return changes;
}

}  // namespace schemac
