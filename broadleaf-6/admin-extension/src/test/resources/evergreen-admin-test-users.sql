-- Test admin users (one statement per line): a master admin (ROLE_ADMIN), a merchandiser (ROLE_MERCHANDISE_MANAGER,
-- no loyalty), and a user without roles who was granted the plain loyalty permission directly.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-73901, 'Test Master', 'evg-master', 'pw{-73901}', 'master@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-73901, -1);
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-73902, 'Test Merchandiser', 'evg-merch', 'pw{-73902}', 'merch@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-73902, -2);
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-73903, 'Test Loyalty Clerk', 'evg-clerk', 'pw{-73903}', 'clerk@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_PERMISSION_XREF (ADMIN_USER_ID, ADMIN_PERMISSION_ID) VALUES (-73903, -73001);
