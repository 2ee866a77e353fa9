-- PayDesk schema, version 10: the order's history shows what APS reported (authorization, captures, refunds,
-- voids done elsewhere), not only PayDesk's own operations. Each imported report row now keeps what it said;
-- rows imported before version 10 keep only their key (operation = '') and are not shown.
ALTER TABLE imported_rows ADD COLUMN operation TEXT NOT NULL DEFAULT '';
ALTER TABLE imported_rows ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE imported_rows ADD COLUMN amount INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imported_rows ADD COLUMN currency TEXT NOT NULL DEFAULT '';
ALTER TABLE imported_rows ADD COLUMN reported_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imported_rows ADD COLUMN fort_id TEXT NOT NULL DEFAULT '';
ALTER TABLE imported_rows ADD COLUMN response_code TEXT NOT NULL DEFAULT '';
ALTER TABLE imported_rows ADD COLUMN response_message TEXT NOT NULL DEFAULT '';
CREATE INDEX imported_rows_by_transaction ON imported_rows (transaction_id, reported_at);
