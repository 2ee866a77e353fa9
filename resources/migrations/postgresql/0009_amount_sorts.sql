-- PayDesk schema, version 9, PostgreSQL (as ../0009_amount_sorts.sql): the list sorts by Authorized, Captured
-- and Refunded grouped by currency first (minor units of different currencies are not one number), with the
-- row id last for keyset paging. Authorized now leads with the currency, so its index of schema 1 is
-- replaced. To capture depends on the time and is sorted from the rows the filters select.
DROP INDEX transactions_by_amount;
CREATE INDEX transactions_by_currency_amount ON transactions (currency, authorized, id);
CREATE INDEX transactions_by_currency_captured ON transactions (currency, captured, id);
CREATE INDEX transactions_by_currency_refunded ON transactions (currency, refunded, id);
