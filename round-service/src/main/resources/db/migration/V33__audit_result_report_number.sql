-- The audit report's number (审计报告文号): the natural key of the audit result import (POST /imports/audit-results).
alter table audit_result add column report_number text check (report_number is null or length(report_number) <= 100);
create unique index audit_result_report_number on audit_result (report_number) where report_number is not null;
