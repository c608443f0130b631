// CREATE / ALTER / DROP EXTENSION. What an extension defines is the
// server's business: types it adds are resolved by schema (resolve_type).
#include <algorithm>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {

Extension* SchemaBuilder::find_extension(std::string_view name) {
  auto it = std::find_if(schema_.extensions.begin(), schema_.extensions.end(), [&](const Extension& e) { return e.name == name; });
  return it == schema_.extensions.end() ? nullptr : &*it;
}

void SchemaBuilder::create_extension(object stmt) {
  Extension extension;
  extension.name = std::string(str(stmt, "extname"));
  extension.where = statement_position();
  if (find_extension(extension.name)) {
    if (boolean(stmt, "if_not_exists")) return warn(-1, "extension \"" + extension.name + "\" already exists, skipping");
    throw ParseFailure{-1, "extension \"" + extension.name + "\" already exists"};
  }
  for (element option : list(stmt, "options")) {
    const object def = Node::of(option).fields;
    const std::string_view name = str(def, "defname");
    if (name == "schema") extension.schema = std::string(string_value(required_field(def, "arg")));
    else if (name == "new_version") extension.version = std::string(string_value(required_field(def, "arg")));
  }
  if (extension.schema.empty()) extension.schema = qualify({}, extension.name).schema;
  require_namespace(extension.schema, -1);
  schema_.extensions.push_back(std::move(extension));
}

void SchemaBuilder::alter_extension(object stmt) {
  const std::string name(str(stmt, "extname"));
  Extension* extension = find_extension(name);
  if (!extension) throw ParseFailure{-1, "extension \"" + name + "\" does not exist"};
  for (element option : list(stmt, "options")) {
    const object def = Node::of(option).fields;
    if (str(def, "defname") == "new_version") extension->version = std::string(string_value(required_field(def, "arg")));
  }
}

void SchemaBuilder::set_extension_schema(object stmt) {
  const std::string name(string_value(required_field(stmt, "object")));
  Extension* extension = find_extension(name);
  if (!extension) throw ParseFailure{-1, "extension \"" + name + "\" does not exist"};
  const std::string schema(str(stmt, "newschema"));
  require_namespace(schema, -1);
  extension->schema = schema;
}

void SchemaBuilder::drop_extension(const std::string& name, bool missing_ok) {
  if (!find_extension(name)) {
    if (!missing_ok) throw ParseFailure{-1, "extension \"" + name + "\" does not exist"};
    return warn(-1, "extension \"" + name + "\" does not exist, skipping");
  }
  std::erase_if(schema_.extensions, [&](const Extension& e) { return e.name == name; });
}

}  // namespace schemac::pg
