--
-- Demo admin users (the demo store's blPU.hibernate.hbm2ddl.import_files runs this after Broadleaf's admin SQL
-- and Evergreen's). One statement per line.
--
-- Passwords use Broadleaf 3.1's default admin encoding: plain text salted with the user id, "password{id}".
-- Ids are negative, like Broadleaf's seed rows, so they never collide with ids Hibernate generates.
--
--   admin / admin               -> ROLE_ADMIN (Admin Master Access, includes Maintain Loyalty)
--   merchandiser / merchandiser -> ROLE_MERCHANDISE_MANAGER (catalog only: no Loyalty menu)
--
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-1, 'Demo Administrator', 'admin', 'admin{-1}', 'admin@evergreen-demo.example', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-1, -1);
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-2, 'Demo Merchandiser', 'merchandiser', 'merchandiser{-2}', 'merchandiser@evergreen-demo.example', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-2, -2);
