#pragma once
// SQL text for SQLite, shared by the files that render each kind of change.
#include <string>
#include <string_view>
#include <vector>

#include "diff/change.hpp"

namespace schemac::sqlite_sql {

// A name as written in DDL: bare when SQLite reads it back unchanged, else in
// double quotes. Its case is kept: SQLite stores the statement as written.
std::string ident(std::string_view name);
std::string qualified(const QualifiedName& name);  // the schema only when it is not main
std::string literal(std::string_view text);
std::string ident_list(const std::vector<std::string>& names);

std::string create_table(const Table& table, const QualifiedName& name);
std::string add_column(const AddColumn& change);
std::string drop_column(const DropColumn& change);
std::vector<std::string> rebuild_table(const RebuildTable& change);

std::string create_index(const CreateIndex& change);
std::string drop_index(const DropIndex& change);
std::string create_view(const View& view);
std::string drop_view(const View& view);
std::string create_trigger(const Trigger& trigger);
std::string drop_trigger(const Trigger& trigger);
std::vector<std::string> create_virtual_table(const VirtualTable& table);
std::string drop_virtual_table(const VirtualTable& table);

}  // namespace schemac::sqlite_sql
