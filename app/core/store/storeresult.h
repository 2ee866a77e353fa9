#pragma once

#include <QString>

#include <optional>
#include <utility>

// Why a store operation did not happen. Every store call reports one of these with a message for people
// (naming the file, the row or the option concerned); nothing in the store throws.
enum class StoreError {
    None,
    Missing,          // the database (or key) file does not exist, and only `init` creates one
    AlreadyExists,    // `init` or a backup target: the file is already there
    NotADatabase,     // not an SQLite file at all, or an empty file
    Foreign,          // an SQLite file of another application (application_id differs)
    Corrupt,          // an SQLite file that cannot be read back consistently
    NewerSchema,      // written by a newer PayDesk: user_version above what this program knows
    WrongAccount,     // the database belongs to another merchant account
    WrongEnvironment, // the database belongs to another environment
    Migration,        // a migration file failed; nothing of it was applied
    NotFound,         // no such row
    Conflict,         // compare-and-set lost: the row changed since it was read (row_version differs)
    Invalid,          // refused input: an unmasked card number, a bad value
    Busy,             // another connection held the write lock beyond the busy timeout
    AuditKey,         // the audit key is missing or unreadable
    Io,               // the file system refused (permissions, disk full, rename)
    Unreachable,      // the database server cannot be reached or dropped the connection (team mode)
    Sql,              // any other database error
};

// The outcome of a store call that returns nothing but success or an error.
struct StoreStatus
{
    StoreError error = StoreError::None;
    QString message;

    bool ok() const { return error == StoreError::None; }
    static StoreStatus success() { return {}; }
    static StoreStatus failure(StoreError error, QString message) { return {error, std::move(message)}; }
};

// A value or the reason there is none.
template<typename T>
struct StoreResult
{
    std::optional<T> value;
    StoreError error = StoreError::None;
    QString message;

    StoreResult(T v)
        : value(std::move(v))
    {} // NOLINT(google-explicit-constructor): returning a value reads well
    StoreResult(const StoreStatus &status)
        : error(status.error)
        , message(status.message)
    {} // NOLINT
    static StoreResult failure(StoreError error, QString message)
    {
        return StoreResult(StoreStatus::failure(error, std::move(message)));
    }

    bool ok() const { return value.has_value(); }
    StoreStatus status() const { return {error, message}; }
    T &operator*() { return *value; }
    const T &operator*() const { return *value; }
    T *operator->() { return &*value; }
    const T *operator->() const { return &*value; }
};
