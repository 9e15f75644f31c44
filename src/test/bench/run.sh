#!/usr/bin/env bash
# Meridian benchmark: builds the WAR, starts it on Payara Micro with -Xmx256m, loads 100 and then 10,000 articles
# over 20 conditions, and runs wrk against the public pages and a static file of the article page's size served by
# the same server (and by nginx, when it is installed). Prints req/s, p50 and p99 per page, the ratios the targets name, start-up times (against an empty
# WAR, and what a WAR of Faces and PrimeFaces alone adds), RSS and the longest collector pause during the measured
# runs.
#
#   src/test/bench/run.sh            # full run (about 25 minutes)
#   DURATION=5s src/test/bench/run.sh   # a quick look
#
# Needs wrk (apt-get install wrk); nginx (apt-get install nginx) for the comparison with a plain web server. Only
# ever talks to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-20s}
# Each page is first loaded as it is then measured, for this long, so the JIT has compiled its path before the
# measurement.
WARMUP=${WARMUP:-10s}
PORT=${PORT:-8480}
HEAP=${HEAP:--Xmx256m}
WORK=$PWD/target/bench
# The JVM's default collector (G1 here), as ops run it. The serial collector this used before let the old generation
# fill with promoted garbage and emptied it every few minutes in one full collection of about 240 ms.
JAVA_OPTS=("$HEAP")
PAYARA_OPTS=(--nocluster --disablephonehome --port "$PORT" --minhttpthreads 4 --maxhttpthreads 8
             --prebootcommandfile server-config/pre-boot-commands.asadmin)
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || mvn -B -q package -DskipTests
H2_JAR=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)
[ -n "$H2_JAR" ] || mvn -B -q dependency:get -Dartifact=com.h2database:h2:2.2.224
H2_JAR=$(find ~/.m2/repository/com/h2database/h2/2.2.224 -name 'h2-2.2.224.jar' | head -1)

rm -rf "$WORK" && mkdir -p "$WORK"
server_pid=""
stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
trap 'stop_server; stop_nginx' EXIT

# start_server LOG URL-TO-PROBE ARGS... : starts Payara Micro and waits until URL answers 200; sets server_pid and
# startup_seconds (not run in a subshell, so the caller can stop the server).
start_server() {
    local log=$1 probe=$2; shift 2
    local started; started=$(date +%s.%N)
    java "${JAVA_OPTS[@]}" -Xlog:gc:file="${log%.log}-gc.log" -jar target/payara-micro.jar "${PAYARA_OPTS[@]}" "$@" \
        >"$log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 1800); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$probe" || true)" = 200 ]; then
            startup_seconds=$(echo "$(date +%s.%N) - $started" | bc)
            return
        fi
        kill -0 "$server_pid" 2>/dev/null || { echo "server died, see $log" >&2; exit 1; }
        sleep 0.1
    done
    echo "server did not answer, see $log" >&2; exit 1
}

# start_server_median N LOG URL-TO-PROBE ARGS...: starts the server N times, stopping all but the last start, and sets
# startup_seconds to the median time: single start-ups on this machine drift by seconds from one to the next. Each
# time is kept in $WORK/startups for the summary.
start_server_median() {
    local n=$1; shift
    local times=()
    for _ in $(seq 1 "$n"); do
        stop_server
        start_server "$@"
        times+=("$startup_seconds")
    done
    echo "start-ups of $(basename "${1%.log}"): ${times[*]}" >>"$WORK/startups"
    startup_seconds=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((n + 1) / 2))p")
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$server_pid/status"; }

# measure NAME URL CONNECTIONS [HEADER]: prints one result line
measure() {
    local name=$1 url=$2 connections=$3 header=${4:-}
    local args=(-t2 -c"$connections" -d"$DURATION" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    wrk "${args[@]}" "$url" >"$WORK/wrk-$name.txt" 2>&1
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {printf "%d", $2}' "$WORK/wrk-$name.txt")
    p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk-$name.txt")
    p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk-$name.txt")
    errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/wrk-$name.txt" | tr -s ' ' | tr '\n' ' ' || true)
    printf '%-28s %9s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-no errors}"
    echo "$rps" >"$WORK/rps-$name"
    to_ms "$p99" >"$WORK/p99-$name"
    [ -z "$errors" ] || echo "$name: $errors" >>"$WORK/errors"
}

# to_ms 850.00us|2.27ms|1.02s : the latency wrk printed, in milliseconds
to_ms() { echo "$1" | awk '/us$/ {print $1/1000; next} /ms$/ {print $1+0; next} /s$/ {print $1*1000; next} {print $1}'; }

# target DESCRIPTION CONDITION...: one line of the target summary, "met" when the bc condition holds
target() {
    local description=$1; shift
    if [ "$(echo "$*" | bc -l)" = 1 ]; then
        printf '  met      %s\n' "$description" >>"$WORK/targets"
    else
        printf '  NOT met  %s\n' "$description" >>"$WORK/targets"
    fi
}

warm() { for url in "$@"; do wrk -t2 -c32 -d"$WARMUP" "$url" >/dev/null 2>&1; done; }

# longest_pause GC-LOG FROM-LINE: the longest collector pause logged after that line, in ms (0 if none)
longest_pause() {
    tail -n +"$(($2 + 1))" "$1" | awk '/Pause/ {ms = $NF; sub(/ms$/, "", ms); if (ms + 0 > max) max = ms + 0}
        END {print max + 0}'
}
# nginx sends the article page's bytes as a file, plain or its stored gzip copy, as the page cache does: the speed of
# a plain web server on this machine. It runs as long as one measurement pair, on the same cores.
NGINX=$(command -v nginx || command -v /usr/sbin/nginx || true)
NGINX_PORT=$((PORT + 1))
nginx_pid=""
start_nginx() {
    local root=$WORK/nginx/root
    mkdir -p "$root" "$WORK/nginx/tmp"
    cp "$1" "$root/article.html" && gzip -9 -k -f "$root/article.html"
    cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp;
    proxy_temp_path $WORK/nginx/tmp;
    fastcgi_temp_path $WORK/nginx/tmp;
    uwsgi_temp_path $WORK/nginx/tmp;
    scgi_temp_path $WORK/nginx/tmp;
    types { text/html html; }
    gzip_static on;
    server { listen 127.0.0.1:$NGINX_PORT; root $root; }
}
CONF
    "$NGINX" -c "$WORK/nginx/nginx.conf" &
    nginx_pid=$!
    until curl -sf "http://127.0.0.1:$NGINX_PORT/article.html" >/dev/null; do sleep 0.1; done
}
stop_nginx() { kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""; }

ratio() { echo "scale=2; $(cat "$WORK/rps-$1") / $(cat "$WORK/rps-$2")" | bc; }

echo "Meridian benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -d$DURATION, heap $HEAP"

# An empty WAR: the baseline for start-up time.
mkdir -p "$WORK/empty/WEB-INF" && echo ok >"$WORK/empty/index.html"
(cd "$WORK/empty" && jar cf ../empty.war .)
start_server_median 3 "$WORK/empty.log" "$BASE/index.html" --deploy "$WORK/empty.war" --contextroot /
empty_start=$startup_seconds
stop_server

# The floor of the customer's stack: a WAR with Faces and PrimeFaces only (one bean, one page), with Meridian's
# PrimeFaces version. What it adds to the empty WAR is start-up no Faces application on this server avoids.
primefaces_version=$(sed -n 's:.*<primefaces.version>\(.*\)</primefaces.version>.*:\1:p' pom.xml | head -1)
mvn -B -q -f src/test/bench/faces-floor/pom.xml package -Dprimefaces.version="$primefaces_version"
start_server_median 3 "$WORK/faces-floor.log" "$BASE/" --deploy target/bench-faces-floor/faces-floor.war \
    --contextroot /
floor_added=$(echo "$startup_seconds - $empty_start" | bc)
stop_server

for count in 100 10000; do
    data="$WORK/data-$count"
    mkdir -p "$data"
    export MERIDIAN_DATA_DIR="$data"
    # First start creates the schema and the demo content; then the articles are loaded while it is stopped.
    start_server "$WORK/first-$count.log" "$BASE/" --deploy target/meridian.war --contextroot /
    stop_server
    java -cp "$H2_JAR" src/test/bench/LoadArticles.java "$data" "$count"

    # A static file as large as the article page, served by the same server from a second WAR.
    mkdir -p "$WORK/static/WEB-INF"
    # The start-up figure: Meridian alone, as ops restart it (schema and content in place), against the empty WAR.
    start_server_median 3 "$WORK/size-$count.log" "$BASE/" --deploy target/meridian.war --contextroot /
    start=$startup_seconds
    curl -s "$BASE/articles/bench-article-50" >"$WORK/static/article.html"
    stop_server
    (cd "$WORK/static" && jar cf ../benchstatic.war .)
    # The same file also inside Meridian, as one of its own static assets, in a copy of the WAR that differs from the
    # built one by that file only: what a static file costs in this application (its security, filters and CDI
    # request context run for every request) against what it costs in a bare WAR. Not a target; it says where the
    # rest of the difference lies.
    cp target/meridian.war "$WORK/meridian.war"
    mkdir -p "$WORK/in-app/static" && cp "$WORK/static/article.html" "$WORK/in-app/static/bench-article.html"
    (cd "$WORK/in-app" && jar uf ../meridian.war static/bench-article.html)

    start_server "$WORK/server-$count.log" "$BASE/" --deploy "$WORK/meridian.war" --contextroot / \
        --deploy "$WORK/benchstatic.war"
    # Search runs only once the index is built (in the background after start-up).
    until curl -s "$BASE/health/ready" | grep -q '"status":"UP"'; do sleep 0.5; done
    article="$BASE/articles/bench-article-50"
    library="$BASE/articles"
    filter="$BASE/articles?condition=arthritis&condition=back-pain"
    hub="$BASE/conditions/sciatica"
    search="$BASE/search?q=needle+relief"
    static="$BASE/benchstatic/article.html"
    in_app="$BASE/static/bench-article.html"
    warm "$article" "$library" "$filter" "$hub" "$search" "$static" "$in_app"

    gc_log="$WORK/server-$count-gc.log"
    gc_lines_before=$(wc -l <"$gc_log")

    echo
    echo "== $count articles (start-up ${start}s, empty WAR ${empty_start}s: medians of 3 starts)"
    measure "article-$count" "$article" 32
    measure "article-gzip-$count" "$article" 32 "Accept-Encoding: gzip"
    measure "static-$count" "$static" 32
    measure "static-gzip-$count" "$static" 32 "Accept-Encoding: gzip"
    measure "static-in-app-$count" "$in_app" 32
    if [ -n "$NGINX" ]; then
        start_nginx "$WORK/static/article.html"
        measure "nginx-$count" "http://127.0.0.1:$NGINX_PORT/article.html" 32
        measure "nginx-gzip-$count" "http://127.0.0.1:$NGINX_PORT/article.html" 32 "Accept-Encoding: gzip"
        stop_nginx
    fi
    measure "library-$count" "$library" 32
    measure "filter-$count" "$filter" 32
    measure "hub-$count" "$hub" 32
    measure "search-$count" "$search" 32
    measure "search-c8-$count" "$search" 8
    echo "RSS after the runs: $(rss_mb) MB"
    echo "longest collector pause during the runs: $(longest_pause "$gc_log" "$gc_lines_before") ms"
    plain=$(ratio "article-$count" "static-$count")
    gzip=$(ratio "article-gzip-$count" "static-gzip-$count")
    echo "article / static: $plain plain, $gzip gzip"
    echo "article / the same file as a static asset of Meridian itself: $(ratio "article-$count" "static-in-app-$count") plain"
    target "article >= 0.8 x static, plain, $count articles ($plain)" "$plain >= 0.8"
    target "article >= 0.8 x static, gzip, $count articles ($gzip)" "$gzip >= 0.8"
    if [ -n "$NGINX" ]; then
        nginx_plain=$(ratio "article-$count" "nginx-$count")
        nginx_gzip=$(ratio "article-gzip-$count" "nginx-gzip-$count")
        echo "article / nginx sending the same bytes: $nginx_plain plain, $nginx_gzip gzip"
        target "article >= 0.6 x nginx, plain, $count articles ($nginx_plain)" "$nginx_plain >= 0.6"
        target "article >= 0.6 x nginx, gzip, $count articles ($nginx_gzip)" "$nginx_gzip >= 0.6"
    fi
    for page in article article-gzip library filter hub search; do
        p99=$(cat "$WORK/p99-$page-$count")
        target "p99 < 15 ms at 32 connections: $page, $count articles (${p99} ms)" "$p99 < 15"
    done
    added=$(echo "$start - $empty_start" | bc)
    echo "start-up added to an empty WAR: ${added}s (by Faces and PrimeFaces alone: ${floor_added}s)"
    grep -E "^start-ups of (empty|faces-floor|size-$count):" "$WORK/startups"
    target "the WAR adds under 3 s to start-up, $count articles (${added} s)" "$added < 3"
    if [ "$count" = 10000 ]; then
        css=$(curl -s "$BASE/" | grep -o '/static/site.css?v=[0-9a-f]*' | head -1)
        html_gz=$(curl -s -H 'Accept-Encoding: gzip' "$BASE/articles/benefits-of-acupuncture-for-back-pain" | wc -c)
        css_gz=$(curl -s "$BASE$css" | gzip -9 | wc -c)
        weight=$((html_gz + css_gz))
        echo "article page weight, compressed: HTML $html_gz B + CSS $css_gz B + JS 0 B = $weight B"
        target "article page weight < 25 KB compressed ($weight B)" "$weight < 25 * 1024"
        for page in library filter hub; do
            scale=$(ratio "$page-10000" "$page-100")
            echo "$page at 10,000 / at 100: $scale"
            target "$page at 10,000 >= 0.8 x at 100 ($scale)" "$scale >= 0.8"
        done
        p99=$(cat "$WORK/p99-search-c8-10000")
        target "search at 10,000, 8 connections: p99 < 50 ms (${p99} ms)" "$p99 < 50"
    fi
    stop_server
done

echo
echo "Targets ($HEAP, 2 cores):"
if [ -s "$WORK/errors" ]; then
    echo "  NOT met  whole benchmark without errors:"; sed 's/^/           /' "$WORK/errors"
else
    echo "  met      whole benchmark without errors"
fi
cat "$WORK/targets"
