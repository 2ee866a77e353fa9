-- PayDesk schema, version 1. Times are INTEGER milliseconds since the Unix epoch, UTC. Amounts are INTEGER
-- minor units of the row's currency. Tokens are those of INTERFACES.md.

-- One row per fact about the database itself: merchant_identifier, environment, created_at.
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    merchant_identifier TEXT NOT NULL,
    merchant_reference TEXT NOT NULL,
    fort_id TEXT,
    origin TEXT NOT NULL CHECK (origin IN ('authorization', 'purchase')),
    currency TEXT NOT NULL,
    authorized INTEGER NOT NULL DEFAULT 0 CHECK (authorized >= 0),
    captured INTEGER NOT NULL DEFAULT 0 CHECK (captured >= 0),
    refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded >= 0),
    refund_reserved INTEGER NOT NULL DEFAULT 0 CHECK (refund_reserved >= 0),
    voided INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    -- TransactionRules::baseState(): the state ignoring time. "expired" is derived at query time from
    -- base_state = 'authorized' AND capture_deadline < now, so time passing never needs a write.
    base_state TEXT NOT NULL,
    authorized_at INTEGER NOT NULL,
    capture_deadline INTEGER NOT NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    card_masked TEXT NOT NULL DEFAULT '',
    card_last4 TEXT NOT NULL DEFAULT '',
    payment_option TEXT NOT NULL DEFAULT '',
    digital_wallet TEXT NOT NULL DEFAULT '',
    order_description TEXT NOT NULL DEFAULT '',
    last_response_code TEXT NOT NULL DEFAULT '',
    last_response_message TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    unresolved INTEGER NOT NULL DEFAULT 0,
    -- set when an import or a status refresh disagreed with the journal's totals
    needs_status_check INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    UNIQUE (merchant_identifier, merchant_reference)
);
CREATE INDEX transactions_by_date ON transactions (authorized_at, id);
CREATE INDEX transactions_by_deadline ON transactions (capture_deadline, id);
CREATE INDEX transactions_by_amount ON transactions (authorized, id);
CREATE INDEX transactions_by_state ON transactions (base_state, capture_deadline, id);
CREATE INDEX transactions_by_customer ON transactions (customer_name, id);
CREATE INDEX transactions_by_currency ON transactions (currency, authorized_at, id);
CREATE INDEX transactions_unresolved ON transactions (id) WHERE unresolved = 1;

-- The operation journal (ARCHITECTURE.md section 4).
CREATE TABLE operations (
    id INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL REFERENCES transactions (id),
    kind TEXT NOT NULL CHECK (kind IN ('capture', 'void', 'refund')),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    currency TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'succeeded', 'declined', 'unknown', 'manual_review')),
    user_name TEXT NOT NULL,
    -- which desk/process sent it; the reconciler leaves it alone until lease_until
    owner TEXT NOT NULL,
    maintenance_reference TEXT,
    refund_request_id INTEGER REFERENCES refund_requests (id),
    baseline_authorized INTEGER NOT NULL,
    baseline_captured INTEGER NOT NULL,
    baseline_refunded INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    lease_until INTEGER NOT NULL,
    finished_at INTEGER,
    response_code TEXT NOT NULL DEFAULT '',
    response_message TEXT NOT NULL DEFAULT '',
    check_attempts INTEGER NOT NULL DEFAULT 0,
    next_check_at INTEGER,
    resolution TEXT NOT NULL DEFAULT '',
    resolved_by TEXT NOT NULL DEFAULT ''
);
-- One unresolved operation per transaction, whichever process asks.
CREATE UNIQUE INDEX operations_one_unresolved ON operations (transaction_id)
    WHERE outcome IN ('pending', 'unknown', 'manual_review');
CREATE UNIQUE INDEX operations_by_maintenance_reference ON operations (maintenance_reference)
    WHERE maintenance_reference IS NOT NULL;
CREATE INDEX operations_by_transaction ON operations (transaction_id, id);
CREATE INDEX operations_open ON operations (outcome, lease_until) WHERE outcome IN ('pending', 'unknown');

-- Refunds waiting for a second person (maker-checker). Awaiting requests reserve their amount.
CREATE TABLE refund_requests (
    id INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL REFERENCES transactions (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('awaiting', 'approved', 'rejected', 'expired')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at INTEGER,
    decision_reason TEXT NOT NULL DEFAULT '',
    operation_id INTEGER REFERENCES operations (id)
);
CREATE INDEX refund_requests_awaiting ON refund_requests (transaction_id) WHERE status = 'awaiting';

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'approver', 'admin')),
    -- "pbkdf2-sha256$iterations$salt_base64$hash_base64"
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    created_at INTEGER NOT NULL
);

-- Merchant profiles: non-secret fields only. Secrets live in the keychain or the environment.
CREATE TABLE profiles (
    name TEXT PRIMARY KEY NOT NULL,
    endpoint TEXT NOT NULL DEFAULT '',
    sha_type TEXT NOT NULL DEFAULT 'SHA-256',
    language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'ar')),
    timeout_s INTEGER NOT NULL DEFAULT 60 CHECK (timeout_s > 0),
    capture_window_days INTEGER NOT NULL DEFAULT 7 CHECK (capture_window_days > 0),
    warning_hours INTEGER NOT NULL DEFAULT 24 CHECK (warning_hours >= 0),
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    -- set after a signature or credential failure; money operations stop until the settings change
    money_blocked_reason TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);

-- Refunds below the threshold (minor units) go straight through; absent means every refund needs approval.
CREATE TABLE approval_thresholds (
    profile TEXT NOT NULL REFERENCES profiles (name),
    currency TEXT NOT NULL,
    threshold INTEGER NOT NULL CHECK (threshold >= 0),
    PRIMARY KEY (profile, currency)
);

-- Append-only audit chain: hash = HMAC-SHA-256(key, prev_hash + canonical content of the row).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    outcome TEXT NOT NULL,
    merchant_reference TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_reference ON audit_log (merchant_reference, id);
CREATE INDEX audit_by_user ON audit_log (user_name, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
