// The plan as JSON: a stable, versioned format (codegen/plan/plan.schema.json)
// for tools and for `apply --plan`, which runs a saved plan as it was reviewed.
#include <nlohmann/json.hpp>

#include "codegen/plan/plan.hpp"

namespace schemac {
namespace {

using nlohmann::ordered_json;

constexpr int kFormatVersion = 1;

ordered_json text_or_null(const std::string& text) { return text.empty() ? ordered_json(nullptr) : ordered_json(text); }

std::string_view placement_name(Placement placement) {
  switch (placement) {
    case Placement::BeforeTransaction: return "before_transaction";
    case Placement::AfterTransaction: return "after_transaction";
    case Placement::InTransaction: break;
  }
  return "transaction";
}

std::string_view action_name(ChangeAction action) {
  switch (action) {
    case ChangeAction::Create: return "create";
    case ChangeAction::Drop: return "drop";
    case ChangeAction::Alter: break;
  }
  return "alter";
}

ordered_json statement_json(const Statement& statement, const PlanSettings& settings) {
  return {{"sql", statement.sql},
          {"placement", placement_name(statement.placement)},
          {"lock_timeout", text_or_null(settings.lock_timeout)},
          {"statement_timeout", text_or_null(settings.statement_timeout)},
          {"expect_no_rows", statement.expect_no_rows}};
}

ordered_json statements_json(const std::vector<Statement>& statements, const PlanSettings& settings) {
  ordered_json out = ordered_json::array();
  for (const Statement& statement : statements) out.push_back(statement_json(statement, settings));
  return out;
}

constexpr HazardKind kHazardKinds[] = {HazardKind::DataLoss, HazardKind::TableRewrite, HazardKind::LongLock, HazardKind::Irreversible,
                                       HazardKind::BackwardIncompatible};

}  // namespace

std::string render_json_plan(const Plan& plan) {
  const PlanSettings& s = plan.settings;
  ordered_json out{{"format", "schemac.plan"}, {"format_version", kFormatVersion}, {"dialect", plan.dialect},
                   {"from", s.from}, {"to", s.to}, {"from_fingerprint", text_or_null(s.from_fingerprint)}};
  out["options"] = {{"allow_destructive", s.destructive_allowed}, {"additive_only", s.additive_only},
                    {"concurrent_indexes", s.concurrent_indexes}, {"online_constraints", s.online_constraints},
                    {"lock_timeout", text_or_null(s.lock_timeout)}, {"statement_timeout", text_or_null(s.statement_timeout)}};
  ordered_json hazards = ordered_json::object();
  for (HazardKind kind : kHazardKinds) hazards[std::string(hazard_name(kind))] = plan.hazard_count(kind);
  out["summary"] = {{"changes", plan.changes.size()}, {"statements", plan.statement_count()},
                    {"destructive", plan.destructive_count()}, {"hazards", hazards}};
  out["prologue"] = statements_json(plan.prologue, s);
  out["changes"] = ordered_json::array();
  std::size_t number = 0;
  for (const PlannedChange& change : plan.changes) {
    ordered_json change_hazards = ordered_json::array();
    for (const Hazard& hazard : change.hazards) change_hazards.push_back({{"kind", hazard_name(hazard.kind)}, {"reason", hazard.reason}});
    out["changes"].push_back(
        {{"number", ++number},
         {"action", action_name(change.action)},
         {"summary", change.summary},
         {"object", {{"kind", kind_name(change.subject.kind)}, {"schema", change.subject.name.schema}, {"name", change.subject.name.name},
                     {"member", text_or_null(change.subject.member)}}},
         {"source", change.where.known() ? ordered_json(change.where.to_string()) : ordered_json(nullptr)},
         {"hazards", change_hazards},
         {"statements", statements_json(change.statements, s)}});
  }
  out["epilogue"] = statements_json(plan.epilogue, s);
  out["skipped"] = plan.skipped;
  out["suggestions"] = plan.suggestions;
  return out.dump(2) + "\n";
}

namespace {

Statement statement_from(const nlohmann::json& j) {
  Statement statement;
  statement.sql = j.at("sql").get<std::string>();
  const std::string placement = j.at("placement").get<std::string>();
  statement.placement = placement == "before_transaction" ? Placement::BeforeTransaction
                        : placement == "after_transaction" ? Placement::AfterTransaction
                                                           : Placement::InTransaction;
  statement.expect_no_rows = j.value("expect_no_rows", false);
  return statement;
}

std::vector<Statement> statements_from(const nlohmann::json& list) {
  std::vector<Statement> out;
  for (const auto& j : list) out.push_back(statement_from(j));
  return out;
}

std::string text_from(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : std::string{};
}

}  // namespace

Result<Plan> read_json_plan(const std::string& text) {
  const auto fail = [](const std::string& why) { return Diagnostic{{}, "not a schemac plan: " + why, {}, {}}; };
  try {
    const nlohmann::json j = nlohmann::json::parse(text);
    if (!j.is_object() || j.value("format", "") != "schemac.plan") return fail("\"format\" is not \"schemac.plan\"");
    if (j.value("format_version", 0) != kFormatVersion)
      return fail("format_version " + j.value("format_version", nlohmann::json(nullptr)).dump() + " (this schemac reads 1)");
    Plan plan;
    plan.dialect = j.at("dialect").get<std::string>();
    plan.settings.from = j.at("from").get<std::string>();
    plan.settings.to = j.at("to").get<std::string>();
    plan.settings.from_fingerprint = text_from(j, "from_fingerprint");
    const auto& options = j.at("options");
    plan.settings.destructive_allowed = options.value("allow_destructive", false);
    plan.settings.lock_timeout = text_from(options, "lock_timeout");
    plan.settings.statement_timeout = text_from(options, "statement_timeout");
    plan.prologue = statements_from(j.at("prologue"));
    for (const auto& c : j.at("changes")) {
      PlannedChange change;
      change.summary = c.at("summary").get<std::string>();
      const std::string action = c.at("action").get<std::string>();
      change.action = action == "create" ? ChangeAction::Create : action == "drop" ? ChangeAction::Drop : ChangeAction::Alter;
      for (const auto& h : c.at("hazards")) {
        const std::string kind = h.at("kind").get<std::string>();
        for (HazardKind k : kHazardKinds)
          if (hazard_name(k) == kind) change.hazards.push_back(Hazard{k, h.at("reason").get<std::string>()});
      }
      change.statements = statements_from(c.at("statements"));
      plan.changes.push_back(std::move(change));
    }
    plan.epilogue = statements_from(j.at("epilogue"));
    return plan;
  } catch (const nlohmann::json::exception& e) {
    return fail(e.what());
  }
}

}  // namespace schemac
