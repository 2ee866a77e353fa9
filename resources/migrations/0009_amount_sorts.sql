-- PayDesk schema, version 9: the list sorts by Authorized, Captured, Refunded and To capture, each grouped by
-- currency first (minor units of different currencies are not one number), with the row id last for keyset
-- paging. Authorized now leads with the currency, so its index of schema 1 is replaced. To capture under
-- "Needs capture" and "Expiring soon" is authorized - captured of the open authorizations: a partial index on
-- the same terms as schema 6's (TransactionReader's captureCondition) serves it.
DROP INDEX transactions_by_amount;
CREATE INDEX transactions_by_currency_amount ON transactions (currency, authorized, id);
CREATE INDEX transactions_by_currency_captured ON transactions (currency, captured, id);
CREATE INDEX transactions_by_currency_refunded ON transactions (currency, refunded, id);
CREATE INDEX transactions_uncaptured_by_rest ON transactions (currency, (authorized - captured), id)
    WHERE origin = 'authorization' AND failed = 0 AND voided = 0 AND captured < authorized;
