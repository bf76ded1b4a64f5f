-- The summary a manager signs names every decision's reasons in full: for a large family with long
-- reasons it outgrows 4,000 characters; it was cut short there, and the record keeps it whole.
alter table oversight_record alter column threshold_summary set data type varchar(1000000);
