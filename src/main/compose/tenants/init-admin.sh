#!/bin/sh
# The tenant server's admin, least privilege (docs-site/guides/databases-on-demand.adoc): run once by the postgres
# image, as its superuser, when the server's data folder is first made. The service then administers the server as
# exemplar_admin, never as the superuser.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v password="$EXEMPLAR_ADMIN_PASSWORD" <<'SQL'
CREATE ROLE exemplar_admin LOGIN CREATEDB CREATEROLE PASSWORD :'password';
GRANT SET ON PARAMETER temp_file_limit TO exemplar_admin;
REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC;
GRANT CONNECT ON DATABASE postgres TO exemplar_admin;
SQL
