// schemac erd: an entity-relationship diagram of any schema source.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/compare_sources.hpp"
#include "codegen/erd/erd.hpp"
#include "migrate/folder.hpp"

namespace schemac::cli {
namespace {

struct ErdArgs {
  std::string source, diff_to, output, format, columns = "all", group_by;
  std::vector<std::string> tables;
  SourceOptions sources;
};

// A migration folder is its up files replayed; anything else loads as diff's sources do.
std::optional<Schema> load(const std::string& source, const SourceOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool migrations = fs::is_directory(source, ec) && (fs::exists(fs::path(source) / "schemac.sum") || [&] {
    for (const auto& entry : fs::directory_iterator(source, ec))
      if (entry.path().string().ends_with(".up.sql")) return true;
    return false;
  }());
  if (migrations) {
    auto folder = read_folder(source, std::nullopt);
    if (!folder) return std::cerr << folder.errors().front().render(), std::nullopt;
    std::vector<SourceFile> files;
    for (const Migration& m : folder->migrations) files.push_back(up_file(folder.value(), m));
    auto dialect = resolve_dialect({}, options);
    auto schema = parse_schema_texts(files, dialect ? dialect.value() : "postgres", options);
    if (!schema) {
      for (const Diagnostic& d : schema.errors()) std::cerr << d.render();
      return std::nullopt;
    }
    return std::move(schema).value();
  }
  LoadReport report;
  auto loaded = load_single(source, options, report);
  print_report(report);
  if (!loaded) return std::nullopt;
  return std::move(loaded->schema);
}

std::string format_of(const ErdArgs& args) {
  if (!args.format.empty()) return args.format == "mmd" ? "mermaid" : args.format;
  const std::string ext = std::filesystem::path(args.output).extension().string();
  if (ext == ".dot" || ext == ".gv") return "dot";
  if (ext == ".svg") return "svg";
  if (ext == ".png") return "png";
  if (ext == ".md") return "md";
  return "mermaid";
}

int run_erd(const ErdArgs& args) {
  const std::string format = format_of(args);
  if (format == "png" && args.output.empty()) {
    std::cerr << "error: a PNG goes to a file: pass -o diagram.png\n";
    return kError;
  }
  ErdOptions options;
  options.columns = args.columns == "keys" ? ErdOptions::Columns::Keys : args.columns == "none" ? ErdOptions::Columns::None : ErdOptions::Columns::All;
  options.tables = args.tables;
  options.schemas = args.sources.schemas;
  options.group_by_schema = args.group_by == "schema";
  Erd erd;
  if (args.diff_to.empty()) {
    auto schema = load(args.source, args.sources);
    if (!schema) return kError;
    erd = make_erd(*schema, options);
  } else {
    LoadReport report;
    auto both = load_comparison(args.source, args.diff_to, args.sources, report);
    print_report(report);
    if (!both) return kError;
    erd = make_change_erd(both->first.schema, both->second.schema, options);
  }
  std::string text;
  if (format == "dot") text = render_dot(erd);
  else if (format == "mermaid") text = render_mermaid(erd);
  else if (format == "md") text = "```mermaid\n" + render_mermaid(erd) + "```\n";
  else {
    auto image = render_image(erd, format);
    if (!image) {
      std::cerr << "error: " << image.errors().front().message << "\n";
      return kError;
    }
    text = std::move(image).value();
  }
  if (args.output.empty()) {
    std::cout << text;
    return kSuccess;
  }
  std::ofstream out(args.output, std::ios::binary);
  if (!(out << text)) {
    std::cerr << "error: cannot write " << args.output << "\n";
    return kError;
  }
  std::cerr << "wrote " << args.output << " (" << erd.tables.size() << " tables, " << erd.edges.size() << " foreign keys)\n";
  return kSuccess;
}

}  // namespace

void add_erd_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ErdArgs>();
  CLI::App* command = app.add_subcommand("erd", "Draw an entity-relationship diagram (Graphviz DOT/SVG/PNG or Mermaid)");
  command->footer(
      "The format comes from -o's extension (.dot .svg .png .mmd .md) or --format; without -o, Mermaid on stdout.\n"
      "Examples:\n"
      "  schemac erd schema/ -o docs/schema.svg\n"
      "  schemac erd postgres://app@db/shop --format mermaid\n"
      "  schemac erd schema/ -o orders.svg --schema app --tables 'order*' --columns keys --group-by schema\n"
      "  schemac erd schema/v1.sql --diff schema/v2.sql -o change.svg   # the tables a change touches\n"
      "Exit codes: 0 written, 1 error.");
  command->add_option("SOURCE", args->source, "Schema: file, folder, migration folder or database URL")->required();
  command->add_option("-o,--output", args->output, "Write to this file (its extension picks the format)");
  command->add_option("--format", args->format, "dot, svg, png, mermaid (or mmd), md")->check(CLI::IsMember({"dot", "svg", "png", "mermaid", "mmd", "md"}));
  command->add_option("--tables", args->tables, "Only tables matching these patterns (comma-separated)")->delimiter(',');
  command->add_option("--columns", args->columns, "Columns shown: all, keys, none")->check(CLI::IsMember({"all", "keys", "none"}))->default_val("all");
  command->add_option("--group-by", args->group_by, "Draw a box per schema")->check(CLI::IsMember({"schema"}));
  command->add_option("--diff", args->diff_to, "Draw the tables a change to this schema touches: added, dropped, altered");
  add_source_options(*command, args->sources);
  command->callback([args, &exit_code] { exit_code = run_erd(*args); });
}

}  // namespace schemac::cli
