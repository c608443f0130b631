#include "source/scratch_database.hpp"

#include <csignal>
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

}  // namespace

bool interrupted() { return g_interrupted != 0; }

Result<std::unique_ptr<ScratchDatabase>> ScratchDatabase::create(const db::ConnectionTarget& server) {
  auto admin = db::PostgresConnection::open(server);
  if (!admin) return admin.errors();
  const std::string name = "schemac_scratch_" + random_suffix();
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
