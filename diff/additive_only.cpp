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
  // A table left as it is keeps its partitions as they are: a partition made
  // again under it (its partitioning changing) is neither dropped nor made.
  // Parents come before their partitions in either order.
  for (const Change& change : changes.changes) {
    const Table* table = nullptr;
    if (const auto* create = std::get_if<CreateTable>(&change.what)) table = &create->table;
    if (const auto* drop = std::get_if<DropTable>(&change.what)) table = &drop->table;
    if (table && table->partition_of && left_out.contains(ObjectKey{ObjectKind::Table, *table->partition_of, {}}))
      left_out.insert(change.subject);
  }
  for (auto change = changes.changes.rbegin(); change != changes.changes.rend(); ++change)
    if (const auto* drop = std::get_if<DropTable>(&change->what);
        drop && drop->table.partition_of && left_out.contains(ObjectKey{ObjectKind::Table, *drop->table.partition_of, {}}))
      left_out.insert(change->subject);
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
