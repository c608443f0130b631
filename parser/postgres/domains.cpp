// CREATE / ALTER DOMAIN, CREATE TYPE ... AS (...) and ALTER TYPE on it.
#include <algorithm>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {

Domain* SchemaBuilder::find_domain(const QualifiedName& name) {
  auto it = std::find_if(schema_.domains.begin(), schema_.domains.end(), [&](const Domain& d) { return d.name == name; });
  return it == schema_.domains.end() ? nullptr : &*it;
}

CompositeType* SchemaBuilder::find_composite(const QualifiedName& name) {
  auto it = std::find_if(schema_.composite_types.begin(), schema_.composite_types.end(),
                         [&](const CompositeType& t) { return t.name == name; });
  return it == schema_.composite_types.end() ? nullptr : &*it;
}

bool SchemaBuilder::type_name_taken(const QualifiedName& name) {
  return find_enum(name) || find_domain(name) || find_composite(name) || find_range(name) || find_table(name) || find_view(name);
}

// A domain's CHECK, named like PostgreSQL would (domain_check, domain_check1, ...).
void SchemaBuilder::add_domain_check(Domain& domain, object constraint) {
  CheckConstraint check;
  check.expr = expression(required_field(constraint, "raw_expr"));
  check.name = std::string(str(constraint, "conname"));
  if (check.name.empty()) {
    Table scope;  // domain constraints share the namespace's names with table constraints
    scope.name = domain.name;
    check.name = choose_constraint_name(scope, "", "check");
  }
  if (std::any_of(domain.checks.begin(), domain.checks.end(), [&](const CheckConstraint& c) { return c.name == check.name; }))
    throw ParseFailure{location(constraint), "constraint \"" + check.name + "\" for domain \"" + domain.name.name + "\" already exists"};
  // Taken in the namespace: PostgreSQL names an unnamed constraint, on a
  // domain or a table, so that it clashes with none there.
  constraint_names_[domain.name.schema].insert(check.name);
  check.where = position(location(constraint));
  domain.checks.push_back(std::move(check));
  std::sort(domain.checks.begin(), domain.checks.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
}

void SchemaBuilder::create_domain(object stmt) {
  Domain domain;
  domain.name = qualify_list(list(stmt, "domainname"));
  require_namespace(domain.name.schema, -1);
  if (type_name_taken(domain.name)) throw ParseFailure{-1, "type \"" + to_string(domain.name) + "\" already exists"};
  domain.type = type_of(required_object(stmt, "typeName"));
  if (auto collate = object_field(stmt, "collClause")) domain.collation = collation_name(list(*collate, "collname"));
  domain.where = statement_position();
  for (element item : list(stmt, "constraints")) {
    const object c = Node::of(item).fields;
    const std::string_view type = str(c, "contype");
    if (type == "CONSTR_DEFAULT") domain.default_value = expression(required_field(c, "raw_expr"));
    else if (type == "CONSTR_NOTNULL") domain.not_null = true;
    else if (type == "CONSTR_NULL") domain.not_null = false;
    else if (type == "CONSTR_CHECK") add_domain_check(domain, c);
    else throw ParseFailure{location(c), "domain constraint " + std::string(type) + " is not supported"};
  }
  // A domain over another takes a copy of its default when it names none (DefineDomain does).
  if (!domain.default_value && !domain.type.ends_with("]"))
    if (auto base = named_type(domain.type))
      if (const Domain* over = find_domain(*base)) domain.default_value = over->default_value;
  reset_privileges(Privilege::On::Type, domain.name, {});
  schema_.domains.push_back(std::move(domain));
}

void SchemaBuilder::alter_domain(object stmt) {
  const QualifiedName name = qualify_list(list(stmt, "typeName"));
  Domain* domain = find_domain(name);
  if (!domain) throw ParseFailure{-1, "type \"" + to_string(name) + "\" does not exist"};
  const std::string_view subtype = str(stmt, "subtype");
  if (subtype == "T") {  // SET / DROP DEFAULT
    if (auto def = field(stmt, "def")) domain->default_value = expression(*def);
    else domain->default_value.reset();
  } else if (subtype == "N" || subtype == "O") {  // DROP / SET NOT NULL
    domain->not_null = subtype == "O";
  } else if (subtype == "C") {
    add_domain_check(*domain, Node::of(required_field(stmt, "def")).fields);
  } else if (subtype == "X") {
    const std::string constraint(str(stmt, "name"));
    const auto dropped = std::erase_if(domain->checks, [&](const CheckConstraint& c) { return c.name == constraint; });
    if (dropped) constraint_names_[name.schema].erase(constraint);
    else if (!boolean(stmt, "missing_ok"))
      throw ParseFailure{-1, "constraint \"" + constraint + "\" of domain \"" + name.name + "\" does not exist"};
  } else {
    throw ParseFailure{-1, "this form of ALTER DOMAIN is not supported yet", {}, true};
  }
}

void SchemaBuilder::create_composite(object stmt) {
  CompositeType type;
  type.name = qualify(required_object(stmt, "typevar"));
  require_namespace(type.name.schema, -1);
  if (type_name_taken(type.name)) throw ParseFailure{-1, "type \"" + to_string(type.name) + "\" already exists"};
  type.where = statement_position();
  for (element item : list(stmt, "coldeflist")) type.attributes.push_back(attribute(Node::of(item).fields));
  reset_privileges(Privilege::On::Type, type.name, {});
  schema_.composite_types.push_back(std::move(type));
}

void SchemaBuilder::create_range(object stmt) {
  RangeType range;
  range.name = qualify_list(list(stmt, "typeName"));
  require_namespace(range.name.schema, -1);
  if (type_name_taken(range.name)) throw ParseFailure{-1, "type \"" + to_string(range.name) + "\" already exists"};
  range.where = statement_position();
  for (element item : list(stmt, "params")) {
    const object def = Node::of(item).fields;
    const std::string_view name = str(def, "defname");
    const Node arg = required_node(def, "arg");
    if (name == "subtype") range.subtype = type_of(arg.fields);
    else if (name == "subtype_diff") range.subtype_diff = function_reference(arg);
    else if (name == "multirange_type_name") range.multirange = std::string(string_value(list(arg.fields, "names")[list(arg.fields, "names").size() - 1]));
    else throw ParseFailure{location(def), "range type attribute \"" + std::string(name) + "\" is not supported yet", {}, true};
  }
  if (range.subtype.empty()) throw ParseFailure{-1, "type attribute \"subtype\" is required"};
  if (range.multirange.empty()) range.multirange = default_multirange_name(range.name.name);
  reset_privileges(Privilege::On::Type, range.name, {});
  reset_privileges(Privilege::On::Type, {range.name.schema, range.multirange}, {});
  schema_.range_types.push_back(std::move(range));
}

RangeType* SchemaBuilder::find_range(const QualifiedName& name) {
  for (RangeType& range : schema_.range_types)
    if (range.name == name) return &range;
  return nullptr;
}

Column SchemaBuilder::attribute(object column_def) {
  Column attribute;
  attribute.name = std::string(str(column_def, "colname"));
  attribute.type = type_of(required_object(column_def, "typeName"));
  if (auto collate = object_field(column_def, "collClause")) attribute.collation = collation_name(list(*collate, "collname"));
  attribute.where = position(location(column_def));
  return attribute;
}

// ALTER TYPE name ADD / DROP / ALTER ATTRIBUTE (an AlterTableStmt on a type).
void SchemaBuilder::alter_composite(const QualifiedName& name, List commands) {
  CompositeType* type = find_composite(name);
  if (!type) throw ParseFailure{-1, "type \"" + to_string(name) + "\" does not exist"};
  for (element command_node : commands) {
    const object command = Node::of(command_node).fields;
    const std::string_view subtype = str(command, "subtype");
    const std::string attribute_name(str(command, "name"));
    auto existing = std::find_if(type->attributes.begin(), type->attributes.end(), [&](const Column& a) { return a.name == attribute_name; });
    if (subtype == "AT_AddColumn") {
      type->attributes.push_back(attribute(Node::of(required_field(command, "def")).fields));
    } else if (subtype == "AT_DropColumn") {
      if (existing == type->attributes.end()) {
        if (boolean(command, "missing_ok")) continue;
        throw ParseFailure{-1, "column \"" + attribute_name + "\" of relation \"" + name.name + "\" does not exist"};
      }
      type->attributes.erase(existing);
    } else if (subtype == "AT_AlterColumnType") {
      if (existing == type->attributes.end())
        throw ParseFailure{-1, "column \"" + attribute_name + "\" of relation \"" + name.name + "\" does not exist"};
      const object def = Node::of(required_field(command, "def")).fields;
      existing->type = type_of(required_object(def, "typeName"));
      const auto collate = object_field(def, "collClause");
      existing->collation = collate ? collation_name(list(*collate, "collname")) : std::string{};
    } else {
      throw ParseFailure{-1, "ALTER TYPE ... " + std::string(subtype.substr(3)) + " is not supported yet", {}, true};
    }
  }
}

}  // namespace schemac::pg
