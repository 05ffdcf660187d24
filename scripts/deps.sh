#!/usr/bin/env bash
# Install what the tests need on Debian, as root, and make sure a Docker
# engine answers. Idempotent: apt runs only when a package is missing, and
# dockerd is started only when `docker info` does not answer.
#
#   docker.io  the Docker engine (dockerd, containerd, runc) for the tests
#              that start nodes in containers
#   iproute2   `ip netns`, for the mDNS test
#   chromium   a real browser for the tests of what a web page can do to a
#              node (Debian's, driven by chromedp)
#
# DOCKERD_FLAGS, when set, replaces the flags dockerd is started with.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/go/bin:${PATH:-}"

log() { echo "deps: $*" >&2; }

installed() { dpkg -s "$1" >/dev/null 2>&1; }

docker_answers() { timeout 5 docker info >/dev/null 2>&1; }

# Packages that are not installed yet. docker-ce (Docker's own packages)
# conflicts with docker.io and does the same job, so it counts as installed.
missing=()
if ! installed docker.io && ! installed docker-ce; then
	missing+=(docker.io)
fi
if ! installed iproute2; then
	missing+=(iproute2)
fi
if ! installed chromium; then
	missing+=(chromium)
fi

if [ "$(id -u)" -ne 0 ]; then
	need=()
	[ ${#missing[@]} -gt 0 ] && need+=("apt-get install -y --no-install-recommends ${missing[*]}")
	docker_answers || need+=("a running Docker engine (dockerd) that this user can reach")
	if [ ${#need[@]} -gt 0 ]; then
		log "not root; the tests need:"
		for n in "${need[@]}"; do log "  - $n"; done
		log "run this script as root (sudo $0) or set these up yourself"
		exit 1
	fi
	log "not root, but everything is already in place"
	exit 0
fi

if [ ${#missing[@]} -gt 0 ]; then
	log "installing: ${missing[*]}"
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
	log "packages already installed: docker.io (or docker-ce), iproute2, chromium"
fi

if docker_answers; then
	log "docker engine already answers"
	exit 0
fi

# The defaults (overlay2 on the ext4 root, iptables via iptables-nft) work on
# this Debian 12 VM, so no extra flags are passed. Where they do not (a
# container without nf_tables, or an overlay root where overlay2 cannot
# stack), set e.g. DOCKERD_FLAGS="--iptables=false --storage-driver=vfs".
# shellcheck disable=SC2206 # word splitting of the flags is wanted
flags=(${DOCKERD_FLAGS:-})
logfile=/var/log/dockerd.log
log "starting dockerd ${flags[*]:-(default options)}, log in $logfile"
echo "--- scripts/deps.sh: starting dockerd ${flags[*]:-} at $(date -u +%FT%TZ)" >>"$logfile"
nohup dockerd "${flags[@]}" >>"$logfile" 2>&1 </dev/null &
pid=$!

deadline=$((SECONDS + 60))
while [ "$SECONDS" -lt "$deadline" ]; do
	if docker_answers; then
		log "docker engine is up (dockerd pid $pid)"
		exit 0
	fi
	if ! kill -0 "$pid" 2>/dev/null; then
		break
	fi
	sleep 1
done

if kill -0 "$pid" 2>/dev/null; then
	log "docker engine did not answer within 60 s (dockerd pid $pid still running); last lines of $logfile:"
else
	log "dockerd exited before the engine answered; last lines of $logfile:"
fi
tail -n 30 "$logfile" >&2 || true
exit 1
