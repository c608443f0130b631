#include "model/view_cycles.hpp"

#include <functional>
#include <map>
#include <vector>

namespace schemac {

std::optional<Diagnostic> find_view_cycle(const Schema& schema) {
  std::map<QualifiedName, const View*> views;
  for (const View& view : schema.views) views.emplace(view.name, &view);
  enum class Mark { Unseen, OnPath, Done };
  std::map<QualifiedName, Mark> marks;
  std::vector<const View*> path;
  std::optional<Diagnostic> found;
  const std::function<void(const View&)> visit = [&](const View& view) {
    marks[view.name] = Mark::OnPath;
    path.push_back(&view);
    for (const QualifiedName& read : view.reads) {
      if (found) return;
      auto next = views.find(read);
      if (next == views.end()) continue;
      const Mark mark = marks[read];
      if (mark == Mark::OnPath) {
        std::string cycle;
        bool in = false;
        for (const View* v : path) {
          in = in || v->name == read;
          if (in) cycle += to_string(v->name) + " -> ";
        }
        found = Diagnostic{next->second->where, "views read each other: " + cycle + to_string(read),
                           "no order of CREATE VIEW statements can make them; one of them must read a table", {}};
        return;
      }
      if (mark == Mark::Unseen) visit(*next->second);
    }
    path.pop_back();
    marks[view.name] = Mark::Done;
  };
  for (const View& view : schema.views) {
    if (found) break;
    if (marks[view.name] == Mark::Unseen) visit(view);
  }
  return found;
}

}  // namespace schemac
