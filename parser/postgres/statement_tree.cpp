#include "parser/postgres/statement_tree.hpp"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>

#include "parser/postgres/failure.hpp"

namespace schemac::pg {
namespace {

using Visitor = std::function<void(ProtobufCMessage*)>;

// Every message under `message`, through protobuf-c's descriptors: new node
// kinds need no code here.
void walk(ProtobufCMessage* message, const Visitor& visit) {
  visit(message);
  const ProtobufCMessageDescriptor* descriptor = message->descriptor;
  char* base = reinterpret_cast<char*>(message);
  for (unsigned i = 0; i < descriptor->n_fields; ++i) {
    const ProtobufCFieldDescriptor& field = descriptor->fields[i];
    if (field.type != PROTOBUF_C_TYPE_MESSAGE) continue;
    if ((field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0 &&
        *reinterpret_cast<const std::uint32_t*>(base + field.quantifier_offset) != field.id)
      continue;  // another member of the union is set
    if (field.label == PROTOBUF_C_LABEL_REPEATED) {
      const std::size_t count = *reinterpret_cast<const std::size_t*>(base + field.quantifier_offset);
      ProtobufCMessage** items = *reinterpret_cast<ProtobufCMessage***>(base + field.offset);
      for (std::size_t k = 0; k < count; ++k)
        if (items[k]) walk(items[k], visit);
    } else if (ProtobufCMessage* child = *reinterpret_cast<ProtobufCMessage**>(base + field.offset)) {
      walk(child, visit);
    }
  }
}

template <class T>
T* as(ProtobufCMessage* message, const ProtobufCMessageDescriptor& descriptor) {
  return message->descriptor == &descriptor ? reinterpret_cast<T*>(message) : nullptr;
}

std::string_view text_of(const char* value) { return value ? std::string_view(value) : std::string_view(); }

std::vector<std::string> string_nodes(std::size_t count, PgQuery__Node** nodes) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < count; ++i)
    if (nodes[i]->node_case == PG_QUERY__NODE__NODE_STRING) out.emplace_back(text_of(nodes[i]->string->sval));
  return out;
}

// Prefixes a call's name with `schema`. Allocated with malloc, as protobuf-c's
// default allocator frees what it unpacked with free().
void qualify_call(PgQuery__FuncCall& call, const std::string& schema) {
  auto* text = static_cast<PgQuery__String*>(std::malloc(sizeof(PgQuery__String)));
  auto* node = static_cast<PgQuery__Node*>(std::malloc(sizeof(PgQuery__Node)));
  auto** names = static_cast<PgQuery__Node**>(std::malloc(2 * sizeof(PgQuery__Node*)));
  *text = PG_QUERY__STRING__INIT;
  text->sval = strdup(schema.c_str());
  *node = PG_QUERY__NODE__INIT;
  node->node_case = PG_QUERY__NODE__NODE_STRING;
  node->string = text;
  names[0] = node;
  names[1] = call.funcname[0];
  std::free(call.funcname);
  call.funcname = names;
  call.n_funcname = 2;
}

}  // namespace

struct StatementTree::Tree {
  PgQueryProtobufParseResult parsed{};
  PgQuery__ParseResult* result = nullptr;

  ~Tree() {
    if (result) pg_query__parse_result__free_unpacked(result, nullptr);
    pg_query_free_protobuf_parse_result(parsed);
  }

  // `node` printed back as a statement of its own.
  std::string deparse(PgQuery__Node* node) const {
    PgQuery__RawStmt raw = PG_QUERY__RAW_STMT__INIT;
    raw.stmt = node;
    PgQuery__RawStmt* statements[] = {&raw};
    PgQuery__ParseResult single = PG_QUERY__PARSE_RESULT__INIT;
    single.version = result->version;
    single.n_stmts = 1;
    single.stmts = statements;
    std::string packed(pg_query__parse_result__get_packed_size(&single), '\0');
    pg_query__parse_result__pack(&single, reinterpret_cast<std::uint8_t*>(packed.data()));
    PgQueryProtobuf input{packed.size(), packed.data()};
    PgQueryDeparseResult printed = pg_query_deparse_protobuf(input);
    std::string out = printed.query ? printed.query : "";
    const std::string error = printed.error ? printed.error->message : "";
    pg_query_free_deparse_result(printed);
    if (!error.empty()) throw ParseFailure{-1, "cannot print the query back: " + error, {}, true};
    return out;
  }
};

StatementTree::StatementTree(std::string_view statement_text) : tree_(std::make_unique<Tree>()) {
  const std::string text(statement_text);
  tree_->parsed = pg_query_parse_protobuf(text.c_str());
  if (tree_->parsed.error) throw ParseFailure{-1, tree_->parsed.error->message};
  tree_->result = pg_query__parse_result__unpack(nullptr, tree_->parsed.parse_tree.len,
                                                 reinterpret_cast<const std::uint8_t*>(tree_->parsed.parse_tree.data));
  if (!tree_->result || tree_->result->n_stmts != 1) throw ParseFailure{-1, "expected one statement"};
}

StatementTree::~StatementTree() = default;

namespace {

// Qualifies what `node` reads through the resolvers and lists it.
void qualify_names(PgQuery__Node* node, const RelationResolver& resolve, const RelationResolver& resolve_function, QueryText& out) {
  // Names of WITH queries are not relations (a close approximation of scope:
  // a relation named like a WITH query anywhere in the tree stays as written).
  std::set<std::string, std::less<>> with_names;
  walk(&node->base, [&](ProtobufCMessage* m) {
    if (auto* cte = as<PgQuery__CommonTableExpr>(m, pg_query__common_table_expr__descriptor))
      with_names.emplace(text_of(cte->ctename));
  });
  std::set<QualifiedName> relations, functions;
  walk(&node->base, [&](ProtobufCMessage* m) {
    if (auto* range = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor)) {
      if (text_of(range->schemaname).empty() && !with_names.contains(text_of(range->relname))) {
        if (auto schema = resolve(text_of(range->relname))) {
          // Freed with the tree by protobuf-c's default allocator, i.e. free().
          range->schemaname = strdup(schema->c_str());
        }
      }
      if (!text_of(range->schemaname).empty())
        relations.insert(QualifiedName{std::string(text_of(range->schemaname)), std::string(text_of(range->relname))});
    } else if (auto* call = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) {
      if (call->n_funcname == 1 && call->funcname[0]->node_case == PG_QUERY__NODE__NODE_STRING)
        if (auto schema = resolve_function(text_of(call->funcname[0]->string->sval))) qualify_call(*call, *schema);
      const std::vector<std::string> name = string_nodes(call->n_funcname, call->funcname);
      if (name.size() == 2 && name[0] != "pg_catalog") functions.insert(QualifiedName{name[0], name[1]});
    }
  });
  out.relations.assign(relations.begin(), relations.end());
  out.functions.assign(functions.begin(), functions.end());
}

}  // namespace

QueryText StatementTree::view_query(const RelationResolver& resolve, const RelationResolver& resolve_function) {
  PgQuery__Node* statement = tree_->result->stmts[0]->stmt;
  PgQuery__Node* query = nullptr;
  if (statement->node_case == PG_QUERY__NODE__NODE_VIEW_STMT) query = statement->view_stmt->query;
  else if (statement->node_case == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT) query = statement->create_table_as_stmt->query;
  if (!query) throw ParseFailure{-1, "expected CREATE VIEW or CREATE MATERIALIZED VIEW"};
  QueryText out;
  qualify_names(query, resolve, resolve_function, out);
  out.text = tree_->deparse(query);
  return out;
}

QueryText StatementTree::function_body(const RelationResolver& resolve, const RelationResolver& resolve_function) {
  PgQuery__Node* statement = tree_->result->stmts[0]->stmt;
  if (statement->node_case != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT || !statement->create_function_stmt->sql_body)
    throw ParseFailure{-1, "expected CREATE FUNCTION with a RETURN or BEGIN ATOMIC body"};
  QueryText out;
  PgQuery__Node* body = statement->create_function_stmt->sql_body;
  qualify_names(body, resolve, resolve_function, out);
  // BEGIN ATOMIC: a list holding the list of statements, which deparse does
  // not print: each statement is printed on its own.
  if (body->node_case == PG_QUERY__NODE__NODE_LIST) {
    out.text = "BEGIN ATOMIC";
    if (body->list->n_items == 1 && body->list->items[0]->node_case == PG_QUERY__NODE__NODE_LIST) {
      const PgQuery__List* statements = body->list->items[0]->list;
      for (std::size_t i = 0; i < statements->n_items; ++i) out.text += " " + tree_->deparse(statements->items[i]) + ";";
    }
    out.text += " END";
    return out;
  }
  // RETURN: printed as the body of a bare procedure "f()", then that head taken off.
  PgQuery__String name = PG_QUERY__STRING__INIT;
  name.sval = const_cast<char*>("f");
  PgQuery__Node name_node = PG_QUERY__NODE__INIT;
  name_node.node_case = PG_QUERY__NODE__NODE_STRING;
  name_node.string = &name;
  PgQuery__Node* names[] = {&name_node};
  PgQuery__CreateFunctionStmt bare = PG_QUERY__CREATE_FUNCTION_STMT__INIT;
  bare.is_procedure = 1;
  bare.n_funcname = 1;
  bare.funcname = names;
  bare.sql_body = statement->create_function_stmt->sql_body;
  PgQuery__Node node = PG_QUERY__NODE__INIT;
  node.node_case = PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT;
  node.create_function_stmt = &bare;
  out.text = tree_->deparse(&node);
  constexpr std::string_view kHead = "CREATE PROCEDURE f() ";
  if (!out.text.starts_with(kHead)) throw ParseFailure{-1, "cannot print the function body back: " + out.text, {}, true};
  out.text.erase(0, kHead.size());
  return out;
}

std::pair<QueryText, QueryText> StatementTree::policy_expressions(const RelationResolver& resolve,
                                                                  const RelationResolver& resolve_function) {
  PgQuery__Node* statement = tree_->result->stmts[0]->stmt;
  PgQuery__Node *qual = nullptr, *check = nullptr;
  if (statement->node_case == PG_QUERY__NODE__NODE_CREATE_POLICY_STMT)
    qual = statement->create_policy_stmt->qual, check = statement->create_policy_stmt->with_check;
  else if (statement->node_case == PG_QUERY__NODE__NODE_ALTER_POLICY_STMT)
    qual = statement->alter_policy_stmt->qual, check = statement->alter_policy_stmt->with_check;
  else
    throw ParseFailure{-1, "expected CREATE POLICY or ALTER POLICY"};
  auto text = [&](PgQuery__Node* expression) {
    QueryText out;
    if (!expression) return out;
    qualify_names(expression, resolve, resolve_function, out);
    // Printed as the one target of a SELECT, then the SELECT taken off.
    PgQuery__ResTarget target = PG_QUERY__RES_TARGET__INIT;
    target.val = expression;
    PgQuery__Node target_node = PG_QUERY__NODE__INIT;
    target_node.node_case = PG_QUERY__NODE__NODE_RES_TARGET;
    target_node.res_target = &target;
    PgQuery__Node* targets[] = {&target_node};
    PgQuery__SelectStmt select = PG_QUERY__SELECT_STMT__INIT;
    select.n_target_list = 1;
    select.target_list = targets;
    select.limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
    select.op = PG_QUERY__SET_OPERATION__SETOP_NONE;
    PgQuery__Node node = PG_QUERY__NODE__INIT;
    node.node_case = PG_QUERY__NODE__NODE_SELECT_STMT;
    node.select_stmt = &select;
    out.text = tree_->deparse(&node);
    if (out.text.starts_with("SELECT ")) out.text.erase(0, 7);
    return out;
  };
  return {text(qual), text(check)};
}

}  // namespace schemac::pg
