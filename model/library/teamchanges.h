// SPDX-License-Identifier: MIT
#pragma once

// Other sessions' changes to a team library (docs/storage.md, "Team library on PostgreSQL"):
// every write transaction ends with NOTIFY sd_library_changed, and each session LISTENs on its
// connection, so the window can refresh when another manager changed something.

namespace sd {

class Library;

// The team library's connection socket, readable when a notification arrives; -1 for a file.
[[nodiscard]] int teamChangeSocket(const Library &library);
// Reads what arrived without waiting: true when another session committed a change since the
// last call (this session's own changes do not count). Always false for a file.
[[nodiscard]] bool takeOthersChanges(Library &library);

} // namespace sd
