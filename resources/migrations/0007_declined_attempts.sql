-- PayDesk schema, version 7: a declined authorization or purchase authorizes nothing. Its attempted amount is
-- kept apart from `authorized`, so no total that counts authorized money includes a declined attempt.
ALTER TABLE transactions ADD COLUMN attempted INTEGER NOT NULL DEFAULT 0 CHECK (attempted >= 0);
-- Caches imported before version 7 recorded the attempted amount as authorized. A failed order has no
-- captures, refunds or operations of PayDesk's (TransactionRules allows none), so the move loses nothing.
UPDATE transactions SET attempted = authorized, authorized = 0, row_version = row_version + 1
    WHERE failed = 1 AND authorized > 0 AND captured = 0 AND refunded = 0;
UPDATE report_totals SET authorized = 0
    WHERE failed = 1 AND captured = 0 AND refunded = 0;
-- The reconciler's pass over orders flagged for a status check (an uncertain report row, a disagreement).
CREATE INDEX transactions_flagged ON transactions (updated_at, id) WHERE needs_status_check = 1;
