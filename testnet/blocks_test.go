package testnet

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
)

// randomFile writes n random bytes to a file in the test's temp dir.
func randomFile(t *testing.T, n int) (string, []byte) {
	t.Helper()
	data := make([]byte, n)
	if _, err := rand.Read(data); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "payload")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, data
}

func (n *Node) put(t *testing.T, path string) string {
	t.Helper()
	var added api.Added
	n.cliJSON(t, &added, "blocks", "put", path, "--output", "json")
	return added.CID
}

func (n *Node) get(t *testing.T, cid string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "got")
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	if _, err := n.CLI(ctx, "blocks", "get", cid, "-o", out); err != nil {
		t.Fatalf("%v\nlogs:\n%s", err, n.Logs())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestFetchAcrossTheNetwork: node A stores a 50 MiB file; node C, which was
// told only of B, fetches it whole; a Range request for its last MiB through
// C's /ipfs/ gateway answers 206 with exactly those bytes.
func TestFetchAcrossTheNetwork(t *testing.T) {
	b := Start(t, Options{})
	boot := b.Status(t).Addrs
	a := Start(t, Options{Bootstrap: boot})
	c := Start(t, Options{Bootstrap: boot})
	path, data := randomFile(t, 50<<20)
	cid := a.put(t, path)
	if !strings.HasPrefix(cid, "bafy") {
		t.Fatalf("CID %s is not a CIDv1 dag-pb", cid)
	}
	start := time.Now()
	if got := c.get(t, cid); !bytes.Equal(got, data) {
		t.Fatalf("C got %d bytes that differ from the %d A stored", len(got), len(data))
	}
	t.Logf("C fetched 50 MiB in %s", time.Since(start).Round(time.Millisecond))

	gateway := c.Gateway(t)
	req, _ := http.NewRequest("GET", gateway+"/ipfs/"+cid, nil)
	req.Header.Set("Range", fmt.Sprintf("bytes=%d-", len(data)-1<<20))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	tail, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(tail, data[len(data)-1<<20:]) {
		t.Fatalf("range: %d, %d bytes; want 206 and the last MiB", resp.StatusCode, len(tail))
	}
	// No name is ever resolved (that would ask DNS, off this machine).
	resp, err = http.Get(gateway + "/ipfs/%2e%2e/ipns/example.com")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 == 2 || resp.StatusCode/100 == 3 {
		t.Fatalf("/ipfs/../ipns/example.com: %d, want a refusal", resp.StatusCode)
	}
	// Bad input is named.
	resp, err = http.Get(c.API + "/api/v1/blocks/not-a-cid")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("invalid CID: %d, want 400", resp.StatusCode)
	}
}

// TestReplicasOutliveThePublisher: A asks for 2 replicas, B and C pin them;
// A stops for good and its data is deleted; a fresh node D fetches the DAG
// from B or C.
func TestReplicasOutliveThePublisher(t *testing.T) {
	b := Start(t, Options{})
	boot := b.Status(t).Addrs
	a := Start(t, Options{Bootstrap: boot})
	c := Start(t, Options{Bootstrap: boot})
	ids := map[string]string{b.Status(t).PeerID: "B", c.Status(t).PeerID: "C"}
	for _, n := range []*Node{a, b, c} {
		Eventually(t, 30*time.Second, "all three live", func() bool { return len(n.Peers(t)) == 2 })
	}
	path, data := randomFile(t, 8<<20)
	cid := a.put(t, path)
	var rep api.Replicated
	a.cliJSON(t, &rep, "blocks", "replicate", cid, "--copies", "2", "--timeout", "60s", "--output", "json")
	slices.Sort(rep.Holders)
	if len(rep.Holders) != 2 || ids[rep.Holders[0]] == "" || ids[rep.Holders[1]] == "" {
		t.Fatalf("holders %v, want B and C", rep.Holders)
	}
	for _, n := range []*Node{b, c} {
		var st api.BlockStatus
		n.cliJSON(t, &st, "blocks", "status", cid, "--output", "json")
		if !st.Pinned {
			t.Fatalf("%s does not pin %s: %+v", ids[n.Status(t).PeerID], cid, st)
		}
	}

	a.Kill(t)
	if err := os.RemoveAll(a.Dir); err != nil {
		t.Fatal(err)
	}
	d := Start(t, Options{Bootstrap: boot})
	if got := d.get(t, cid); !bytes.Equal(got, data) {
		t.Fatal("D got other bytes")
	}
}

// TestKillDuringUpload: the daemon dies (kill -9) in the middle of a large
// upload; after a restart every stored block matches its hash, nothing of
// the cut upload is pinned, and GC removes all of it.
func TestKillDuringUpload(t *testing.T) {
	n := Start(t, Options{})
	cmd := n.command(t.Context(), "--api", n.API, "blocks", "put", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 1<<20)
	for range 40 { // 40 MiB in, then the daemon dies mid-stream
		rand.Read(chunk)
		if _, err := stdin.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if err := n.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-n.done
	stdin.Close()
	if err := cmd.Wait(); err == nil {
		t.Fatal("the upload succeeded although the daemon died")
	} else if _, ok := err.(*exec.ExitError); !ok {
		t.Fatal(err)
	}

	n.Restart(t)
	var v api.VerifyResult
	n.cliJSON(t, &v, "blocks", "verify", "--output", "json")
	if len(v.Bad) != 0 || v.Checked == 0 {
		t.Fatalf("%d of %d blocks fail their hash check after kill -9 (none checked means the upload never reached the store)", len(v.Bad), v.Checked)
	}
	t.Logf("%d blocks of the cut upload survived the crash", v.Checked)
	var gc api.GCResult
	n.cliJSON(t, &gc, "blocks", "gc", "--output", "json")
	n.cliJSON(t, &v, "blocks", "verify", "--output", "json")
	if v.Checked != 0 {
		t.Fatalf("%d blocks left after GC: part of the cut upload is pinned", v.Checked)
	}
}

// TestUploadLimit: a body over blocks.max_upload is a 413 that names the
// limit, and nothing of it stays pinned.
func TestUploadLimit(t *testing.T) {
	n := Start(t, Options{Args: []string{"--max-upload", "100000"}})
	path, _ := randomFile(t, 300000)
	_, err := n.CLI(t.Context(), "blocks", "put", path)
	if err == nil || !strings.Contains(err.Error(), "over the limit of 100000 bytes") {
		t.Fatalf("oversized upload: %v", err)
	}
	resp, err := n.Post(t, "/api/v1/blocks", "application/octet-stream", bytes.NewReader(make([]byte, 200000)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", resp.StatusCode)
	}
	var gc api.GCResult
	n.cliJSON(t, &gc, "blocks", "gc", "--output", "json")
	var v api.VerifyResult
	n.cliJSON(t, &v, "blocks", "verify", "--output", "json")
	if v.Checked != 0 {
		t.Fatalf("%d blocks of refused uploads left after GC", v.Checked)
	}
}
