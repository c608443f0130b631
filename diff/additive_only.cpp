#include "diff/additive_only.hpp"

#include <set>

namespace schemac {

void keep_additive(ChangeSet& changes) {
  // An object dropped and made again (a view over a changed table) is not
  // dropped for good: its drop stays.
  std::set<ObjectKey> made;
  for (const Change& change : changes.changes) {
    const std::string summary = summarize(change);
    if (summary.starts_with("create ") || summary.starts_with("add ")) made.insert(change.subject);
  }
  std::set<ObjectKey> left_out;
  for (const Change& change : changes.changes)
    if (change.destructive() || (summarize(change).starts_with("drop ") && !made.contains(change.subject))) left_out.insert(change.subject);
  if (left_out.empty()) return;
  std::vector<Change> kept;
  for (Change& change : changes.changes) {
    if (!left_out.contains(change.subject)) {
      kept.push_back(std::move(change));
      continue;
    }
    std::string line = summarize(change);
    for (const Hazard& hazard : change.hazards)
      if (hazard.kind == HazardKind::DataLoss) line += " (" + std::string(hazard_name(hazard.kind)) + ": " + hazard.reason + ")";
    changes.skipped.push_back(std::move(line));
  }
  changes.changes = std::move(kept);
}

}  // namespace schemac
