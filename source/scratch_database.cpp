#include "source/scratch_database.hpp"

#include <csignal>
#include <cstdio>
#include <random>

namespace schemac {
namespace {

// Signal handling is process-wide by nature: one flag, and the cancel
// handle of the connection loading the scratch database.
volatile std::sig_atomic_t g_interrupted = 0;
db::PostgresConnection* volatile g_cancellable = nullptr;

extern "C" void on_signal(int) {
  g_interrupted = 1;
  if (db::PostgresConnection* connection = g_cancellable) connection->cancel_running();  // async-signal-safe (PQcancel)
}

std::string random_suffix() {
  std::random_device device;
  std::uniform_int_distribution<unsigned> digit(0, 35);
  std::string out;
  for (int i = 0; i < 10; ++i) {
    const unsigned d = digit(device);
    out += static_cast<char>(d < 10 ? '0' + d : 'a' + (d - 10));
  }
  return out;
}

// A schemac killed outright (SIGKILL, OOM, power) cannot drop its scratch
// database. Each one's creator names its own session after it, before making
// it: a scratch database of ours that no session is named after, and that
// nobody is connected to, was left by a schemac that is gone.
constexpr const char* kOrphans = R"SQL(
SELECT d.datname FROM pg_catalog.pg_database d
WHERE d.datname ~ '^schemac_scratch_[0-9a-z]{10}$' AND pg_catalog.pg_get_userbyid(d.datdba) = current_user
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.application_name = d.datname OR a.datname = d.datname))SQL";

void drop_orphans(db::PostgresConnection& admin) {
  auto orphans = admin.query(kOrphans);
  if (!orphans) return;  // only tidying: never a reason to fail
  for (std::size_t row = 0; row < orphans.value()->size(); ++row)
    if (auto name = orphans.value()->get(row, 0)) {
      if (!admin.execute("DROP DATABASE IF EXISTS " + std::string(*name)))
        std::fprintf(stderr, "note: dropped %.*s, a scratch database a killed schemac left behind\n", static_cast<int>(name->size()), name->data());
    }
}

}  // namespace

bool interrupted() { return g_interrupted != 0; }

Result<std::unique_ptr<ScratchDatabase>> ScratchDatabase::create(const db::ConnectionTarget& server) {
  auto admin = db::PostgresConnection::open(server);
  if (!admin) return admin.errors();
  const std::string name = "schemac_scratch_" + random_suffix();
  drop_orphans(*admin.value());
  if (auto error = admin.value()->execute("SET application_name = '" + name + "'"))
    return Diagnostic{{}, "cannot name the session on " + server.display + ": " + *error, {}, {}};
  if (auto error = admin.value()->execute("CREATE DATABASE " + name + " TEMPLATE template0"))
    return Diagnostic{{}, "cannot create a scratch database on " + server.display + ": " + *error, {}, {}};
  db::ConnectionTarget target{db::with_database(server.conninfo, name), server.display + " (scratch " + name + ")"};
  auto connection = db::PostgresConnection::open(target);
  if (!connection) {
    admin.value()->execute("DROP DATABASE IF EXISTS " + name);
    return connection.errors();
  }
  auto scratch = std::unique_ptr<ScratchDatabase>(
      new ScratchDatabase(std::move(admin).value(), name, std::move(connection).value()));
  g_cancellable = scratch->connection_.get();
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  return scratch;
}

ScratchDatabase::ScratchDatabase(std::unique_ptr<db::PostgresConnection> admin, std::string name,
                                 std::unique_ptr<db::PostgresConnection> connection)
    : admin_(std::move(admin)), name_(std::move(name)), connection_(std::move(connection)) {}

ScratchDatabase::~ScratchDatabase() {
  g_cancellable = nullptr;
  connection_.reset();
  admin_->execute("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
}

}  // namespace schemac
