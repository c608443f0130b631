// CREATE [OR REPLACE] [CONSTRAINT] TRIGGER, DROP TRIGGER.
#include <algorithm>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

// Bits of CreateTrigStmt's timing and events (TRIGGER_TYPE_* in pg_trigger.h).
constexpr std::int64_t kBefore = 1 << 1, kInsteadOf = 1 << 6;
constexpr std::int64_t kInsert = 1 << 2, kDelete = 1 << 3, kUpdate = 1 << 4, kTruncate = 1 << 5;

}  // namespace

Trigger* SchemaBuilder::find_trigger(const QualifiedName& table, const std::string& name) {
  auto it = std::find_if(schema_.triggers.begin(), schema_.triggers.end(),
                         [&](const Trigger& t) { return t.table == table && t.name == name; });
  return it == schema_.triggers.end() ? nullptr : &*it;
}

void SchemaBuilder::create_trigger(object stmt) {
  const object relation = *object_field(stmt, "relation");
  Trigger trigger;
  trigger.table = qualify(relation);
  if (!find_table(trigger.table) && !find_view(trigger.table)) require_table(trigger.table, location(relation));
  trigger.name = std::string(str(stmt, "trigname"));
  trigger.where = statement_position();
  const std::int64_t timing = integer(stmt, "timing"), events = integer(stmt, "events");
  trigger.timing = (timing & kInsteadOf) != 0 ? Trigger::Timing::InsteadOf
                   : (timing & kBefore) != 0  ? Trigger::Timing::Before
                                              : Trigger::Timing::After;
  trigger.on_insert = (events & kInsert) != 0;
  trigger.on_update = (events & kUpdate) != 0;
  trigger.on_delete = (events & kDelete) != 0;
  trigger.on_truncate = (events & kTruncate) != 0;
  for (element column : list(stmt, "columns")) trigger.update_columns.emplace_back(string_value(column));
  trigger.for_each_row = boolean(stmt, "row");
  if (auto when = field(stmt, "whenClause")) trigger.when = expression(*when);
  List function = list(stmt, "funcname");
  if (function.size() == 1) {
    const std::string_view name = string_value(function[0]);
    trigger.function = QualifiedName{function_schema(name).value_or(qualify({}, name).schema), std::string(name)};
  } else {
    trigger.function = qualify_list(function);
  }
  for (element arg : list(stmt, "args")) trigger.arguments.emplace_back(string_value(arg));
  for (element transition : list(stmt, "transitionRels")) {
    const object t = Node::of(transition).fields;
    (boolean(t, "isNew") ? trigger.new_table : trigger.old_table) = std::string(str(t, "name"));
  }
  trigger.constraint = boolean(stmt, "isconstraint");
  trigger.deferral = Deferrability{boolean(stmt, "deferrable"), boolean(stmt, "initdeferred")};
  if (has(stmt, "constrrel")) throw ParseFailure{-1, "CONSTRAINT TRIGGER ... FROM is not supported yet", {}, true};

  if (Trigger* existing = find_trigger(trigger.table, trigger.name)) {
    if (!boolean(stmt, "replace"))
      throw ParseFailure{-1, "trigger \"" + trigger.name + "\" for relation \"" + to_string(trigger.table) + "\" already exists"};
    trigger.comment = existing->comment;
    *existing = std::move(trigger);
    return;
  }
  schema_.triggers.push_back(std::move(trigger));
}

void SchemaBuilder::drop_trigger(List names, bool missing_ok) {
  const auto [table, name] = table_member(names);
  if (!find_trigger(table, name)) {
    if (!missing_ok) throw ParseFailure{-1, "trigger \"" + name + "\" for table \"" + table.name + "\" does not exist"};
    return warn(-1, "trigger \"" + name + "\" for relation \"" + to_string(table) + "\" does not exist, skipping");
  }
  std::erase_if(schema_.triggers, [&](const Trigger& t) { return t.table == table && t.name == name; });
}

}  // namespace schemac::pg
