#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {

std::string create_trigger(const CreateTrigger& change) {
  const Trigger& t = change.trigger;
  std::string out = std::string("CREATE ") + (change.replace ? "OR REPLACE " : "") + (t.constraint ? "CONSTRAINT " : "") +
                    "TRIGGER " + ident(t.name);
  out += t.timing == Trigger::Timing::Before ? " BEFORE" : t.timing == Trigger::Timing::InsteadOf ? " INSTEAD OF" : " AFTER";
  std::string events;
  auto event = [&](bool on, const std::string& text) {
    if (on) events += (events.empty() ? " " : " OR ") + text;
  };
  event(t.on_insert, "INSERT");
  event(t.on_update, t.update_columns.empty() ? "UPDATE" : "UPDATE OF " + ident_list(t.update_columns));
  event(t.on_delete, "DELETE");
  event(t.on_truncate, "TRUNCATE");
  out += events + " ON " + qualified(t.table);
  if (t.deferral.deferrable) out += t.deferral.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
  if (!t.old_table.empty() || !t.new_table.empty()) {
    out += " REFERENCING";
    if (!t.old_table.empty()) out += " OLD TABLE AS " + ident(t.old_table);
    if (!t.new_table.empty()) out += " NEW TABLE AS " + ident(t.new_table);
  }
  out += t.for_each_row ? " FOR EACH ROW" : " FOR EACH STATEMENT";
  if (t.when) out += " WHEN (" + t.when->text + ")";
  out += " EXECUTE FUNCTION " + qualified(t.function) + "(";
  for (std::size_t i = 0; i < t.arguments.size(); ++i) out += (i ? ", " : "") + literal(t.arguments[i]);
  return out + ")";
}

std::string drop_trigger(const DropTrigger& change) {
  return "DROP TRIGGER " + ident(change.trigger.name) + " ON " + qualified(change.trigger.table);
}

std::string set_event_trigger_enabled(const SetEventTriggerEnabled& change) {
  const std::string head = "ALTER EVENT TRIGGER " + ident(change.trigger.name);
  switch (change.trigger.enabled) {
    case 'D': return head + " DISABLE";
    case 'R': return head + " ENABLE REPLICA";
    case 'A': return head + " ENABLE ALWAYS";
    default: return head + " ENABLE";
  }
}

std::vector<std::string> create_event_trigger(const CreateEventTrigger& change) {
  const EventTrigger& e = change.trigger;
  std::string out = "CREATE EVENT TRIGGER " + ident(e.name) + " ON " + ident(e.event);
  if (!e.tags.empty()) {
    out += " WHEN TAG IN (";
    for (std::size_t i = 0; i < e.tags.size(); ++i) out += (i ? ", " : "") + literal(e.tags[i]);
    out += ")";
  }
  out += " EXECUTE FUNCTION " + qualified(e.function) + "()";
  if (e.enabled == 'O') return {out};
  return {out, set_event_trigger_enabled(SetEventTriggerEnabled{e})};
}

std::string drop_event_trigger(const DropEventTrigger& change) { return "DROP EVENT TRIGGER " + ident(change.trigger.name); }

}  // namespace schemac::pg_sql
