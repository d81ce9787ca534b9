--
-- Evergreen loyalty: the "Loyalty" admin menu, its sections and the permission that opens them.
--
-- Install: append this file to the store's blPU.hibernate.hbm2ddl.import_files, AFTER Broadleaf's
--   /config/bc/sql/load_admin_permissions.sql, load_admin_roles.sql and load_admin_menu.sql
-- (it grants the permission to Broadleaf's ROLE_ADMIN, id -1). On an existing database run it once by hand.
--
-- Ids: Evergreen uses the block -73000 .. -73099 in every BLC_ADMIN_* table. Negative like Broadleaf's own
-- seed rows (which use -1 .. -987), so they never collide with ids Hibernate generates (counting up from 1)
-- and never trip Broadleaf's start-up check detect.sequence.generator.inconsistencies (max(id) against
-- SEQUENCE_GENERATOR), which a high positive id would.
--
-- Format: one statement per line (Hibernate's import reads line by line); plain SQL that HSQLDB and
-- PostgreSQL both accept.
--

-- The menu entry, right after Broadleaf's "Customer Care" (300)
INSERT INTO BLC_ADMIN_MODULE (ADMIN_MODULE_ID, NAME, MODULE_KEY, ICON, DISPLAY_ORDER) VALUES (-73000, 'Loyalty', 'EvergreenLoyalty', 'icon-gift', 350);

-- Sections: -73001 Customers (1000), -73002 Referrals (2000), -73003 Birthdays (3000), -73004 Reviews (4000; its
-- rows below), -73005 Settings (9000): Customers comes first, Settings last.
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73001, 1000, -73000, 'Customers', 'EvergreenLoyaltyCustomers', '/loyalty/customers', NULL);
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73002, 2000, -73000, 'Referrals', 'EvergreenLoyaltyReferrals', '/loyalty/referrals', NULL);
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73003, 3000, -73000, 'Birthdays', 'EvergreenLoyaltyBirthdays', '/loyalty/birthdays', NULL);
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73005, 9000, -73000, 'Settings', 'EvergreenLoyaltySettings', '/loyalty/settings', NULL);

-- Loyalty > Reviews (the menu follows DISPLAY_ORDER, not the order of these lines)
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73004, 4000, -73000, 'Reviews', 'EvergreenLoyaltyReviews', '/loyalty/reviews', NULL);

-- Permissions. PERMISSION_EVERGREEN_LOYALTY is the authority the loyalty pages check. Broadleaf's role
-- screen only offers "friendly" permissions and expands them into their children at sign-in, so the
-- friendly "Maintain Loyalty" (-73000) carries it as its child.
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-73001, 'Loyalty administration', 'PERMISSION_EVERGREEN_LOYALTY', 'ALL', FALSE);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-73000, 'Maintain Loyalty', 'PERMISSION_LOYALTY', 'ALL', TRUE);
INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES (-73000, -73001);

-- Who sees the sections in the menu: holders of either permission (a role holds the friendly one,
-- a user may be granted the plain one directly)
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73001, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73001, -73001);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73002, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73002, -73001);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73003, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73003, -73001);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73005, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73005, -73001);

-- Loyalty > Reviews
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73004, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73004, -73001);

-- Loyalty > Integrity (8000: before Settings)
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73006, 8000, -73000, 'Integrity', 'EvergreenLoyaltyIntegrity', '/loyalty/integrity', NULL);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73006, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73006, -73001);

-- Granted to Broadleaf's "Admin Master Access" role (ROLE_ADMIN)
INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-1, -73000);

-- Loyalty > Dashboard (500: the first page of the menu) and the read-only "View Loyalty Reports" permission:
-- PERMISSION_EVERGREEN_LOYALTY_REPORTS is the authority the dashboard checks (besides PERMISSION_EVERGREEN_LOYALTY);
-- the friendly "View Loyalty Reports" (-73010) carries it for a finance role, and "Maintain Loyalty" carries it too.
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73007, 500, -73000, 'Dashboard', 'EvergreenLoyaltyDashboard', '/loyalty/dashboard', NULL);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-73011, 'Loyalty reports', 'PERMISSION_EVERGREEN_LOYALTY_REPORTS', 'READ', FALSE);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-73010, 'View Loyalty Reports', 'PERMISSION_LOYALTY_REPORTS', 'READ', TRUE);
INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES (-73010, -73011);
INSERT INTO BLC_ADMIN_PERMISSION_XREF (ADMIN_PERMISSION_ID, CHILD_PERMISSION_ID) VALUES (-73000, -73011);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73007, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73007, -73001);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73007, -73010);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73007, -73011);

-- Loyalty > E-mails (8600: after Integrity and Webhooks, before Settings): previews of the customer e-mails
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73021, 8600, -73000, 'E-mails', 'EvergreenLoyaltyEmails', '/loyalty/emails', NULL);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73021, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73021, -73001);
-- Loyalty > Webhooks (8500: after Integrity, before Settings); opened by "Maintain Loyalty" and the plain permission
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-73020, 8500, -73000, 'Webhooks', 'EvergreenLoyaltyWebhooks', '/loyalty/webhooks', NULL);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73020, -73000);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-73020, -73001);
