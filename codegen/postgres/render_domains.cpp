#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

std::string attribute(const Column& a) {
  return ident(a.name) + " " + a.type + (a.collation.empty() ? "" : " COLLATE " + a.collation);
}

}  // namespace

std::string create_domain(const CreateDomain& change) {
  const Domain& d = change.domain;
  std::string out = "CREATE DOMAIN " + qualified(d.name) + " AS " + d.type;
  if (!d.collation.empty()) out += " COLLATE " + d.collation;
  if (d.default_value) out += " " + default_clause(*d.default_value);
  if (d.not_null) out += " NOT NULL";
  for (const CheckConstraint& check : d.checks) out += " CONSTRAINT " + ident(check.name) + " CHECK (" + check.expr.text + ")";
  return out;
}

std::string drop_domain(const DropDomain& change) { return "DROP DOMAIN " + qualified(change.domain.name); }

std::string alter_domain(const AlterDomain& change) {
  std::string out = "ALTER DOMAIN " + qualified(change.name);
  switch (change.what) {
    case AlterDomain::Default:
      return out + (change.to.default_value ? " SET DEFAULT " + change.to.default_value->text : std::string(" DROP DEFAULT"));
    case AlterDomain::NotNull: return out + (change.to.not_null ? " SET NOT NULL" : " DROP NOT NULL");
    case AlterDomain::AddCheck: return out + " ADD CONSTRAINT " + ident(change.check.name) + " CHECK (" + change.check.expr.text + ")";
    case AlterDomain::DropCheck: return out + " DROP CONSTRAINT " + ident(change.check.name);
  }
  return out;
}

std::string create_composite_type(const CreateCompositeType& change) {
  std::string out = "CREATE TYPE " + qualified(change.type.name) + " AS (";
  for (std::size_t i = 0; i < change.type.attributes.size(); ++i) out += (i ? ", " : "") + attribute(change.type.attributes[i]);
  return out + ")";
}

std::string create_range_type(const CreateRangeType& change) {
  const RangeType& r = change.range;
  std::string out = "CREATE TYPE " + qualified(r.name) + " AS RANGE (subtype = " + r.subtype;
  if (!r.subtype_diff.empty()) out += ", subtype_diff = " + r.subtype_diff;
  if (r.multirange != default_multirange_name(r.name.name)) out += ", multirange_type_name = " + qualified({r.name.schema, r.multirange});
  return out + ")";
}

std::string drop_range_type(const DropRangeType& change) { return "DROP TYPE " + qualified(change.range.name); }

std::string drop_composite_type(const DropCompositeType& change) { return "DROP TYPE " + qualified(change.type.name); }

std::string alter_composite_type(const AlterCompositeType& change) {
  std::string out = "ALTER TYPE " + qualified(change.name);
  switch (change.what) {
    case AlterCompositeType::Add: return out + " ADD ATTRIBUTE " + attribute(change.attribute);
    case AlterCompositeType::Drop: return out + " DROP ATTRIBUTE " + ident(change.attribute.name);
    case AlterCompositeType::Retype:
      return out + " ALTER ATTRIBUTE " + ident(change.attribute.name) + " TYPE " + change.attribute.type +
             (change.attribute.collation.empty() ? "" : " COLLATE " + change.attribute.collation);
  }
  return out;
}

}  // namespace schemac::pg_sql
