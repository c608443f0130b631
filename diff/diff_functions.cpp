// Functions and procedures, matched by name and input argument types.
// A changed function is replaced in place (CREATE OR REPLACE) when PostgreSQL
// allows it: same kind, same result, same argument names, no default taken
// away. Otherwise it is dropped (with the views that call it) and created again.
#include <algorithm>
#include <limits>

#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

using FunctionKey = std::pair<QualifiedName, std::string>;

std::map<FunctionKey, const Function*> by_signature(const std::vector<Function>& functions) {
  std::map<FunctionKey, const Function*> out;
  for (const Function& f : functions) out.emplace(FunctionKey{f.name, f.signature()}, &f);
  return out;
}

ObjectKey function_key(const Function& f) {
  return {f.procedure ? ObjectKind::Procedure : ObjectKind::Function, f.name, f.signature()};
}

bool same_function(const Function& a, const Function& b) {
  return a.procedure == b.procedure && a.arguments == b.arguments && a.returns == b.returns &&
         a.returns_set == b.returns_set && a.language == b.language && a.body == b.body &&
         a.standard_body == b.standard_body && a.link_symbol == b.link_symbol &&
         a.volatility == b.volatility && a.strict == b.strict && a.security_definer == b.security_definer &&
         a.leakproof == b.leakproof && a.parallel == b.parallel && a.cost == b.cost && a.rows == b.rows &&
         a.settings == b.settings;
}

bool replaceable(const Function& from, const Function& to) {
  if (from.procedure != to.procedure || from.returns != to.returns || from.returns_set != to.returns_set) return false;
  if (from.arguments.size() != to.arguments.size()) return false;
  for (std::size_t i = 0; i < from.arguments.size(); ++i) {
    const FunctionArgument& a = from.arguments[i];
    const FunctionArgument& b = to.arguments[i];
    if (a.mode != b.mode || a.type != b.type || a.name != b.name) return false;
    if (a.default_value && !b.default_value) return false;
  }
  return true;
}


}  // namespace

// Before anything is compared: which function names this migration makes
// (new, or dropped and made again) and which it takes away for a while or
// for good. Objects whose expressions call them are ordered around them.
void Differ::function_fates() {
  const auto from = by_signature(from_.functions), to = by_signature(to_.functions);
  for (const auto& [key, function] : to) {
    auto old = from.find(key);
    if (old == from.end()) {
      made_functions_.insert(function->name);
    } else if (!same_function(*old->second, *function) && !replaceable(*old->second, *function)) {
      made_functions_.insert(function->name);
      unmade_functions_.insert(function->name);
    }
  }
  for (const auto& [key, function] : from)
    if (!to.contains(key)) unmade_functions_.insert(function->name);
}

// Whether a function's signature names the row type of one of these tables
// or views: such a function is created after them and dropped before them.
bool Differ::names_relation(const Function& function, const ByName<Table>& tables, const std::vector<View>& views) const {
  auto is_relation = [&](std::string type) {
    if (type.starts_with("SETOF ")) type = type.substr(6);
    if (type.ends_with("[]")) type.resize(type.size() - 2);
    const auto named = named_type(type);
    return named && (lookup(tables, *named) || std::any_of(views.begin(), views.end(), [&](const View& v) { return v.name == *named; }));
  };
  return is_relation(function.returns) ||
         std::any_of(function.arguments.begin(), function.arguments.end(), [&](const auto& a) { return is_relation(a.type); });
}

void Differ::functions() {
  const auto from = by_signature(from_.functions), to = by_signature(to_.functions);
  // A SQL-standard body is checked when it is created: it comes after the
  // tables it reads (after the views too, when it reads one), and goes
  // before them; a table it reads changing shape makes it again.
  const auto reads_view = [&](const Function& f) {
    return std::any_of(f.reads.begin(), f.reads.end(), [&](const QualifiedName& name) {
      return std::any_of(to_.views.begin(), to_.views.end(), [&](const View& v) { return v.name == name; });
    });
  };
  const auto reads_reshaped = [&](const Function& f) {
    return std::any_of(f.reads.begin(), f.reads.end(), [&](const QualifiedName& name) {
      return reshaped_tables_.contains(name);
    });
  };
  for (const auto& [key, function] : to) {
    const ObjectKey object = function_key(*function);
    const int create_phase = reads_view(*function)                                                     ? kCreateViews
                             : names_relation(*function, to_tables_, to_.views) || !function->reads.empty() ? kCreateLateFunctions
                                                                                                        : kCreateFunctions;
    const std::size_t create_rank = create_phase == kCreateViews ? std::numeric_limits<std::size_t>::max() : 0;
    auto old = from.find(key);
    if (old == from.end()) {
      emit(create_phase, CreateFunction{*function, false}, object, function->where, {}, create_rank);
      comment(object, std::nullopt, function->comment);
      continue;
    }
    const Function& before = *old->second;
    if (!same_function(before, *function) || reads_reshaped(before)) {
      if (replaceable(before, *function) && !reads_reshaped(before)) {
        emit(create_phase, CreateFunction{*function, true}, object, function->where, {}, create_rank);
      } else {
        emit(kDropChangedFunctions, DropFunction{before}, function_key(before));
        emit(create_phase, CreateFunction{*function, false}, object, function->where, {}, create_rank);
        recreated_functions_.insert(function->name);
        comment(object, std::nullopt, function->comment);
        continue;
      }
    }
    comment(object, before.comment, function->comment);
  }
  for (const auto& [key, function] : from)
    if (!to.contains(key)) {
      // One whose signature names a table's row type must go before the table can.
      emit(names_relation(*function, from_tables_, from_.views) || !function->reads.empty() ? kDropChangedFunctions : kDropFunctions,
           DropFunction{*function},
           function_key(*function), {},
           {Hazard{HazardKind::BackwardIncompatible, "drops " + describe(function_key(*function)) + "; callers fail"}},
           1);  // after the operators that run it
      recreated_functions_.insert(function->name);
    }
}

}  // namespace schemac::detail
