#!/usr/bin/env bash
# A database's schema as text, for tests comparing two databases: pg_dump
# --schema-only when the installed pg_dump is the server's major (Debian's
# 15), else the catalog facts of catalog_dump.sql (pg_dump 15 refuses newer
# servers). Either way the text comes from the server, not from schemac.
#   schema_dump.sh DATABASE [--no-owner] [--no-privileges] [--exclude-table GLOB]
# The server is the one the PG* variables name.
set -euo pipefail
database=$1
shift
dump_options=() owners=1 privileges=1 exclude=''
while [[ $# -gt 0 ]]; do
  case $1 in
    --no-owner) dump_options+=(--no-owner) owners=0 ;;
    --no-privileges) dump_options+=(--no-privileges) privileges=0 ;;
    --exclude-table) dump_options+=(-T "$2") exclude=$2; shift ;;
    *) echo "schema_dump.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
server=$(psql -X -At -d "$database" -c "SHOW server_version_num")
dump_major=$(pg_dump --version 2>/dev/null | sed -n 's/.* \([0-9][0-9]*\)\.[0-9].*/\1/p')
if [[ -n $dump_major && $((server / 10000)) == "$dump_major" ]]; then
  exec pg_dump --schema-only "${dump_options[@]}" --dbname="$database"
fi
# A glob of table names as a LIKE pattern ('_' and '%' literal, '*' any run).
like=$(printf '%s' "$exclude" | sed -e 's/[\\_%]/\\&/g' -e 's/\*/%/g' -e 's/?/_/g')
exec psql -X -At -v ON_ERROR_STOP=1 -v owners="$owners" -v privileges="$privileges" -v exclude="$like" \
  -f "$(dirname "$0")/catalog_dump.sql" -d "$database"
