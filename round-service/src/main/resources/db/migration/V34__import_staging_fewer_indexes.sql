-- The staging rows of an organization import are resolved by statements that each pass over all of a
-- job's rows (hash joins on the analyzed table, OrganizationTree), so the indexes on office and credit
-- code served no plan; each cost an index entry for every row COPY staged and every row a pass
-- rewrote. The primary key and the parent index (one level of the tree at a time) stay.
drop index import_organization_row_office_code;
drop index import_organization_row_credit_code;
