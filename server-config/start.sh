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

# --nohazelcast: one instance on its own (docs/operations.md shows a cluster); --disablephonehome: no usage report
# to Payara. The asadmin file sets timeouts, limits and cookie flags before the HTTP listener opens.
exec java -jar target/payara-micro.jar --deploy target/meridian.war --contextroot / \
    --nohazelcast --disablephonehome \
    --prebootcommandfile server-config/pre-boot-commands.asadmin "$@"
