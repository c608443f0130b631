// CREATE [OR REPLACE] VIEW, CREATE MATERIALIZED VIEW.
#include <algorithm>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/options.hpp"
#include "parser/postgres/schema_builder.hpp"
#include "parser/postgres/statement_tree.hpp"

namespace schemac::pg {
namespace {

std::vector<std::string> names_of(List items) {
  std::vector<std::string> out;
  for (element item : items) out.emplace_back(string_value(item));
  return out;
}

}  // namespace

View* SchemaBuilder::find_view(const QualifiedName& name) {
  auto it = std::find_if(schema_.views.begin(), schema_.views.end(), [&](const View& v) { return v.name == name; });
  return it == schema_.views.end() ? nullptr : &*it;
}

std::optional<std::string> SchemaBuilder::relation_schema(std::string_view name) const {
  for (const auto& schema : search_path_)
    if (relation_name_taken(schema, std::string(name))) return schema;
  return std::nullopt;
}

// Asked for every function call in every expression: answered from an index.
std::optional<std::string> SchemaBuilder::function_schema(std::string_view name) const {
  auto it = routine_schemas_.find(std::string(name));
  if (it == routine_schemas_.end()) return std::nullopt;
  for (const auto& schema : search_path_)
    if (std::find(it->second.begin(), it->second.end(), schema) != it->second.end()) return schema;
  return std::nullopt;
}

void SchemaBuilder::note_routine(const QualifiedName& name) { routine_schemas_[name.name].push_back(name.schema); }

void SchemaBuilder::forget_routine(const QualifiedName& name) {
  auto& schemas = routine_schemas_[name.name];
  if (auto it = std::find(schemas.begin(), schemas.end(), name.schema); it != schemas.end()) schemas.erase(it);
}

void SchemaBuilder::create_view(object stmt) {
  const object relation = required_object(stmt, "view");
  const auto loc = location(relation);
  if (str(relation, "relpersistence") == "t") throw ParseFailure{loc, "CREATE TEMPORARY VIEW is not part of a schema", {}, true};
  View view;
  view.name = qualify(relation);
  view.columns = names_of(list(stmt, "aliases"));
  apply_options(view.options, list(stmt, "options"), chunk_text());
  for (const auto& [option, value] : view.options)
    if (option == "security_invoker") require_major(15, "security_invoker", "view " + to_string(view.name), loc);
  const std::string_view check = str(stmt, "withCheckOption");
  if (check == "LOCAL_CHECK_OPTION" || check == "CASCADED_CHECK_OPTION") {
    std::erase_if(view.options, [](const auto& o) { return o.first == "check_option"; });
    view.options.emplace_back("check_option", check == "LOCAL_CHECK_OPTION" ? "local" : "cascaded");
    std::sort(view.options.begin(), view.options.end());
  }
  add_view(std::move(view), boolean(stmt, "replace"), false, loc);
}

void SchemaBuilder::create_materialized_view(object stmt) {
  const object into = required_object(stmt, "into");
  const object relation = required_object(into, "rel");
  const auto loc = location(relation);
  if (has(into, "tableSpaceName") || has(into, "accessMethod"))
    throw ParseFailure{loc, "materialized view TABLESPACE / USING is not supported yet", {}, true};
  View view;
  view.name = qualify(relation);
  view.materialized = true;
  view.columns = names_of(list(into, "colNames"));
  apply_options(view.options, list(into, "options"), chunk_text());
  // WITH [NO] DATA decides whether it is filled now: data, not schema.
  add_view(std::move(view), false, boolean(stmt, "if_not_exists"), loc);
}

void SchemaBuilder::add_view(View view, bool replace, bool if_not_exists, std::int64_t location) {
  require_namespace(view.name.schema, location);
  view.where = statement_position();
  StatementTree tree(statement_text_);
  QueryText query = tree.view_query([&](std::string_view name) { return relation_schema(name); },
                                    [&](std::string_view name) { return function_schema(name); });
  view.query = std::move(query.text);
  view.reads = std::move(query.relations);
  view.calls = std::move(query.functions);
  if (View* existing = find_view(view.name)) {
    if (if_not_exists) return warn(location, "relation \"" + to_string(view.name) + "\" already exists, skipping");
    if (!replace || existing->materialized)
      throw ParseFailure{location, "relation \"" + to_string(view.name) + "\" already exists"};
    view.comment = existing->comment;  // OR REPLACE keeps what is not in the statement
    *existing = std::move(view);
    return;
  }
  if (relation_name_taken(view.name.schema, view.name.name)) {
    if (if_not_exists) return warn(location, "relation \"" + to_string(view.name) + "\" already exists, skipping");
    throw ParseFailure{location, "relation \"" + to_string(view.name) + "\" already exists"};
  }
  claim_relation_name(view.name.schema, view.name.name, location);
  schema_.views.push_back(std::move(view));
}

void SchemaBuilder::drop_dependent_views(const QualifiedName& relation, bool cascade) {
  // Views that read views that go, go too: repeat until nothing else depends.
  std::vector<QualifiedName> going{relation};
  for (std::size_t i = 0; i < going.size(); ++i) {
    for (const View& view : schema_.views) {
      if (std::find(going.begin(), going.end(), view.name) != going.end()) continue;
      if (!std::binary_search(view.reads.begin(), view.reads.end(), going[i])) continue;
      if (!cascade)
        throw ParseFailure{-1, "cannot drop " + to_string(relation) + " because view " + to_string(view.name) + " depends on it",
                           "use DROP ... CASCADE"};
      going.push_back(view.name);
    }
  }
  for (std::size_t i = 1; i < going.size(); ++i) {
    View* view = find_view(going[i]);
    for (const Index& index : view->indexes) release_relation_name(view->name.schema, index.name);
    release_relation_name(going[i].schema, going[i].name);
  }
  std::erase_if(schema_.views, [&](const View& v) { return std::find(going.begin() + 1, going.end(), v.name) != going.end(); });
}

}  // namespace schemac::pg
