#include "parser/postgres/options.hpp"

#include <algorithm>

namespace schemac::pg {

void apply_options(Options& options, List definitions, std::string_view source, bool reset) {
  for (element definition : definitions) {
    const object def = Node::of(definition).fields;
    std::string name(str(def, "defname"));
    if (has(def, "defnamespace")) name = std::string(str(def, "defnamespace")) + "." + name;
    std::erase_if(options, [&](const auto& o) { return o.first == name; });
    if (reset) continue;
    std::string value = "true";  // a bare name
    if (auto arg = node_field(def, "arg")) {
      if (arg->is("String")) value = std::string(str(arg->fields, "sval"));
      else if (arg->is("Integer"))
        value = std::to_string(has(arg->fields, "ival") ? integer(arg->fields, "ival")
                                                        : integer_in_source(source, location(def)).value_or(0));
      else if (arg->is("Float")) value = std::string(str(arg->fields, "fval"));
      else if (arg->is("Boolean")) value = boolean(arg->fields, "boolval") ? "true" : "false";
      else if (arg->is("TypeName")) value = std::string(string_value(list(arg->fields, "names")[0]));  // a bare word
    }
    options.emplace_back(std::move(name), std::move(value));
  }
  std::sort(options.begin(), options.end());
}

std::string canonical_tablespace(std::string_view name) { return name == "pg_default" ? std::string() : std::string(name); }

}  // namespace schemac::pg
