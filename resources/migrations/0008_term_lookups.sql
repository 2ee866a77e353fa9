-- PayDesk schema, version 8: search terms that look like what clerks paste (SearchTerm) are looked up by the
-- start of a column or, for four digits, by the card's last four. The start of merchant_reference, fort_id and
-- customer_email is served by schema 2's NOCASE indexes; the last four needs an index of its own.
CREATE INDEX transactions_by_last4 ON transactions (card_last4);
