-- PayDesk schema, version 6, PostgreSQL (as ../0006_capture_presets.sql): indexes for TransactionRules' capture facts (TransactionReader's
-- captureCondition). An authorization with money uncaptured is exactly the rows these partial indexes hold;
-- the deadline decides open (deadline >= now) or lapsed (deadline < now). One index answers counts and
-- totals by the deadline range, the other pages newest first without sorting. Lapsed authorizations only grow,
-- so without them "Lapsed" counted through the whole table.
CREATE INDEX transactions_uncaptured ON transactions (capture_deadline, authorized_at, id)
    WHERE origin = 'authorization' AND failed = 0 AND voided = 0 AND captured < authorized;
CREATE INDEX transactions_uncaptured_by_date ON transactions (authorized_at, id, capture_deadline)
    WHERE origin = 'authorization' AND failed = 0 AND voided = 0 AND captured < authorized;
