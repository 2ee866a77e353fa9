#pragma once

#include "services/decisionstatus.h"
#include "store/storeresult.h"

enum class AuthError;
struct AuthStatus;
enum class PaymentStatus;
struct PaymentResult;
struct BulkCapturePlan;
struct BulkCaptureRowResult;
struct BulkCaptureReport;
struct TeamKeysStatus;

// paydeskctl's exit codes (INTERFACES.md); every command returns one of these.
enum ExitCode : int {
    ExitDone = 0,
    ExitRefused = 1, // a rule, a permission, APS, an invalid signature, a broken chain, bad rows
    ExitUsage = 2,   // usage or malformed input; nothing done
    ExitUnknown = 3, // outcome unknown: recorded, left for reconciliation
    ExitAwaitingApproval = 4,
    ExitEnvironment = 5, // database, network before sending, keychain, mismatched account/environment
};

// The one place the core's answers become exit codes: the core reports what happened, only the command line
// turns it into a number.
//
// A store error: invalid input 2; an existing, missing or changed row 1; the rest (file, lock, key) 5.
int exitCodeOf(StoreError error);
// User administration: a weak password or a bad name 2, the store 5, every other refusal 1.
int exitCodeOf(AuthError error);
int exitCodeOf(const AuthStatus &status);
// A four-eyes decision: refused (permission, one's own request, closed, not found) 1, invalid input 2,
// the store 5.
int exitCodeOf(const DecisionStatus &status);
// A payment: done 0, refused or declined 1, unknown 3, awaiting approval 4, environment 5.
int exitCodeOf(PaymentStatus status);
int exitCodeOf(const PaymentResult &result);
// Bulk capture: the worst of its rows. A skipped row is 1, or 2 for invalid input; a row sent is its
// payment's code.
int exitCodeOf(const BulkCapturePlan &plan);
int exitCodeOf(const BulkCaptureRowResult &row);
int exitCodeOf(const BulkCaptureReport &report);
// Team keys: a weak passphrase 2; another account or environment, the keychain, the store 5 (INTERFACES.md:
// a mismatched account/environment is the environment's); every other refusal (permission, wrong passphrase
// or damaged file, another database of the account, another key, an existing file) 1.
int exitCodeOf(const TeamKeysStatus &status);
