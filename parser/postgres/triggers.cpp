// CREATE [OR REPLACE] [CONSTRAINT] TRIGGER, DROP TRIGGER.
#include <algorithm>
#include <cctype>

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
  const object relation = required_object(stmt, "relation");
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
  trigger.function = trigger_function(list(stmt, "funcname"));
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

// The function a trigger runs: unqualified, the schema's own if it has one by that name.
QualifiedName SchemaBuilder::trigger_function(List function) const {
  if (function.size() != 1) return qualify_list(function);
  const std::string_view name = string_value(function[0]);
  return QualifiedName{function_schema(name).value_or(qualify({}, name).schema), std::string(name)};
}

EventTrigger* SchemaBuilder::find_event_trigger(std::string_view name) {
  auto it = std::find_if(schema_.event_triggers.begin(), schema_.event_triggers.end(), [&](const EventTrigger& e) { return e.name == name; });
  return it == schema_.event_triggers.end() ? nullptr : &*it;
}

void SchemaBuilder::create_event_trigger(object stmt) {
  EventTrigger trigger;
  trigger.name = std::string(str(stmt, "trigname"));
  trigger.event = std::string(str(stmt, "eventname"));
  static constexpr std::string_view kEvents[] = {"ddl_command_start", "ddl_command_end", "table_rewrite", "sql_drop"};
  if (std::find(std::begin(kEvents), std::end(kEvents), trigger.event) == std::end(kEvents))
    throw ParseFailure{-1, "unrecognized event name \"" + trigger.event + "\""};
  for (element condition : list(stmt, "whenclause")) {
    const object def = Node::of(condition).fields;
    if (str(def, "defname") != "tag") throw ParseFailure{location(def), "unrecognized filter variable \"" + std::string(str(def, "defname")) + "\""};
    for (element tag : list(Node::of(required_field(def, "arg")).fields, "items")) {
      std::string text(string_value(tag));
      std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      trigger.tags.push_back(std::move(text));
    }
  }
  trigger.function = trigger_function(list(stmt, "funcname"));
  trigger.where = statement_position();
  if (find_event_trigger(trigger.name)) throw ParseFailure{-1, "event trigger \"" + trigger.name + "\" already exists"};
  schema_.event_triggers.push_back(std::move(trigger));
}

void SchemaBuilder::alter_event_trigger(object stmt) {
  const std::string name(str(stmt, "trigname"));
  EventTrigger* trigger = find_event_trigger(name);
  if (!trigger) throw ParseFailure{-1, "event trigger \"" + name + "\" does not exist"};
  trigger->enabled = str(stmt, "tgenabled").empty() ? 'O' : str(stmt, "tgenabled").front();
}

void SchemaBuilder::drop_trigger(List names, bool missing_ok) {
  const auto member = table_member(names);  // not a structured binding: clang 14 cannot capture those
  const QualifiedName& table = member.first;
  const std::string& name = member.second;
  if (!find_trigger(table, name)) {
    if (!missing_ok) throw ParseFailure{-1, "trigger \"" + name + "\" for table \"" + table.name + "\" does not exist"};
    return warn(-1, "trigger \"" + name + "\" for relation \"" + to_string(table) + "\" does not exist, skipping");
  }
  std::erase_if(schema_.triggers, [&](const Trigger& t) { return t.table == table && t.name == name; });
}

}  // namespace schemac::pg
