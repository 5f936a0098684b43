#!/usr/bin/env bash
# The restore drill, on MariaDB: start Passeurs on a fresh database with the demo data (which
# issues certificates and revokes one), keep a valid and a revoked certificate's signed credential,
# back the database up while the application runs (mariadb-dump --single-transaction), destroy the
# database, restore the backup into a new one, start again, and prove that the credential issued
# before the backup still verifies VALID and that the status list still says which one is REVOKED.
#
# Needs the built application (mvn package, or any mvn verify: target/passeurs.war and
# target/payara/), a MariaDB server on 127.0.0.1:3306 whose root logs in through the local socket
# (mariadb -uroot), curl and python3. Uses the database and user passeurs_drill, dropped at the end.
# Usage: payara/restore-drill.sh  (DRILL_PORT to change the HTTP port, 8095 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${DRILL_PORT:-8095}
BASE="http://127.0.0.1:${PORT}"
DB=passeurs_drill
DB_USER=passeurs_drill
DB_PASSWORD=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
ADMIN_EMAIL=drill-admin@example.org
ADMIN_PASSWORD=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
WAR=target/passeurs.war
MICRO=target/payara/payara-micro.jar
DRIVER=target/payara/mariadb-java-client.jar
WORK=$(mktemp -d)
PID=

for file in "$WAR" "$MICRO" "$DRIVER"; do
  [ -f "$file" ] || { echo "$file is missing: build first (mvn package -DskipTests)" >&2; exit 2; }
done

say() { echo "[drill $(date -u +%H:%M:%S)] $*"; }

stop() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  PID=
}

finish() {
  stop
  mariadb -uroot -e "DROP DATABASE IF EXISTS ${DB}; DROP USER IF EXISTS '${DB_USER}'@'localhost';
    DROP USER IF EXISTS '${DB_USER}'@'127.0.0.1';" || true
  rm -rf "$WORK"
}
trap finish EXIT

create_database() {
  mariadb -uroot <<SQL
CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON ${DB}.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON ${DB}.* TO '${DB_USER}'@'127.0.0.1';
SQL
}

# start <log name>: Payara Micro on the drill's database; returns once /health answers UP.
start() {
  PASSEURS_DB_URL="jdbc:mariadb://127.0.0.1:3306/${DB}" \
  PASSEURS_DB_USER="${DB_USER}" PASSEURS_DB_PASSWORD="${DB_PASSWORD}" \
  PASSEURS_ADMIN_EMAIL="${ADMIN_EMAIL}" PASSEURS_ADMIN_PASSWORD="${ADMIN_PASSWORD}" \
  PASSEURS_DEMO=true \
    java -Duser.timezone=UTC -Dfile.encoding=UTF-8 -jar "$MICRO" --nocluster --port "$PORT" \
      --addlibs "$DRIVER" --prebootcommandfile payara/pre-boot.asadmin \
      --postbootcommandfile payara/post-boot-mariadb.asadmin \
      --deploy "$WAR" --contextroot / >"$WORK/$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "$BASE/health" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 2
  done
  echo "Passeurs did not start; the end of its log:" >&2
  tail -40 "$WORK/$1.log" >&2
  exit 1
}

sql() { mariadb -uroot -N -B "$DB" -e "$1"; }

# verdict <credential file>: the outcome of checking that credential, as anyone checks it.
verdict() {
  curl -fs -X POST -H 'Content-Type: text/plain' --data-binary "@$1" "$BASE/api/certificates/verify" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["outcome"])'
}

say "1. A fresh database, Passeurs started on it with the demo data"
create_database
start first
for _ in $(seq 1 60); do
  [ "$(sql "SELECT COUNT(*) FROM certificate WHERE revoked_at IS NOT NULL")" -ge 1 ] && break
  sleep 2
done
VALID=$(sql "SELECT code FROM certificate WHERE revoked_at IS NULL ORDER BY issued_at LIMIT 1")
REVOKED=$(sql "SELECT code FROM certificate WHERE revoked_at IS NOT NULL ORDER BY issued_at LIMIT 1")
[ -n "$VALID" ] && [ -n "$REVOKED" ] || { echo "the demo issued no certificates" >&2; exit 1; }
for code in "$VALID" "$REVOKED"; do
  curl -fs -u "${ADMIN_EMAIL}:${ADMIN_PASSWORD}" "$BASE/api/certificates/${code}/credential" \
    >"$WORK/${code}.jwt"
done
BEFORE_VALID=$(verdict "$WORK/${VALID}.jwt")
BEFORE_REVOKED=$(verdict "$WORK/${REVOKED}.jwt")
COUNTS_BEFORE=$(sql "SELECT (SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM certificate),
  (SELECT COUNT(*) FROM enrolment), (SELECT COUNT(*) FROM audit_entry)")
say "   certificate ${VALID}: ${BEFORE_VALID}; certificate ${REVOKED}: ${BEFORE_REVOKED}"
say "   accounts, certificates, enrolments, audit entries: ${COUNTS_BEFORE}"

say "2. Backup while the application runs (mariadb-dump --single-transaction)"
mariadb-dump -uroot --single-transaction --quick --routines --triggers --hex-blob "$DB" |
  gzip >"$WORK/backup.sql.gz"
say "   $(du -h "$WORK/backup.sql.gz" | cut -f1) compressed"

say "3. Disaster: the application stops, the database is dropped"
stop
mariadb -uroot -e "DROP DATABASE ${DB};"
if mariadb -uroot -e "USE ${DB};" 2>/dev/null; then
  echo "the database is still there" >&2
  exit 1
fi

say "4. Restore into a new database, start again"
mariadb -uroot -e "CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
gunzip <"$WORK/backup.sql.gz" | mariadb -uroot "$DB"
start restored

AFTER_VALID=$(verdict "$WORK/${VALID}.jwt")
AFTER_REVOKED=$(verdict "$WORK/${REVOKED}.jwt")
COUNTS_AFTER=$(sql "SELECT (SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM certificate),
  (SELECT COUNT(*) FROM enrolment), (SELECT COUNT(*) FROM audit_entry)")
BY_CODE=$(curl -fs "$BASE/api/certificates/${VALID}" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["outcome"])')
say "   certificate ${VALID}: ${AFTER_VALID} (by its code: ${BY_CODE}); certificate ${REVOKED}: ${AFTER_REVOKED}"
say "   accounts, certificates, enrolments, audit entries: ${COUNTS_AFTER}"

failed=0
[ "$BEFORE_VALID" = VALID ] && [ "$AFTER_VALID" = VALID ] && [ "$BY_CODE" = VALID ] || failed=1
[ "$BEFORE_REVOKED" = REVOKED ] && [ "$AFTER_REVOKED" = REVOKED ] || failed=1
[ "$COUNTS_BEFORE" = "$COUNTS_AFTER" ] || failed=1
if [ "$failed" = 1 ]; then
  say "FAILED: the restored database does not say what the backed-up one said"
  exit 1
fi
say "PASSED: what was issued before the backup verifies after the restore, the revoked stays revoked"
