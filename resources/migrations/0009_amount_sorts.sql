-- PayDesk schema, version 9: the list sorts by Authorized, Captured and Refunded grouped by currency first
-- (minor units of different currencies are not one number), with the row id last for keyset paging.
-- Authorized now leads with the currency, so its index of schema 1 is replaced. To capture depends on the
-- time (an authorization past its deadline has nothing left to capture) and is sorted from the rows the
-- filters select; under "Needs capture" schema 6's partial indexes find those.
DROP INDEX transactions_by_amount;
CREATE INDEX transactions_by_currency_amount ON transactions (currency, authorized, id);
CREATE INDEX transactions_by_currency_captured ON transactions (currency, captured, id);
CREATE INDEX transactions_by_currency_refunded ON transactions (currency, refunded, id);
