#include "model/infra/database_store.hpp"

#include <fmt/format.h>
#include <malloc.h>

#include <atomic>
#include <cassert>
#include <cstdlib>
#include <cstring>

#include "model/infra/database.hpp"

namespace dispatchsim::model {

namespace {

int column_index(sqlite3* handle, const char* table, const char* column, bool required) {
  sqlite3_stmt* statement = nullptr;
  const std::string sql =
      fmt::format("SELECT cid FROM pragma_table_info('{}') WHERE name = '{}'", table, column);
  sqlite3_prepare_v2(handle, sql.c_str(), -1, &statement, nullptr);
  int index = -1;
  if (sqlite3_step(statement) == SQLITE_ROW) index = sqlite3_column_int(statement, 0);
  sqlite3_finalize(statement);
  if (index < 0 && required)
    throw std::logic_error(fmt::format("schema lacks {}.{}", table, column));
  return index;
}

SchemaColumns read_schema_columns_of(sqlite3* handle) {
  SchemaColumns c;
  c.request_status = column_index(handle, "ride_requests", "status", true);
  c.request_version = column_index(handle, "ride_requests", "version", false);
  c.request_declined_by = column_index(handle, "ride_requests", "declined_by", true);
  c.request_accepted_by = column_index(handle, "ride_requests", "accepted_by", true);
  c.request_location_sequence = column_index(handle, "ride_requests", "location_sequence", false);
  c.request_pickup_lat = column_index(handle, "ride_requests", "pickup_lat", true);
  c.log_request = column_index(handle, "dispatch_log", "request_id", true);
  c.log_driver = column_index(handle, "dispatch_log", "driver_id", true);
  c.queue_request = column_index(handle, "dispatch_queue", "request_id", true);
  c.queue_driver = column_index(handle, "dispatch_queue", "driver_id", true);
  c.queue_sequence = column_index(handle, "dispatch_queue", "sequence_number", true);
  c.queue_status = column_index(handle, "dispatch_queue", "status", true);
  sqlite3_stmt* statement = nullptr;
  sqlite3_prepare_v2(
      handle,
      "SELECT m.name || '.' || p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
      "WHERE m.type = 'table'",
      -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW) {
    c.columns.insert(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
  }
  sqlite3_finalize(statement);
  assert(!c.columns.empty());
  return c;
}

sim::Kernel* kernel_of(sqlite3_context* context) {
  const auto* clock = static_cast<const StoreClock*>(sqlite3_user_data(context));
  return clock != nullptr ? clock->kernel : nullptr;
}

void sim_now_function(sqlite3_context* context, int, sqlite3_value**) {
  sim::Kernel* kernel = kernel_of(context);
  const std::string text = sql_timestamp(kernel != nullptr ? kernel->now() : 0);
  sqlite3_result_text(context, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void sim_now_us_function(sqlite3_context* context, int, sqlite3_value**) {
  sim::Kernel* kernel = kernel_of(context);
  sqlite3_result_int64(context, kernel != nullptr ? kernel->now() : 0);
}

// random() and randomblob() would make a run depend on SQLite's own PRNG: refuse them loudly.
void forbidden_function(sqlite3_context* context, int, sqlite3_value**) {
  sqlite3_result_error(context, "nondeterministic SQL function is not allowed in the simulation",
                       -1);
}

void register_functions(sqlite3* handle, StoreClock* kernel) {
  sqlite3_create_function(handle, "sim_now", 0, SQLITE_UTF8, kernel, sim_now_function, nullptr,
                          nullptr);
  sqlite3_create_function(handle, "sim_now_us", 0, SQLITE_UTF8, kernel, sim_now_us_function,
                          nullptr, nullptr);
  sqlite3_create_function(handle, "random", 0, SQLITE_UTF8, nullptr, forbidden_function, nullptr,
                          nullptr);
  sqlite3_create_function(handle, "randomblob", 1, SQLITE_UTF8, nullptr, forbidden_function,
                          nullptr, nullptr);
}

// The schema is built once per process by running the DDL; each run copies it (backup API),
// which is an order of magnitude cheaper than running the DDL again.
struct SchemaTemplate {
  sqlite3* handle = nullptr;
  std::shared_ptr<const SchemaColumns> columns;
};

const SchemaTemplate& schema_template() {
  static const SchemaTemplate instance = [] {
    SchemaTemplate result;
    check_sqlite(sqlite3_open(":memory:", &result.handle), result.handle, "open schema template");
    register_functions(result.handle, nullptr);
    const std::string schema(embedded_sql("schema"));
    char* error = nullptr;
    if (sqlite3_exec(result.handle, schema.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      const std::string message = error != nullptr ? error : "unknown";
      sqlite3_free(error);
      throw std::logic_error("model/infra/sql/schema.sql does not load: " + message);
    }
    result.columns = std::make_shared<const SchemaColumns>(read_schema_columns_of(result.handle));
    return result;
  }();
  return instance;
}

std::atomic<std::uint64_t> database_names{0};

// Every run builds and frees a whole database and world; with glibc's default trimming that
// churn costs a page fault per page per run (measured: 3,000 faults and 10x the time of a
// hardened run, and 10x the cost of a template copy). Keeping freed memory in the process cannot
// change what a run computes.
void keep_freed_memory_once() {
  static const bool done = [] {
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    return true;
  }();
  (void)done;
}

// SQLite's memory: Debian builds it without lookaside (OMIT_LOOKASIDE), so every Mem, cursor,
// parse node and journal chunk is a malloc and a free: ~9 % of a hardened decline-race run in
// glibc's malloc/free, much of it in their slow paths (glibc's per-thread cache keeps 7 blocks
// per size). These free lists keep every freed block for the next allocation of its size class
// (16-byte steps to 1 KiB, 1 KiB steps to 16 KiB; larger ones go to malloc). Per thread, so
// threads never share a list (a block freed on another thread joins that thread's list). The
// memory stays in the process, as keep_freed_memory_once already arranges for malloc's.
namespace sqlite_memory {

constexpr std::size_t header = 8;  // keeps SQLite's 8-byte alignment
constexpr std::size_t small_step = 16, small_limit = 1024, large_step = 1024, large_limit = 16384;
constexpr std::size_t small_classes = small_limit / small_step;
constexpr std::size_t classes = 1 + small_classes + (large_limit - small_limit) / large_step;
constexpr std::uint64_t unpooled = std::uint64_t{1} << 63;  // header of a plain malloc block

// 0: too large to pool.
std::size_t class_of(std::size_t total) {
  if (total <= small_limit) return (total + small_step - 1) / small_step;
  if (total <= large_limit)
    return small_classes + (total - small_limit + large_step - 1) / large_step;
  return 0;
}
std::size_t capacity_of(std::size_t size_class) {
  return size_class <= small_classes ? size_class * small_step
                                     : small_limit + (size_class - small_classes) * large_step;
}

struct FreeBlock {
  FreeBlock* next;
};
thread_local FreeBlock* free_lists[classes] = {};

std::uint64_t& header_of(void* pointer) {
  return *reinterpret_cast<std::uint64_t*>(static_cast<char*>(pointer) - header);
}

void* allocate(int bytes) {
  if (bytes <= 0) return nullptr;
  const std::size_t total = static_cast<std::size_t>(bytes) + header;
  const std::size_t size_class = class_of(total);
  void* block = nullptr;
  if (size_class == 0) {
    block = std::malloc(total);
    if (block == nullptr) return nullptr;
    *static_cast<std::uint64_t*>(block) = unpooled | total;
  } else {
    FreeBlock*& list = free_lists[size_class];
    if (list != nullptr) {
      block = list;
      list = list->next;
    } else {
      block = std::malloc(capacity_of(size_class));
      if (block == nullptr) return nullptr;
    }
    *static_cast<std::uint64_t*>(block) = size_class;
  }
  return static_cast<char*>(block) + header;
}

void release(void* pointer) {
  if (pointer == nullptr) return;
  const std::uint64_t tag = header_of(pointer);
  void* block = static_cast<char*>(pointer) - header;
  if ((tag & unpooled) != 0) return std::free(block);
  assert(tag > 0 && tag < classes);
  auto* freed = static_cast<FreeBlock*>(block);
  freed->next = free_lists[tag];
  free_lists[tag] = freed;
}

int usable_size(void* pointer) {
  if (pointer == nullptr) return 0;
  const std::uint64_t tag = header_of(pointer);
  const std::size_t total = (tag & unpooled) != 0 ? tag & ~unpooled : capacity_of(tag);
  return static_cast<int>(total - header);
}

void* reallocate(void* pointer, int bytes) {
  if (pointer == nullptr) return allocate(bytes);
  if (bytes <= usable_size(pointer)) return pointer;
  void* moved = allocate(bytes);
  if (moved == nullptr) return nullptr;
  std::memcpy(moved, pointer, static_cast<std::size_t>(usable_size(pointer)));
  release(pointer);
  return moved;
}

int round_up(int bytes) {
  const std::size_t total = static_cast<std::size_t>(bytes) + header;
  const std::size_t size_class = class_of(total);
  return size_class == 0 ? (bytes + 7) & ~7 : static_cast<int>(capacity_of(size_class) - header);
}

int initialize(void*) {
  return SQLITE_OK;
}
void shut_down(void*) {}

const sqlite3_mem_methods methods = {allocate, release,    reallocate, usable_size,
                                     round_up, initialize, shut_down,  nullptr};

}  // namespace sqlite_memory

// Process-wide SQLite settings that change no result, only cost (Debian's build counts every
// allocation under a global mutex and serializes every call; a run has one thread, and
// dispatchsim starts none): set before SQLite initializes, i.e. before main. Each call fails
// harmlessly (SQLITE_MISUSE) if something initialized SQLite first.
const bool sqlite_configured_for_one_thread = [] {
  sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  sqlite3_config(SQLITE_CONFIG_MALLOC, &sqlite_memory::methods);
  return true;
}();

// Given-back stores of this thread, most recent last. A sweep worker needs one; a few cover
// callers that hold several databases at once.
constexpr std::size_t max_pooled_stores = 4;
thread_local std::vector<std::unique_ptr<DatabaseStore>> pooled_stores;

// Statements a process may have left mid-way (a crash unwinds between yield points, never inside
// a step, but a test may drop a connection anywhere).
void reset_all_statements(sqlite3* handle) {
  for (sqlite3_stmt* statement = sqlite3_next_stmt(handle, nullptr); statement != nullptr;
       statement = sqlite3_next_stmt(handle, statement)) {
    if (sqlite3_stmt_busy(statement) != 0) sqlite3_reset(statement);
  }
}

// Parses the schema now (any statement naming a table does) and validates it against the
// database (the step checks the schema cookie). False when a lock prevents it: the connection
// then reads the schema at its first statement, as a fresh SQLite connection does.
bool parse_schema(sqlite3* handle) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM sqlite_schema", -1, &statement, nullptr) !=
      SQLITE_OK) {
    sqlite3_finalize(statement);
    return false;
  }
  const int code = sqlite3_step(statement);
  sqlite3_finalize(statement);
  return code == SQLITE_ROW;
}

}  // namespace

bool sqlite_busy(int code) {
  return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

void check_sqlite(int code, sqlite3* handle, std::string_view what) {
  if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
    throw SqlError(code, fmt::format("{}: {}", what, sqlite3_errmsg(handle)), sqlite_busy(code));
  }
}

// The plan's migration columns (version, location_sequence) are optional: its rollback drops
// them mid-run.
SchemaColumns read_schema_columns(sqlite3* handle) {
  return read_schema_columns_of(handle);
}

PooledConnection::~PooledConnection() {
  for (auto& [sql, statement] : statements) sqlite3_finalize(statement);
  sqlite3_close_v2(handle);
}

const std::shared_ptr<const SchemaColumns>& DatabaseStore::template_columns() {
  return schema_template().columns;
}

DatabaseStore::DatabaseStore() {
  keep_freed_memory_once();
  // The name only has to be unique among databases open in this process at once; it never
  // reaches the trace.
  uri_ = fmt::format("file:/dispatchsim-{}?vfs=memdb", database_names.fetch_add(1));
  anchor_ = std::make_unique<PooledConnection>(open());
  sqlite3* anchor = anchor_->handle;
  sqlite3_backup* backup = sqlite3_backup_init(anchor, "main", schema_template().handle, "main");
  if (backup == nullptr) check_sqlite(SQLITE_ERROR, anchor, "copy schema");
  sqlite3_backup_step(backup, -1);
  check_sqlite(sqlite3_backup_finish(backup), anchor, "copy schema");
  std::vector<std::string> tables;
  for (sqlite3_stmt* names =
           anchor_statement("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
       sqlite3_step(names) == SQLITE_ROW;) {
    tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(names, 0)));
  }
  for (const std::string& table : tables) {
    // No DELETE triggers in the schema: SQLite truncates each table in one step.
    clear_tables_.push_back(anchor_statement(fmt::format("DELETE FROM \"{}\"", table)));
  }
  sqlite3_reset(
      anchor_statement("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
  template_schema_version_ = schema_version();
}

DatabaseStore::~DatabaseStore() {
  idle_.clear();
  anchor_.reset();
}

sqlite3* DatabaseStore::open() {
  sqlite3* handle = nullptr;
  const int code = sqlite3_open_v2(
      uri_.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
  if (code != SQLITE_OK) {
    const std::string message = handle != nullptr ? sqlite3_errmsg(handle) : "out of memory";
    sqlite3_close_v2(handle);
    throw SqlError(code, "open in-memory database: " + message);
  }
  register_functions(handle, &clock_);
  // Debian's default overwrites deleted content with zeros: bytes no query can see.
  sqlite3_exec(handle, "PRAGMA secure_delete = OFF", nullptr, nullptr, nullptr);
  return handle;
}

sqlite3_stmt* DatabaseStore::anchor_statement(std::string_view sql) {
  auto found = anchor_->statements.find(sql);
  if (found != anchor_->statements.end()) return found->second;
  sqlite3_stmt* prepared = nullptr;
  check_sqlite(
      sqlite3_prepare_v2(anchor(), sql.data(), static_cast<int>(sql.size()), &prepared, nullptr),
      anchor(), "prepare");
  anchor_->statements.emplace(std::string(sql), prepared);
  return prepared;
}

std::int64_t DatabaseStore::schema_version() {
  sqlite3_stmt* statement = anchor_statement("PRAGMA schema_version");
  const std::int64_t version =
      sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
  sqlite3_reset(statement);
  return version;
}

void DatabaseStore::reset_content() {
  for (sqlite3_stmt* statement : clear_tables_) {
    const int code = sqlite3_step(statement);
    sqlite3_reset(statement);
    check_sqlite(code, anchor(), "reset the database content");
  }
}

std::unique_ptr<DatabaseStore> DatabaseStore::take(sim::Kernel& kernel) {
  std::unique_ptr<DatabaseStore> store;
  if (pooled_stores.empty()) {
    store.reset(new DatabaseStore());
  } else {
    store = std::move(pooled_stores.back());
    pooled_stores.pop_back();
    store->reset_content();
  }
  store->clock_.kernel = &kernel;
  return store;
}

void DatabaseStore::give_back(std::unique_ptr<DatabaseStore> store) {
  store->clock_.kernel = nullptr;
  reset_all_statements(store->anchor());
  if (sqlite3_get_autocommit(store->anchor()) == 0) return;  // left mid-transaction: close it
  // A schema changed by DDL (the plan's rollback, a test) would leak into the next run.
  if (store->schema_version() != store->template_schema_version_) return;
  if (pooled_stores.size() >= max_pooled_stores) return;
  pooled_stores.push_back(std::move(store));
}

std::unique_ptr<PooledConnection> DatabaseStore::connection() {
  if (!idle_.empty()) {
    std::unique_ptr<PooledConnection> connection = std::move(idle_.back());
    idle_.pop_back();
    return connection;
  }
  auto connection = std::make_unique<PooledConnection>(open());
  parse_schema(connection->handle);
  return connection;
}

void DatabaseStore::release(std::unique_ptr<PooledConnection> connection) {
  sqlite3* handle = connection->handle;
  reset_all_statements(handle);
  // Closing a connection rolls back its open transaction; so does giving it back.
  if (sqlite3_get_autocommit(handle) == 0)
    sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_preupdate_hook(handle, nullptr, nullptr);
  sqlite3_set_last_insert_rowid(handle, 0);  // as a fresh connection's
  idle_.push_back(std::move(connection));
}

void DatabaseStore::keep_idle(std::size_t count) {
  while (idle_.size() < count) {
    auto connection = std::make_unique<PooledConnection>(open());
    [[maybe_unused]] const bool parsed = parse_schema(connection->handle);
    assert(parsed && "keep_idle runs before the run starts, when no lock is held");
    idle_.push_back(std::move(connection));
  }
}

}  // namespace dispatchsim::model
