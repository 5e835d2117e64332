-- The state of an organization an import changes, as it was before (to_jsonb), kept on its staged
-- row for the audit trail's bulk append (platform/audit AuditBulk, V91__audit_cheaper.sql).
alter table import_organization_row add column before_state jsonb;
