#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {

std::string create_collation(const CreateCollation& change) {
  const Collation& c = change.collation;
  std::string out = "CREATE COLLATION " + qualified(c.name) + " (provider = " + c.provider;
  if (c.provider == "icu" || c.provider == "builtin") out += ", locale = " + literal(c.locale);
  else out += ", lc_collate = " + literal(c.lc_collate) + ", lc_ctype = " + literal(c.lc_ctype);
  if (!c.deterministic) out += ", deterministic = false";
  return out + ")";
}

std::string create_aggregate(const CreateAggregate& change) {
  const Aggregate& a = change.aggregate;
  std::string out = "CREATE AGGREGATE " + qualified(a.name) + "(" + (a.arguments.empty() ? "*" : a.signature()) +
                    ") (SFUNC = " + a.state_function + ", STYPE = " + a.state_type;
  if (!a.final_function.empty()) out += ", FINALFUNC = " + a.final_function;
  if (!a.combine_function.empty()) out += ", COMBINEFUNC = " + a.combine_function;
  if (a.initial_condition) out += ", INITCOND = " + literal(*a.initial_condition);
  if (a.parallel == 's') out += ", PARALLEL = SAFE";
  if (a.parallel == 'r') out += ", PARALLEL = RESTRICTED";
  return out + ")";
}

std::string drop_aggregate(const DropAggregate& change) {
  return "DROP AGGREGATE " + qualified(change.aggregate.name) + "(" +
         (change.aggregate.arguments.empty() ? "*" : change.aggregate.signature()) + ")";
}

std::string drop_collation(const DropCollation& change) { return "DROP COLLATION " + qualified(change.collation.name); }

// Operator names are symbols: never quoted, only qualified.
std::string create_operator(const CreateOperator& change) {
  const Operator& o = change.op;
  std::string out = "CREATE OPERATOR " + ident(o.name.schema) + "." + o.name.name + " (FUNCTION = " + qualified(o.function);
  if (!o.left.empty()) out += ", LEFTARG = " + o.left;
  out += ", RIGHTARG = " + o.right;
  if (!o.commutator.empty()) out += ", COMMUTATOR = " + o.commutator;
  if (!o.negator.empty()) out += ", NEGATOR = " + o.negator;
  if (!o.restrict_estimator.empty()) out += ", RESTRICT = " + o.restrict_estimator;
  if (!o.join_estimator.empty()) out += ", JOIN = " + o.join_estimator;
  if (o.hashes) out += ", HASHES";
  if (o.merges) out += ", MERGES";
  return out + ")";
}

std::string drop_operator(const DropOperator& change) {
  const Operator& o = change.op;
  return "DROP OPERATOR " + ident(o.name.schema) + "." + o.name.name + " (" + o.signature() + ")";
}

}  // namespace schemac::pg_sql
