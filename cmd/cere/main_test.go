package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cere runs the CLI in-process and returns its exit code, stdout and stderr.
// A daemon that starts when it should have failed is stopped after 30 s, so
// the test fails instead of hanging.
func cere(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	code := run(ctx, args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"daemon", "--bogus"}, "unknown flag: --bogus"},
		{[]string{"--bogus", "status"}, "unknown flag: --bogus"},
		{[]string{"bogus"}, `unknown command "bogus"`},
		{[]string{"status", "extra"}, "takes no arguments"},
		{[]string{"daemon", "--log-level"}, "flag needs an argument"},
		{[]string{"--output", "yaml", "peers"}, `--output "yaml"`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, stderr := cere(t, tc.args...)
			if code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tc.want) || !strings.Contains(stderr, "--help") {
				t.Errorf("stderr %q does not say %q and point to --help", stderr, tc.want)
			}
		})
	}
}

// TestConfigErrors: a bad config file stops the daemon before it starts,
// with exit code 78 and an error naming the file, the line and the key.
func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		file string
		line int
		key  string
		want string
	}{
		{"unknown-key.toml", 3, "api.lisen", "unknown key"},
		{"wrong-type.toml", 3, "p2p.mdns", "want a boolean"},
		{"bad-value.toml", 3, "log.level", `"loud" is not one of`},
		{"syntax.toml", 1, "", "expected ']'"},
		{"open-api.toml", 2, "api.listen", "api.auth is off"},
		{"bootstrap-no-peer.toml", 3, "p2p.bootstrap", "/p2p/<peer id>"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			dir := t.TempDir()
			data, err := os.ReadFile(filepath.Join("testdata", "config", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "config.toml"), data, 0o600); err != nil {
				t.Fatal(err)
			}
			code, _, stderr := cere(t, "daemon", "--data", dir)
			if code != exitConfig {
				t.Errorf("exit code %d, want %d; stderr %q", code, exitConfig, stderr)
			}
			where := fmt.Sprintf("%s:%d:", filepath.Join(dir, "config.toml"), tc.line)
			if tc.key != "" {
				where += " key " + tc.key
			}
			if !strings.Contains(stderr, where) || !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q, want it to name %q and say %q", stderr, where, tc.want)
			}
			if _, err := os.Stat(filepath.Join(dir, "wallet.json")); err == nil {
				t.Error("a wallet was made although the config is bad")
			}
		})
	}
}

func TestBadEnvironmentAndFlagValues(t *testing.T) {
	t.Setenv("CERE_LOG_LEVEL", "loud")
	code, _, stderr := cere(t, "daemon", "--data", t.TempDir())
	if code != exitConfig || !strings.Contains(stderr, "environment CERE_LOG_LEVEL: key log.level") {
		t.Errorf("bad env: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = cere(t, "daemon", "--data", t.TempDir(), "--log-level", "debug", "--label", "novalue")
	if code != exitConfig || !strings.Contains(stderr, "flag --label: key p2p.labels") {
		t.Errorf("bad flag: exit %d, stderr %q", code, stderr)
	}
}

// TestPrecedence: flags over CERE_* variables over config.toml over defaults.
func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("[api]\nlisten = \"127.0.0.1:1001\"\n[log]\nlevel = \"warn\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		env  string
		args []string
		want string
	}{
		{"file over default", "", nil, "127.0.0.1:1001"},
		{"env over file", "127.0.0.1:1002", nil, "127.0.0.1:1002"},
		{"flag over env", "127.0.0.1:1002", []string{"--api-listen", "127.0.0.1:1003"}, "127.0.0.1:1003"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("CERE_API_LISTEN", tc.env)
			}
			cmd := newDaemonCmd()
			if err := cmd.ParseFlags(append([]string{"--data", dir}, tc.args...)); err != nil {
				t.Fatal(err)
			}
			cfg, err := daemonConfig(cmd, dir)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.API.Listen != tc.want {
				t.Errorf("api.listen = %s, want %s", cfg.API.Listen, tc.want)
			}
			if cfg.Log.Level != "warn" || cfg.Log.Format != "text" {
				t.Errorf("log = %s/%s, want warn from the file and text by default", cfg.Log.Level, cfg.Log.Format)
			}
		})
	}
}

// TestOccupiedPort: a port held by another process stops the daemon with
// exit code 1 and names the address.
func TestOccupiedPort(t *testing.T) {
	t.Setenv("CERE_PASSPHRASE", "test")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	busy := ln.Addr().String()
	_, port, _ := net.SplitHostPort(busy)

	code, _, stderr := cere(t, "daemon", "--data", t.TempDir(), "--no-mdns", "--api-listen", busy, "--listen", "/ip4/127.0.0.1/tcp/0")
	if code != exitFailure || !strings.Contains(stderr, "address already in use: "+busy) {
		t.Errorf("busy API port: exit %d, stderr %q", code, stderr)
	}
	p2pAddr := "/ip4/127.0.0.1/tcp/" + port
	code, _, stderr = cere(t, "daemon", "--data", t.TempDir(), "--no-mdns", "--api-listen", "127.0.0.1:0", "--listen", p2pAddr)
	if code != exitFailure || !strings.Contains(stderr, "cannot listen on "+p2pAddr) || !strings.Contains(stderr, "address already in use") {
		t.Errorf("busy p2p port: exit %d, stderr %q", code, stderr)
	}
}

// TestREADMEReference: the README's CLI reference is what the commands say
// of themselves (regenerate it with `make docs`).
func TestREADMEReference(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var ref bytes.Buffer
	if err := writeReference(&ref, newRoot()); err != nil {
		t.Fatal(err)
	}
	want, err := spliceReference(string(readme), ref.String())
	if err != nil {
		t.Fatal(err)
	}
	if want != string(readme) {
		t.Fatal("README.md's CLI reference is out of date: run `make docs`")
	}
}
