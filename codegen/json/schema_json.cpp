#include "codegen/json/schema_json.hpp"

#include <nlohmann/json.hpp>

namespace schemac {
namespace {

using nlohmann::ordered_json;

ordered_json optional_text(const std::optional<std::string>& text) { return text ? ordered_json(*text) : ordered_json(nullptr); }

std::string_view action(FkAction a) {
  switch (a) {
    case FkAction::Restrict: return "restrict";
    case FkAction::Cascade: return "cascade";
    case FkAction::SetNull: return "set null";
    case FkAction::SetDefault: return "set default";
    case FkAction::NoAction: break;
  }
  return "no action";
}

ordered_json table_json(const Table& t) {
  ordered_json out{{"schema", t.name.schema}, {"name", t.name.name}, {"comment", optional_text(t.comment)}};
  out["columns"] = ordered_json::array();
  for (const Column& c : t.columns) {
    ordered_json identity = nullptr;
    if (c.identity)
      identity = {{"generated", c.identity->always ? "always" : "by default"},
                  {"sequence", {{"schema", c.identity->sequence.name.schema}, {"name", c.identity->sequence.name.name}}}};
    out["columns"].push_back({{"name", c.name}, {"type", c.type}, {"not_null", c.not_null},
                              {"default", c.default_value ? ordered_json(c.default_value->text) : ordered_json(nullptr)},
                              {"identity", identity},
                              {"generated", c.generated ? ordered_json(c.generated->text) : ordered_json(nullptr)},
                              {"generated_stored", c.generated ? ordered_json(!c.virtual_generated) : ordered_json(nullptr)},
                              {"collation", c.collation.empty() ? ordered_json(nullptr) : ordered_json(c.collation)},
                              {"comment", optional_text(c.comment)}});
  }
  out["primary_key"] = t.primary_key ? ordered_json{{"name", t.primary_key->name}, {"columns", t.primary_key->columns},
                                                    {"autoincrement", t.primary_key->autoincrement}}
                                     : ordered_json(nullptr);
  out["without_rowid"] = t.without_rowid;
  out["strict"] = t.strict;
  out["unique"] = ordered_json::array();
  for (const auto& u : t.uniques)
    out["unique"].push_back({{"name", u.name}, {"columns", u.columns}, {"nulls_not_distinct", u.nulls_not_distinct}});
  out["checks"] = ordered_json::array();
  for (const auto& c : t.checks) out["checks"].push_back({{"name", c.name}, {"expression", c.expr.text}});
  out["foreign_keys"] = ordered_json::array();
  for (const auto& fk : t.foreign_keys)
    out["foreign_keys"].push_back({{"name", fk.name}, {"columns", fk.columns},
                                   {"references", {{"schema", fk.ref_table.schema}, {"table", fk.ref_table.name}, {"columns", fk.ref_columns}}},
                                   {"on_delete", action(fk.on_delete)}, {"on_update", action(fk.on_update)},
                                   {"deferrable", fk.deferral.deferrable}});
  out["indexes"] = ordered_json::array();
  for (const auto& i : t.indexes) {
    ordered_json keys = ordered_json::array();
    for (const auto& k : i.keys)
      keys.push_back(k.expression ? ordered_json{{"expression", k.expression->text}, {"descending", k.descending}}
                                  : ordered_json{{"column", k.column}, {"descending", k.descending}});
    out["indexes"].push_back({{"name", i.name}, {"unique", i.unique}, {"method", i.method}, {"keys", keys},
                              {"where", i.predicate ? ordered_json(i.predicate->text) : ordered_json(nullptr)}});
  }
  return out;
}

}  // namespace

std::string schema_to_json(const Schema& schema) {
  ordered_json out{{"format", "schemac.schema"}, {"version", 1}};
  out["schemas"] = ordered_json::array();
  for (const auto& n : schema.namespaces)
    out["schemas"].push_back({{"name", n.name}, {"comment", optional_text(n.comment)}, {"external", n.external}});
  out["enums"] = ordered_json::array();
  for (const auto& e : schema.enums)
    out["enums"].push_back({{"schema", e.name.schema}, {"name", e.name.name}, {"values", e.labels}});
  out["sequences"] = ordered_json::array();
  for (const auto& s : schema.sequences)
    out["sequences"].push_back({{"schema", s.name.schema}, {"name", s.name.name}, {"type", s.type}, {"increment", s.increment},
                                {"min", s.min_value}, {"max", s.max_value}, {"start", s.start}, {"cache", s.cache},
                                {"cycle", s.cycle},
                                {"owned_by", s.owned_by ? ordered_json(to_string(s.owned_by->table) + "." + s.owned_by->column)
                                                        : ordered_json(nullptr)}});
  out["extensions"] = ordered_json::array();
  for (const auto& e : schema.extensions)
    out["extensions"].push_back({{"name", e.name}, {"schema", e.schema},
                                 {"version", e.version.empty() ? ordered_json(nullptr) : ordered_json(e.version)}});
  out["tables"] = ordered_json::array();
  for (const auto& t : schema.tables) out["tables"].push_back(table_json(t));
  out["functions"] = ordered_json::array();
  for (const auto& f : schema.functions)
    out["functions"].push_back({{"schema", f.name.schema}, {"name", f.name.name}, {"procedure", f.procedure},
                                {"arguments", f.signature()}, {"returns", f.returns}, {"language", f.language},
                                {"comment", optional_text(f.comment)}});
  out["triggers"] = ordered_json::array();
  for (const auto& t : schema.triggers)
    out["triggers"].push_back({{"schema", t.table.schema}, {"table", t.table.name}, {"name", t.name},
                               {"function", t.function.name.empty() ? ordered_json(nullptr) : ordered_json(to_string(t.function))},
                               {"body", t.body.empty() ? ordered_json(nullptr) : ordered_json(t.body)},
                               {"comment", optional_text(t.comment)}});
  out["views"] = ordered_json::array();
  for (const auto& v : schema.views) {
    ordered_json reads = ordered_json::array();
    for (const auto& r : v.reads) reads.push_back({{"schema", r.schema}, {"name", r.name}});
    out["views"].push_back({{"schema", v.name.schema}, {"name", v.name.name}, {"materialized", v.materialized},
                            {"query", v.query}, {"reads", reads}, {"comment", optional_text(v.comment)}});
  }
  out["virtual_tables"] = ordered_json::array();
  for (const auto& v : schema.virtual_tables)
    out["virtual_tables"].push_back({{"schema", v.name.schema}, {"name", v.name.name}, {"module", v.module}, {"arguments", v.arguments}});
  return out.dump(2) + "\n";
}

}  // namespace schemac
