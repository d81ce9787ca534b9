-- Evergreen: indexes of the per-customer, per-cart, per-code and per-due-date queries.
-- SUPERSEDED by the Liquibase changelog config/evergreen/db/changelog-1.1.xml, which the module runs at start-up
-- (or a DBA runs: README, "Schema migrations"); do not run this file. Kept only as a plain-SQL reading of them.
-- Plain SQL for HSQLDB, PostgreSQL, MySQL, Oracle and SQL Server.

-- the ledger: a customer's history (newest first), its size and the 12-month sum (read from the index alone, changelog
-- 1.20); the orders' entries
CREATE INDEX EVG_LEDGER_CUST_IDX ON EVG_LEDGER_ENTRY (CUSTOMER_ID, CREATED_AT, ENTRY_ID, EARNED_DELTA);
CREATE INDEX EVG_LEDGER_SOURCE_IDX ON EVG_LEDGER_ENTRY (SOURCE_TYPE, SOURCE_ID);

-- point lots: a customer's open lots and points expiring soon; the expiry job's due lots
CREATE INDEX EVG_LOT_CUST_EXPIRES_IDX ON EVG_POINT_LOT (CUSTOMER_ID, EXPIRES_AT);
CREATE INDEX EVG_LOT_EXPIRES_IDX ON EVG_POINT_LOT (EXPIRES_AT);

-- reservations: by cart (the active cart is unique already), points held by a customer, by offer code, timed out
CREATE INDEX EVG_RESERVATION_CART_IDX ON EVG_POINTS_RESERVATION (CART_ID, CREATED_AT);
CREATE INDEX EVG_RESERVATION_CUST_IDX ON EVG_POINTS_RESERVATION (CUSTOMER_ID, STATUS);
CREATE INDEX EVG_RESERVATION_CODE_IDX ON EVG_POINTS_RESERVATION (OFFER_CODE);
CREATE INDEX EVG_RESERVATION_DUE_IDX ON EVG_POINTS_RESERVATION (STATUS, EXPIRES_AT);

-- points vouchers: a customer's vouchers, by code
CREATE INDEX EVG_VOUCHER_CUST_IDX ON EVG_POINTS_VOUCHER (CUSTOMER_ID, CREATED_AT);
CREATE INDEX EVG_VOUCHER_CODE_IDX ON EVG_POINTS_VOUCHER (CODE);

-- order points: pending points due to mature, a customer's orders (12-month spend), an order's lines
CREATE INDEX EVG_ORDER_POINTS_DUE_IDX ON EVG_ORDER_POINTS (MATURED, MATURE_AT);
CREATE INDEX EVG_ORDER_POINTS_CUST_IDX ON EVG_ORDER_POINTS (CUSTOMER_ID, SUBMITTED_AT);
CREATE INDEX EVG_ORDER_POINTS_LINE_ORDER_IDX ON EVG_ORDER_POINTS_LINE (ORDER_ID);

-- PostgreSQL and Oracle only (an index on an expression; Hibernate cannot create it, so run it on new schemas too):
-- a voucher looked up by its code in any letter case (code = ? or upper(code) = upper(?))
-- CREATE INDEX EVG_VOUCHER_CODE_UPPER_IDX ON EVG_POINTS_VOUCHER (UPPER(CODE));

-- orders the recovery sweep booked, newest first (Loyalty > Integrity)
CREATE INDEX EVG_PROCESSED_RECOVERED_IDX ON EVG_PROCESSED_ORDER (RECOVERED, PROCESSED_AT);
