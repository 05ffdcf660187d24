# Cere: build, run a development node, test, lint.
# `make` alone builds bin/cere; `make help` lists the targets.

export PATH := /usr/local/go/bin:$(or $(PATH),/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)

GO      ?= go
GOFMT   ?= gofmt
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

BIN     := bin/cere
DEV_DATA := ./.cere-dev
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# geth, for the end-to-end test against a real `geth --dev` (chain/geth_test.go).
GETH_VERSION := v1.17.10
GETH := $(CURDIR)/bin/tools/geth-$(GETH_VERSION)/geth

# Extra flags: `make run ARGS="--log-level debug"`, `make test TESTFLAGS="-run TestX -v"`.
ARGS      ?=
TESTFLAGS ?=

.DEFAULT_GOAL := build
.PHONY: build run test tools bench deps lint docs contracts contracts-check clean clean-dev help

build: ## build bin/cere, stamped with VERSION
	$(GO) build -trimpath -ldflags "-X github.com/cerestack/cere/node/api.Version=$(VERSION)" -o $(BIN) ./cmd/cere

# A node on the embedded defaults, data in ./.cere-dev, reachable only from
# this machine (loopback listen addresses, no mDNS). Without a terminal and
# without CERE_PASSPHRASE it uses a fixed, public development passphrase.
run: build ## run a loopback-only development node with data in ./.cere-dev
	@if [ -z "$${CERE_PASSPHRASE+set}" ] && [ ! -t 0 ]; then \
		export CERE_PASSPHRASE=cere-dev-insecure; \
		echo "WARNING: stdin is not a terminal and CERE_PASSPHRASE is unset: using the development" >&2; \
		echo "WARNING: passphrase 'cere-dev-insecure' for the wallet in $(DEV_DATA) only. It is public;" >&2; \
		echo "WARNING: never use it (or this wallet) for a real wallet." >&2; \
	fi; \
	exec $(BIN) daemon --data $(DEV_DATA) --no-mdns \
		--listen /ip4/127.0.0.1/tcp/7351 --listen /ip4/127.0.0.1/udp/7351/quic-v1 $(ARGS)

# As root, first install what the tests need (see deps); elsewhere the tests
# that need root or Docker say so and skip, except under CI, where they fail.
test: tools ## install what the tests need (as root), then run all tests
	@if [ "$$(id -u)" = 0 ]; then bash scripts/deps.sh; fi
	CERE_GETH=$(GETH) $(GO) test -count=1 -timeout 20m $(TESTFLAGS) ./...

tools: $(GETH) ## build the pinned tools the tests use (geth) into bin/tools, once

$(GETH):
	GOBIN=$(dir $(GETH)) $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)

bench: ## run the benchmarks (no tests)
	$(GO) test -run '^$$' -bench . -benchmem ./...

deps: ## install what the tests need (docker.io, iproute2, chromium) and start dockerd; root, Debian
	bash scripts/deps.sh

lint: ## gofmt, go vet, staticcheck
	@files=$$(git ls-files -z -- '*.go' | xargs -0 -r $(GOFMT) -l); \
	if [ -n "$$files" ]; then \
		echo "gofmt: these files are not formatted (run gofmt -w on them):" >&2; \
		echo "$$files" >&2; \
		exit 1; \
	fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

docs: build ## rewrite the CLI reference in README.md from the commands' help
	$(BIN) docs --update README.md

# The contracts are compiled with the solc and OpenZeppelin pinned in
# contracts/package-lock.json; the JSON and the bindings are committed, so
# that building and testing need neither node nor a compiler.
contracts: ## compile contracts/src into contracts/combined.json and regenerate chain/contracts.go (needs node, npm)
	cd contracts && npm ci --no-audit --no-fund && node compile.mjs
	$(GO) run ./chain/internal/bindgen/cmd/bindgen

contracts-check: ## fail when contracts/combined.json is not what contracts/src compile to (needs node, npm)
	cd contracts && npm ci --no-audit --no-fund && node compile.mjs --check

clean: ## remove bin/ (keeps ./.cere-dev)
	rm -rf bin

clean-dev: ## remove the development node's data, ./.cere-dev
	rm -rf $(DEV_DATA)

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  \1\t\2/' | expand -t 14
