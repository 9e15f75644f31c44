#!/usr/bin/env bash
# Starts the built site (mvn -B package -DskipTests) on Payara Micro: http://localhost:8080/, the embedded database
# in ./data, demo content on a first start. Options after the command go to Payara Micro (--port 8081). Settings come
# from MERIDIAN_* environment variables (docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/.."

for built in target/payara-micro.jar target/meridian.war; do
    if [ ! -f "$built" ]; then
        echo "$built is missing: build it first with mvn -B package -DskipTests" >&2
        exit 1
    fi
done

# --nocluster: one instance on its own (docs/operations.md shows a cluster). Hazelcast still runs in this process and
# keeps the console's sessions: the WAR is distributable, and with --nohazelcast Payara would log two stack traces
# for every request that touches a session. --disablephonehome: no usage report to Payara. The asadmin file sets timeouts, limits and cookie flags before the HTTP listener opens.
exec java -jar target/payara-micro.jar --deploy target/meridian.war --contextroot / \
    --nocluster --disablephonehome \
    --prebootcommandfile server-config/pre-boot-commands.asadmin "$@"
