#include "model/object_key.hpp"

namespace schemac {

std::string_view kind_name(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Namespace: return "schema";
    case ObjectKind::Extension: return "extension";
    case ObjectKind::Enum: return "type";
    case ObjectKind::Sequence: return "sequence";
    case ObjectKind::Table: return "table";
    case ObjectKind::View: return "view";
    case ObjectKind::Function: return "function";
    case ObjectKind::Procedure: return "procedure";
    case ObjectKind::MaterializedView: return "materialized view";
    case ObjectKind::Column: return "column";
    case ObjectKind::PrimaryKey: return "primary key";
    case ObjectKind::Unique: return "unique constraint";
    case ObjectKind::Check: return "check constraint";
    case ObjectKind::ForeignKey: return "foreign key";
    case ObjectKind::Index: return "index";
    case ObjectKind::Trigger: return "trigger";
    case ObjectKind::Policy: return "policy";
    case ObjectKind::Collation: return "collation";
    case ObjectKind::Domain: return "domain";
    case ObjectKind::Aggregate: return "aggregate";
    case ObjectKind::RangeType: return "range type";
    case ObjectKind::CompositeType: return "type";
    case ObjectKind::Operator: return "operator";
    case ObjectKind::TextSearchDictionary: return "text search dictionary";
    case ObjectKind::TextSearchConfiguration: return "text search configuration";
    case ObjectKind::Privilege: return "privileges on";
    case ObjectKind::Exclusion: return "exclusion constraint";
    case ObjectKind::EventTrigger: return "event trigger";
    case ObjectKind::VirtualTable: return "virtual table";
  }
  return "object";
}

std::string describe(const ObjectKey& key) {
  std::string out{kind_name(key.kind)};
  out += ' ';
  if (key.kind == ObjectKind::Namespace || key.kind == ObjectKind::Extension || key.kind == ObjectKind::EventTrigger)
    return out + key.name.name;
  out += to_string(key.name);
  if (key.kind == ObjectKind::Column) return out + "." + key.member;
  if (key.kind == ObjectKind::Function || key.kind == ObjectKind::Procedure || key.kind == ObjectKind::Operator ||
      key.kind == ObjectKind::Aggregate)
    return out + "(" + key.member + ")";
  if (!key.member.empty()) out += " " + key.member;
  return out;
}

}  // namespace schemac
