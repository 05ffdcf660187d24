// Package testnet runs local networks of real Cere daemons for tests: each
// node is a `cere daemon` process with its own data dir, listening on
// loopback (or inside a network namespace the test made), driven through the
// real CLI. It owns no production code path.
package testnet

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
)

// Passphrase is the wallet passphrase of every test node.
const Passphrase = "testnet-passphrase"

var (
	buildOnce sync.Once
	buildDir  string
	buildErr  error
)

// Main runs a test binary's tests and removes the daemon it built.
func Main(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// Binary builds cmd/cere once per test process and returns its path.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "cere-testnet-")
		if buildErr != nil {
			return
		}
		out, err := exec.Command("go", "build", "-o", filepath.Join(buildDir, "cere"), "github.com/cerestack/cere/cmd/cere").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(buildDir, "cere")
}

// Options shape one daemon.
type Options struct {
	// Dir is the data dir; when empty, the daemon creates one in a
	// temporary directory, as on a first start.
	Dir string
	// Listen defaults to one TCP port on loopback chosen by the kernel.
	Listen    []string
	Bootstrap []string
	// MDNS turns mDNS discovery on; only inside a network namespace.
	MDNS bool
	// APIListen and GatewayListen default to 127.0.0.1:0.
	APIListen, GatewayListen string
	// Netns runs the daemon (and its CLI calls) inside this network namespace.
	Netns string
	// Chain runs the daemon with its chain as configured (the embedded
	// dev chain by default); without it, the daemon runs with none
	// (--chain off), as most tests need none.
	Chain bool
	// Args are extra daemon flags.
	Args []string
}

// Node is one running daemon.
type Node struct {
	Bin  string
	Dir  string
	API  string // base URL, e.g. http://127.0.0.1:41234
	opts Options
	cmd  *exec.Cmd
	done chan struct{}
	mu   sync.Mutex
	logs bytes.Buffer
	// Started is when the process was started; Ready when its API answered.
	Started, Ready time.Time
}

// Start starts a daemon and waits until it prints its dashboard URL.
func Start(t testing.TB, o Options) *Node {
	t.Helper()
	n := &Node{Bin: Binary(t), Dir: o.Dir, opts: o}
	if n.Dir == "" {
		n.Dir = filepath.Join(t.TempDir(), "data")
	}
	n.start(t)
	t.Cleanup(func() { n.Kill(t) })
	return n
}

func (n *Node) start(t testing.TB) {
	t.Helper()
	o := n.opts
	if len(o.Listen) == 0 {
		o.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	}
	if o.APIListen == "" {
		o.APIListen = "127.0.0.1:0"
	}
	if o.GatewayListen == "" {
		o.GatewayListen = "127.0.0.1:0"
	}
	args := []string{"daemon", "--data", n.Dir, "--api-listen", o.APIListen, "--gateway-listen", o.GatewayListen, "--log-level", "debug"}
	for _, l := range o.Listen {
		args = append(args, "--listen", l)
	}
	for _, b := range o.Bootstrap {
		args = append(args, "--bootstrap", b)
	}
	if !o.MDNS {
		args = append(args, "--no-mdns")
	}
	if !o.Chain {
		args = append(args, "--chain", "off")
	}
	args = append(args, o.Args...)
	n.cmd = n.command(context.Background(), args...)
	n.cmd.Env = append(n.cmd.Env, "CERE_PASSPHRASE="+Passphrase)
	stdout, err := n.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	n.cmd.Stderr = &lockedWriter{mu: &n.mu, w: &n.logs}
	n.Started = time.Now()
	if err := n.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	n.done = make(chan struct{})
	url := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			n.mu.Lock()
			n.logs.WriteString(line + "\n")
			n.mu.Unlock()
			if u, ok := strings.CutPrefix(strings.TrimSpace(line), "dashboard"); ok {
				select {
				case url <- strings.TrimSuffix(strings.TrimSpace(u), "/"):
				default:
				}
			}
		}
	}()
	go func() {
		_ = n.cmd.Wait()
		close(n.done)
	}()
	select {
	case n.API = <-url:
		n.Ready = time.Now()
	case <-n.done:
		t.Fatalf("daemon exited before it was ready (%s):\n%s", n.cmd.ProcessState, n.Logs())
	case <-time.After(30 * time.Second):
		t.Fatalf("daemon not ready after 30 s:\n%s", n.Logs())
	}
}

// command builds a command of the cere binary, inside the node's network
// namespace when it has one.
func (n *Node) command(ctx context.Context, args ...string) *exec.Cmd {
	var cmd *exec.Cmd
	if n.opts.Netns != "" {
		cmd = exec.CommandContext(ctx, "ip", append([]string{"netns", "exec", n.opts.Netns, n.Bin}, args...)...)
	} else {
		cmd = exec.CommandContext(ctx, n.Bin, args...)
	}
	// Each node leaves its API token for its CLI in a folder of its own,
	// removed with the test: daemons in namespaces of their own may share
	// an API address (127.0.0.1:7350 in each), and a daemon ended by
	// kill -9 would leave its token in the user's folder.
	cmd.Env = append(os.Environ(), "CERE_TOKEN_DIR="+n.Dir+"-tokens")
	return cmd
}

// Logs returns what the daemon printed so far.
func (n *Node) Logs() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.logs.String()
}

// CLI runs `cere --api <node> args...` and returns its stdout; a non-zero
// exit is an error that carries stderr.
func (n *Node) CLI(ctx context.Context, args ...string) ([]byte, error) {
	cmd := n.command(ctx, append([]string{"--api", n.API}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("cere %s: %w: %s", strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}

// Status returns `cere status --output json`.
func (n *Node) Status(t testing.TB) api.Status {
	t.Helper()
	var s api.Status
	n.cliJSON(t, &s, "status", "--output", "json")
	return s
}

// Peers returns `cere peers --output json`.
func (n *Node) Peers(t testing.TB) []api.Peer {
	t.Helper()
	var p []api.Peer
	n.cliJSON(t, &p, "peers", "--output", "json")
	return p
}

func (n *Node) cliJSON(t testing.TB, v any, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := n.CLI(ctx, args...)
	if err != nil {
		t.Fatalf("%v\ndaemon logs:\n%s", err, n.Logs())
	}
	// Into a zero value: fields the answer leaves out (omitempty) must
	// not keep what an earlier call put there.
	reflect.ValueOf(v).Elem().SetZero()
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatalf("cere %s: not JSON: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// Stop sends SIGTERM and waits for the process to exit; it returns how long
// that took and the exit code.
func (n *Node) Stop(t testing.TB) (time.Duration, int) {
	t.Helper()
	start := time.Now()
	if err := n.signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-n.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("daemon still running 30 s after SIGTERM:\n%s", n.Logs())
	}
	return time.Since(start), n.cmd.ProcessState.ExitCode()
}

// Kill ends the process with SIGKILL, as a crash would.
func (n *Node) Kill(t testing.TB) {
	t.Helper()
	select {
	case <-n.done:
		return
	default:
	}
	_ = n.signal(syscall.SIGKILL)
	<-n.done
}

// signal signals the daemon; inside a namespace, `ip netns exec` execs the
// daemon in place, so the process is the daemon itself.
func (n *Node) signal(sig syscall.Signal) error {
	return n.cmd.Process.Signal(sig)
}

// Restart starts the daemon again on the same data dir and options.
func (n *Node) Restart(t testing.TB) {
	t.Helper()
	n.mu.Lock()
	n.logs.Reset()
	n.mu.Unlock()
	n.start(t)
}

// Eventually polls ok every 100 ms until it holds or within passes.
func Eventually(t testing.TB, within time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %s: %s", within, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
