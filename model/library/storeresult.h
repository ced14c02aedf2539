// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>

namespace sd {

// Why a library operation failed. The message of a StoreStatus says it in words for the user.
enum class StoreError {
    None,
    NotFound, // no sequence, tag or recovery copy with that id
    ReadOnly, // the library was opened read-only
    Busy,     // another program held the library longer than the busy timeout
    Conflict, // the sequence changed since it was loaded, or a name/id clash
    Invalid,  // the data cannot be stored (bad name, tag shape, dangling link...)
    Refused,  // a library rule said no (activation, editing an active sequence)
    Damaged,  // SQLite found the file corrupt
    Failed,   // anything else SQLite or the file system reported
};

// The outcome of a library operation: ok, or what went wrong (translated, says what to do).
struct StoreStatus
{
    StoreError error = StoreError::None;
    QString message;

    [[nodiscard]] bool ok() const { return error == StoreError::None; }
    explicit operator bool() const { return ok(); }
};

// A value, or the status saying why there is none.
template <typename T> struct StoreResult
{
    StoreStatus status;
    T value{};

    StoreResult() = default;
    StoreResult(T v) : value(std::move(v)) {}
    StoreResult(StoreStatus s) : status(std::move(s)) {}

    [[nodiscard]] bool ok() const { return status.ok(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const QString &message() const { return status.message; }
};

} // namespace sd
