#!/usr/bin/env bash
# Slow-body attack through nginx: starts the built WAR on Payara Micro, puts nginx in front of it with the settings of
# docs/operations.md (on a free port, without TLS, everything in a temporary folder, as the current user), opens 400
# connections that send a form post one byte every 5 seconds, and meanwhile fetches the home page as a visitor
# would: prints the visitor's success rate and latency. Then, for comparison, the same attack straight at Payara
# Micro without nginx.
#
#   src/test/bench/slow-body.sh                    # builds the WAR first
#   SKIP_BUILD=1 CONNECTIONS=400 ATTACK_SECONDS=30 src/test/bench/slow-body.sh
#
# Needs nginx (apt-get install -y nginx) and python3. Only ever talks to 127.0.0.x.
set -euo pipefail
cd "$(dirname "$0")/../../.."

CONNECTIONS=${CONNECTIONS:-400}
SECONDS_PER_RUN=${ATTACK_SECONDS:-30}
command -v nginx >/dev/null || command -v /usr/sbin/nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q package -DskipTests

WORK=$(mktemp -d "${TMPDIR:-/tmp}/meridian-slow-body.XXXXXX")
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP_PORT=$(free_port)
PROXY_PORT=$(free_port)

server_pid=""
cleanup() {
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

MERIDIAN_DATA_DIR="$WORK/data" MERIDIAN_TRUSTED_PROXIES=127.0.0.1 MERIDIAN_ADMIN_PASSWORD="slow-body-$RANDOM-$RANDOM-run" \
    java -Xmx512m -jar target/payara-micro.jar --deploy target/meridian.war --contextroot / --port "$APP_PORT" \
    --nocluster --disablephonehome --prebootcommandfile server-config/pre-boot-commands.asadmin \
    >"$WORK/payara.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 1200); do
    curl -s "http://127.0.0.1:$APP_PORT/health/ready" | grep -q '"name":"meridian","status":"UP"\|"status":"UP".*"name":"meridian"' && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$WORK/payara.log" >&2; echo "Payara Micro stopped" >&2; exit 1; }
    sleep 0.5
done
curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/" || { echo "the site did not start" >&2; exit 1; }

# The server block of docs/operations.md (In front), without TLS and on a free port; the rest is what nginx needs
# to run from a temporary folder as the current user.
mkdir -p "$WORK/nginx-temp"
cat >"$WORK/nginx.conf" <<EOF
$( [ "$(id -u)" = 0 ] && echo "user $(id -un) $(id -gn);" )
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-temp/body;
    proxy_temp_path $WORK/nginx-temp/proxy;
    fastcgi_temp_path $WORK/nginx-temp/fastcgi;
    uwsgi_temp_path $WORK/nginx-temp/uwsgi;
    scgi_temp_path $WORK/nginx-temp/scgi;

    limit_conn_zone \$binary_remote_addr zone=peraddr:10m;
    upstream meridian { server 127.0.0.1:$APP_PORT; }
    server {
        listen 127.0.0.1:$PROXY_PORT;
        server_name clinic.example;
        client_max_body_size 12m;
        client_body_timeout 10s;
        client_header_timeout 10s;
        limit_conn peraddr 20;
        location / {
            proxy_pass http://meridian;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$PROXY_PORT/" && break; sleep 0.2; done

echo "Slow-body attack, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $CONNECTIONS connections for ${SECONDS_PER_RUN}s, nginx $("$NGINX" -v 2>&1 | sed 's|.*/||')"
echo "through nginx (docs/operations.md settings):"
python3 src/test/bench/slow_body.py "127.0.0.1:$PROXY_PORT" "http://127.0.0.1:$PROXY_PORT/" "$CONNECTIONS" "$SECONDS_PER_RUN"
echo "straight at Payara Micro, no proxy (for comparison):"
python3 src/test/bench/slow_body.py "127.0.0.1:$APP_PORT" "http://127.0.0.1:$APP_PORT/" "$CONNECTIONS" "$SECONDS_PER_RUN"
