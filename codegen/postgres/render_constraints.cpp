#include "codegen/postgres/sql_text.hpp"
#include "model/overloaded.hpp"

namespace schemac::pg_sql {
namespace {

std::string deferral_clause(const Deferrability& d) {
  if (!d.deferrable) return "";
  return d.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
}

std::string include_clause(const std::vector<std::string>& include) {
  return include.empty() ? "" : " INCLUDE (" + ident_list(include) + ")";
}

// WITH (...) and USING INDEX TABLESPACE: the storage of a key's index.
std::string index_storage(const std::vector<std::pair<std::string, std::string>>& options, const std::string& tablespace) {
  std::string out;
  if (!options.empty()) out += " WITH (" + storage_options(options) + ")";
  if (!tablespace.empty()) out += " USING INDEX TABLESPACE " + ident(tablespace);
  return out;
}

}  // namespace

std::string references_clause(const ForeignKey& fk) {
  std::string out = "REFERENCES " + qualified(fk.ref_table) + " (" + ident_list(fk.ref_columns) + ")";
  if (fk.match == FkMatch::Full) out += " MATCH FULL";
  if (fk.match == FkMatch::Partial) out += " MATCH PARTIAL";
  if (fk.on_update != FkAction::NoAction) out += " ON UPDATE " + std::string(fk_action_words(fk.on_update));
  if (fk.on_delete != FkAction::NoAction) out += " ON DELETE " + std::string(fk_action_words(fk.on_delete));
  return out + deferral_clause(fk.deferral);
}

std::string constraint_body(const Constraint& constraint) {
  return std::visit(
      overloaded{
          [](const PrimaryKey& pk) {
            return "PRIMARY KEY (" + ident_list(pk.columns) + ")" + include_clause(pk.include) + index_storage(pk.index_options, pk.index_tablespace) +
                   deferral_clause(pk.deferral);
          },
          [](const UniqueConstraint& u) {
            return std::string("UNIQUE") + (u.nulls_not_distinct ? " NULLS NOT DISTINCT" : "") + " (" + ident_list(u.columns) + ")" +
                   include_clause(u.include) + index_storage(u.index_options, u.index_tablespace) + deferral_clause(u.deferral);
          },
          [](const CheckConstraint& c) {
            return "CHECK (" + c.expr.text + ")" + (c.no_inherit ? " NO INHERIT" : "") + (c.enforced ? "" : " NOT ENFORCED");
          },
          [](const ForeignKey& fk) {
            return "FOREIGN KEY (" + ident_list(fk.columns) + ") " + references_clause(fk) + (fk.enforced ? "" : " NOT ENFORCED");
          },
          [](const ExclusionConstraint& x) {
            std::string out = "EXCLUDE";
            if (x.method != "btree") out += " USING " + ident(x.method);
            out += " (";
            for (std::size_t i = 0; i < x.keys.size(); ++i) out += (i ? ", " : "") + index_key(x.keys[i]) + " WITH " + x.operators[i];
            out += ")" + include_clause(x.include);
            if (x.predicate) out += " WHERE (" + x.predicate->text + ")";
            return out + deferral_clause(x.deferral);
          },
      },
      constraint);
}

namespace {

bool not_valid(const Constraint& constraint) {
  if (const auto* check = std::get_if<CheckConstraint>(&constraint)) return !check->valid;
  if (const auto* fk = std::get_if<ForeignKey>(&constraint)) return !fk->valid;
  return false;
}

}  // namespace

std::string add_constraint(const AddConstraint& change) {
  return "ALTER TABLE " + qualified(change.table) + " ADD CONSTRAINT " + ident(constraint_name(change.constraint)) + " " +
         constraint_body(change.constraint) + (not_valid(change.constraint) ? " NOT VALID" : "");
}

std::string validate_constraint(const ValidateConstraint& change) {
  return "ALTER TABLE " + qualified(change.table) + " VALIDATE CONSTRAINT " + ident(change.name);
}

std::string drop_constraint(const DropConstraint& change) {
  return "ALTER TABLE " + qualified(change.table) + " DROP CONSTRAINT " + ident(constraint_name(change.constraint));
}

}  // namespace schemac::pg_sql
