-- The trace context of the request (or event) that caused each outbox row, as a W3C traceparent
-- (00-<trace id>-<span id>-<flags>): the relay sends it as the record's traceparent header, so the
-- consumer's work joins the same trace. Null for rows written outside any trace.
alter table outbox_message add column traceparent text;
