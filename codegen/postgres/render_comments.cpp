#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {

std::string set_comment(const SetComment& change) {
  const ObjectKey& key = change.target;
  std::string target;
  switch (key.kind) {
    case ObjectKind::Namespace: target = "SCHEMA " + ident(key.name.name); break;
    case ObjectKind::Extension: target = "EXTENSION " + ident(key.name.name); break;
    case ObjectKind::Enum: target = "TYPE " + qualified(key.name); break;
    case ObjectKind::Sequence: target = "SEQUENCE " + qualified(key.name); break;
    case ObjectKind::Table: target = "TABLE " + qualified(key.name); break;
    case ObjectKind::Function: target = "FUNCTION " + qualified(key.name) + "(" + key.member + ")"; break;
    case ObjectKind::Procedure: target = "PROCEDURE " + qualified(key.name) + "(" + key.member + ")"; break;
    case ObjectKind::View: target = "VIEW " + qualified(key.name); break;
    case ObjectKind::MaterializedView: target = "MATERIALIZED VIEW " + qualified(key.name); break;
    case ObjectKind::Column: target = "COLUMN " + qualified(key.name) + "." + ident(key.member); break;
    case ObjectKind::Index: target = "INDEX " + qualified(QualifiedName{key.name.schema, key.member}); break;
    case ObjectKind::Aggregate: target = "AGGREGATE " + qualified(key.name) + "(" + key.member + ")"; break;
    case ObjectKind::RangeType: target = "TYPE " + qualified(key.name); break;
    case ObjectKind::Domain:  // or one of its constraints
      target = key.member.empty() ? "DOMAIN " + qualified(key.name) : "CONSTRAINT " + ident(key.member) + " ON DOMAIN " + qualified(key.name);
      break;
    case ObjectKind::CompositeType: target = "TYPE " + qualified(key.name); break;
    case ObjectKind::Collation: target = "COLLATION " + qualified(key.name); break;
    case ObjectKind::TextSearchDictionary: target = "TEXT SEARCH DICTIONARY " + qualified(key.name); break;
    case ObjectKind::TextSearchConfiguration: target = "TEXT SEARCH CONFIGURATION " + qualified(key.name); break;
    case ObjectKind::Operator: target = "OPERATOR " + key.name.schema + "." + key.name.name + " (" + key.member + ")"; break;
    case ObjectKind::Policy: target = "POLICY " + ident(key.member) + " ON " + qualified(key.name); break;
    case ObjectKind::EventTrigger: target = "EVENT TRIGGER " + ident(key.name.name); break;
    case ObjectKind::Trigger: target = "TRIGGER " + ident(key.member) + " ON " + qualified(key.name); break;
    default: target = "CONSTRAINT " + ident(key.member) + " ON " + qualified(key.name); break;
  }
  return "COMMENT ON " + target + " IS " + (change.text ? literal(*change.text) : "NULL");
}

}  // namespace schemac::pg_sql
