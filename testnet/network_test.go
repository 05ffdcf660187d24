package testnet

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
)

func TestMain(m *testing.M) { Main(m) }

// hasPeers reports whether peers lists exactly want, each with the
// capabilities a node announces.
func hasPeers(peers []api.Peer, want ...string) bool {
	if len(peers) != len(want) {
		return false
	}
	for _, p := range peers {
		if !slices.Contains(want, p.PeerID) || p.Capabilities.CPUCores == 0 ||
			p.Capabilities.MemoryBytes == 0 || !slices.Contains(p.Capabilities.Runtimes, "wasm") {
			return false
		}
	}
	return true
}

// TestThreeNodes: nodes 2 and 3 bootstrap to node 1; within 10 s each one's
// `cere peers` lists the other two with their capabilities.
func TestThreeNodes(t *testing.T) {
	n1 := Start(t, Options{})
	s1 := n1.Status(t)
	if len(s1.Addrs) == 0 || !strings.HasSuffix(s1.Addrs[0], "/p2p/"+s1.PeerID) {
		t.Fatalf("status addrs %v do not end in /p2p/%s", s1.Addrs, s1.PeerID)
	}
	n2 := Start(t, Options{Bootstrap: s1.Addrs})
	n3 := Start(t, Options{Bootstrap: s1.Addrs})
	nodes := []*Node{n1, n2, n3}
	ids := []string{s1.PeerID, n2.Status(t).PeerID, n3.Status(t).PeerID}

	start := time.Now()
	for i, n := range nodes {
		others := slices.Delete(slices.Clone(ids), i, i+1)
		Eventually(t, 10*time.Second-time.Since(start), fmt.Sprintf("node %d lists %v", i+1, others), func() bool {
			return hasPeers(n.Peers(t), others...)
		})
	}
	t.Logf("all three see each other after %s", time.Since(start).Round(time.Millisecond))

	// The text form is an aligned table naming both peers.
	out, err := n2.CLI(t.Context(), "peers")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "PEER ID") || !strings.Contains(string(out), ids[0]) || !strings.Contains(string(out), ids[2]) {
		t.Fatalf("cere peers:\n%s", out)
	}
}

// TestRestartKeepsIdentity: a graceful stop takes under 5 s; after it, and
// after kill -9, the node comes back with the same peer id and wallet.
func TestRestartKeepsIdentity(t *testing.T) {
	n := Start(t, Options{})
	first := n.Status(t)
	if !strings.HasPrefix(first.Wallet, "0x") || len(first.Wallet) != 42 {
		t.Fatalf("wallet %q is not an address", first.Wallet)
	}
	t.Logf("cold start (first run, keys made): %s", n.Ready.Sub(n.Started).Round(time.Millisecond))

	took, code := n.Stop(t)
	if code != 0 {
		t.Fatalf("exit code %d after SIGTERM:\n%s", code, n.Logs())
	}
	if took > 5*time.Second {
		t.Fatalf("graceful stop took %s, want under 5 s", took)
	}
	if !strings.Contains(n.Logs(), "node stopped") {
		t.Fatalf("no orderly stop in the logs:\n%s", n.Logs())
	}
	n.Restart(t)
	t.Logf("warm start: %s", n.Ready.Sub(n.Started).Round(time.Millisecond))
	if again := n.Status(t); again.PeerID != first.PeerID || again.Wallet != first.Wallet {
		t.Fatalf("after restart: peer %s wallet %s, want %s %s", again.PeerID, again.Wallet, first.PeerID, first.Wallet)
	}

	n.Kill(t)
	n.Restart(t)
	if again := n.Status(t); again.PeerID != first.PeerID || again.Wallet != first.Wallet {
		t.Fatalf("after kill -9: peer %s wallet %s, want %s %s", again.PeerID, again.Wallet, first.PeerID, first.Wallet)
	}
	if _, err := os.Stat(n.Dir + "/config.toml"); err != nil {
		t.Fatalf("config.toml not written on first start: %v", err)
	}
}

// needRoot skips where the test cannot run, except in CI, where everything
// it needs is installed and a skip would hide a failure.
func needRoot(t *testing.T) {
	t.Helper()
	var missing string
	if os.Geteuid() != 0 {
		missing = "root"
	} else if _, err := exec.LookPath("ip"); err != nil {
		missing = "ip (Debian's iproute2)"
	}
	if missing == "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("this test needs %s, and CI must provide it (make deps)", missing)
	}
	t.Skipf("needs %s", missing)
}

// netns runs ip with args and fails the test when it fails.
func ipCmd(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
		t.Fatalf("ip %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// TestMDNSDiscovery: three nodes without --bootstrap find each other by mDNS
// alone. They run in network namespaces this test makes (one per node, joined
// by a bridge in a fourth), so no packet leaves this machine.
func TestMDNSDiscovery(t *testing.T) {
	needRoot(t)
	tag := fmt.Sprintf("%x", os.Getpid()&0xffff)
	bridge := "cere-br-" + tag
	ipCmd(t, "netns", "add", bridge)
	t.Cleanup(func() { _ = exec.Command("ip", "netns", "del", bridge).Run() })
	ipCmd(t, "-n", bridge, "link", "add", "br0", "type", "bridge")
	ipCmd(t, "-n", bridge, "link", "set", "br0", "up")

	var nodes []*Node
	for i := 1; i <= 3; i++ {
		ns := fmt.Sprintf("cere-n%d-%s", i, tag)
		ipCmd(t, "netns", "add", ns)
		t.Cleanup(func() { _ = exec.Command("ip", "netns", "del", ns).Run() })
		veth := fmt.Sprintf("v%d", i)
		ipCmd(t, "-n", bridge, "link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns)
		ipCmd(t, "-n", bridge, "link", "set", veth, "master", "br0", "up")
		ipCmd(t, "-n", ns, "addr", "add", fmt.Sprintf("10.213.0.%d/24", i), "dev", "eth0")
		ipCmd(t, "-n", ns, "link", "set", "eth0", "up")
		ipCmd(t, "-n", ns, "link", "set", "lo", "up")
		nodes = append(nodes, Start(t, Options{
			Netns:     ns,
			MDNS:      true,
			Listen:    []string{"/ip4/0.0.0.0/tcp/7351"},
			APIListen: "127.0.0.1:7350",
		}))
	}
	var ids []string
	for _, n := range nodes {
		ids = append(ids, n.Status(t).PeerID)
	}
	start := time.Now()
	for i, n := range nodes {
		others := slices.Delete(slices.Clone(ids), i, i+1)
		Eventually(t, 20*time.Second, fmt.Sprintf("node %d lists %v by mDNS", i+1, others), func() bool {
			return hasPeers(n.Peers(t), others...)
		})
	}
	t.Logf("found each other by mDNS after %s", time.Since(start).Round(time.Millisecond))
}

// freePort returns a TCP port on loopback that nothing listens on now.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// TestBootstrapReconnect: when its bootstrap peer crashes and comes back, a
// node dials it again by itself.
func TestBootstrapReconnect(t *testing.T) {
	n1 := Start(t, Options{Listen: []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", freePort(t))}})
	s1 := n1.Status(t)
	n2 := Start(t, Options{Bootstrap: s1.Addrs})
	connectedTo := func(id string) bool {
		for _, p := range n2.Peers(t) {
			if p.PeerID == id && p.Connected {
				return true
			}
		}
		return false
	}
	Eventually(t, 10*time.Second, "node 2 connected to node 1", func() bool { return connectedTo(s1.PeerID) })

	n1.Kill(t)
	Eventually(t, 10*time.Second, "node 2 notices node 1 is gone", func() bool { return !connectedTo(s1.PeerID) })
	n1.Restart(t)
	back := time.Now()
	Eventually(t, 20*time.Second, "node 2 reconnects to node 1", func() bool { return connectedTo(s1.PeerID) })
	t.Logf("reconnected %s after node 1 came back", time.Since(back).Round(time.Millisecond))
}

// TestAPIEndpoints: health, metrics, the dashboard, and JSON errors.
func TestAPIEndpoints(t *testing.T) {
	n := Start(t, Options{})
	get := func(path string) (int, string) {
		resp, err := http.Get(n.API + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, `"ok": true`) {
		t.Errorf("healthz: %d %s", code, body)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "cere_peers_live") || !strings.Contains(body, "go_goroutines") {
		t.Errorf("metrics: %d, without cere_peers_live or go_goroutines", code)
	}
	if code, body := get("/"); code != 200 || !strings.Contains(body, "<title>Cere node</title>") {
		t.Errorf("dashboard: %d", code)
	}
	resp, err := n.Post(t, "/api/v1/status", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET" {
		t.Errorf("POST /api/v1/status: %d, Allow %q; want 405 and GET", resp.StatusCode, resp.Header.Get("Allow"))
	}
	code, body := get("/api/v1/nothing")
	var e api.Error
	if code != 404 || json.Unmarshal([]byte(body), &e) != nil || !strings.Contains(e.Message, "/api/v1/nothing") {
		t.Errorf("unknown endpoint: %d %s, want 404 with a JSON error naming it", code, body)
	}

	out, err := n.CLI(t.Context(), "doctor", "--data", n.Dir, "--output", "json")
	if err != nil {
		t.Fatal(err)
	}
	var checks []struct{ Name, Status string }
	if err := json.Unmarshal(out, &checks); err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, c := range checks {
		status[c.Name] = c.Status
	}
	if status["node"] != "ok" || status["data dir"] != "ok" || status["config"] != "ok" || status["ports"] != "skip" || status["docker"] == "" ||
		status["chain"] == "" || (status["disk"] != "ok" && status["disk"] != "warn") {
		t.Errorf("doctor: %s", out)
	}
}
