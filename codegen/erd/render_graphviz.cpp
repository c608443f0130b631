// DOT through Graphviz's cgraph, and SVG/PNG laid out by gvc in this
// process (no `dot` child process). Tables are HTML-label nodes; foreign
// keys are edges from the child to the parent with crow's-foot ends.
#include "codegen/erd/erd.hpp"  // first: Graphviz's headers declare a global `path`

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

namespace schemac {
namespace {

std::string html(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view fill(ErdMark mark) {
  switch (mark) {
    case ErdMark::Added: return "#d6f5d6";
    case ErdMark::Dropped: return "#f8d4d4";
    case ErdMark::Altered: return "#fff1c2";
    case ErdMark::None: break;
  }
  return "#dfe8f3";
}

std::string label(const ErdTable& table) {
  std::string title = html(to_string(table.name));
  if (table.mark == ErdMark::Added) title += " (added)";
  if (table.mark == ErdMark::Dropped) title += " (dropped)";
  if (table.mark == ErdMark::Altered) title += " (altered)";
  std::string out = "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">";
  out += "<tr><td colspan=\"3\" bgcolor=\"" + std::string(fill(table.mark)) + "\"><b>" + title + "</b></td></tr>";
  for (const ErdColumn& c : table.columns) {
    std::string keys;
    for (const auto& [on, key] : {std::pair{c.primary, "PK"}, std::pair{c.foreign, "FK"}, std::pair{c.unique, "UK"}})
      if (on) keys += std::string(keys.empty() ? "" : " ") + key;
    const std::string name = c.primary ? "<u>" + html(c.name) + "</u>" : html(c.name);
    out += "<tr><td align=\"left\">" + name + "</td><td align=\"left\">" + html(c.type) + (c.not_null && !c.primary ? " NOT NULL" : "") +
           "</td><td>" + (keys.empty() ? " " : keys) + "</td></tr>";
  }
  return out + "</table>";
}

struct GraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using Graph = std::unique_ptr<Agraph_t, GraphDeleter>;

// cgraph takes char*, never string literals.
void set(void* object, const char* name, const std::string& value) {
  std::string n(name);
  std::string v(value);
  std::string empty;
  agsafeset(object, n.data(), v.data(), empty.data());
}

Graph build(const Erd& erd) {
  std::string name = "schema";
  Graph graph(agopen(name.data(), Agdirected, nullptr));
  Agraph_t* g = graph.get();
  set(g, "rankdir", "LR");
  set(g, "fontname", "Helvetica");
  set(g, "nodesep", "0.4");
  std::map<QualifiedName, Agnode_t*> nodes;
  std::map<std::string, Agraph_t*> clusters;
  for (const ErdTable& table : erd.tables) {
    Agraph_t* parent = g;
    if (erd.group_by_schema) {
      auto [it, made] = clusters.try_emplace(table.name.schema, nullptr);
      if (made) {
        std::string cluster = "cluster_" + table.name.schema;
        it->second = agsubg(g, cluster.data(), 1);
        set(it->second, "label", table.name.schema);
        set(it->second, "style", "rounded");
      }
      parent = it->second;
    }
    std::string id = to_string(table.name);
    Agnode_t* node = agnode(parent, id.data(), 1);
    set(node, "shape", "plain");
    set(node, "fontname", "Helvetica");
    char* text = agstrdup_html(g, label(table).data());
    std::string key = "label";
    std::string empty;
    agsafeset(node, key.data(), text, empty.data());
    agstrfree(g, text);
    nodes[table.name] = node;
  }
  std::size_t number = 0;
  for (const ErdEdge& edge : erd.edges) {
    std::string id = "fk" + std::to_string(++number);
    Agedge_t* e = agedge(g, nodes.at(edge.child), nodes.at(edge.parent), id.data(), 1);
    std::string columns;
    for (const std::string& column : edge.columns) columns += (columns.empty() ? "" : ", ") + column;
    set(e, "label", columns);
    set(e, "fontname", "Helvetica");
    set(e, "fontsize", "10");
    set(e, "dir", "both");
    // Child end: zero or many (or one); parent end: exactly one (or zero or one).
    set(e, "arrowtail", edge.one_to_one ? "teeodot" : "crowodot");
    set(e, "arrowhead", edge.optional ? "teeodot" : "teetee");
  }
  return graph;
}

}  // namespace

std::string render_dot(const Erd& erd) {
  Graph graph = build(erd);
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* out = open_memstream(&buffer, &size);
  agwrite(graph.get(), out);
  std::fclose(out);
  std::string text(buffer, size);
  std::free(buffer);
  return text;
}

Result<std::string> render_image(const Erd& erd, std::string_view format) {
  Graph graph = build(erd);
  GVC_t* context = gvContext();
  std::string engine = "dot";
  if (gvLayout(context, graph.get(), engine.data()) != 0) {
    gvFreeContext(context);
    return Diagnostic{{}, "Graphviz could not lay out the diagram (are its plugins configured? dot -c)", {}, {}};
  }
  std::string kind(format);
  char* data = nullptr;
  unsigned int length = 0;
  const int failed = gvRenderData(context, graph.get(), kind.data(), &data, &length);
  std::string out = failed || !data ? std::string() : std::string(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(context, graph.get());
  gvFreeContext(context);
  if (failed || out.empty()) return Diagnostic{{}, "Graphviz could not render " + kind, {}, {}};
  return out;
}

}  // namespace schemac
