-- PayDesk team mode: who may do what in a team's store on PostgreSQL. The owner runs this once per store
-- database, after `paydeskctl --db postgresql://OWNER@HOST:PORT/DBNAME init ...` (or `migrate`) created it, and
-- again after each PayDesk upgrade that changed the schema (new tables):
--
--     psql "postgresql://OWNER@HOST:PORT/DBNAME" -v ON_ERROR_STOP=1 -f roles.sql
--
-- It makes two group roles (NOLOGIN; created once per server, granted per database):
--   paydesk_desk      what a desk needs: read and write every table, but the audit log only read and appended
--                     (no UPDATE, DELETE or TRUNCATE: the append-only trigger is a second guard, not the only
--                     one), and the identity sequences; no DDL.
--   paydesk_readonly  reporting and auditors: SELECT on every table, nothing else.
-- The owner (the role that created the store) keeps the tables, and with them all DDL: schema upgrades run as
-- the owner, so open the store once as the owner (any paydeskctl command) after upgrading PayDesk, then run
-- this script again.
--
-- Each person then gets a login role of her own in one of the groups, with a password the desk reads from
-- ~/.pgpass (never from the URI):
--
--     CREATE ROLE amal LOGIN IN ROLE paydesk_desk;        -- then, in psql: \password amal
--     CREATE ROLE reports LOGIN IN ROLE paydesk_readonly;
--
-- and uses postgresql://amal@HOST:PORT/DBNAME as the desk's --db. Idempotent: every statement may run again.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'paydesk_desk') THEN
        CREATE ROLE paydesk_desk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'paydesk_readonly') THEN
        CREATE ROLE paydesk_readonly NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO paydesk_desk, paydesk_readonly', current_database());
END
$$;

-- Nobody but the owner creates objects here (PostgreSQL 15 and later already refuse it to PUBLIC).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO paydesk_desk, paydesk_readonly;

-- The desks: every table read and written, the audit log read and appended only.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO paydesk_desk;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM paydesk_desk;
REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM paydesk_desk;
-- New rows take their ids from the identity sequences (nextval needs USAGE; setval is the owner's).
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO paydesk_desk;

-- Reporting: read only.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO paydesk_readonly;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public
    FROM paydesk_readonly;
