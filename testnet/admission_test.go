package testnet

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/workflow"
)

// TestAdmission: a node whose operator runs only an allowlist refuses the
// workflows of other owners, submitted to it (403, named) or heard from its
// peers (not run, not listed), and runs those of its allowlist; its peers,
// which run everyone's, run both.
func TestAdmission(t *testing.T) {
	b := Start(t, Options{})
	sb := b.Status(t)
	a := Start(t, Options{Bootstrap: sb.Addrs, Args: []string{"--admit", "allowlist", "--allow", sb.Wallet}})
	c := Start(t, Options{Bootstrap: sb.Addrs})
	Eventually(t, 10*time.Second, "peers", func() bool { return seesPeer(t, a, sb.PeerID) && seesPeer(t, c, sb.PeerID) })
	t.Setenv("CERE_PASSPHRASE", Passphrase)
	stranger := filepath.Join(c.Dir, "wallet.json")
	allowed := filepath.Join(b.Dir, "wallet.json")

	out, err := a.CLI(t.Context(), "--keystore", stranger, "workflow", "submit", example)
	if err == nil || !strings.Contains(err.Error(), "not admitted") || !strings.Contains(err.Error(), c.Status(t).Wallet) {
		t.Fatalf("a stranger's workflow at an allowlist node: %v %s; want it refused, naming the owner", err, out)
	}
	var sub submittedJSON
	c.cliJSON(t, &sub, "--keystore", stranger, "workflow", "submit", example, "--output", "json")
	b.cliJSON(t, &sub, "--keystore", allowed, "workflow", "submit", example, "--output", "json")
	list := func(n *Node) []workflow.Record {
		var recs []workflow.Record
		n.cliJSON(t, &recs, "workflow", "list", "--output", "json")
		return recs
	}
	Eventually(t, 10*time.Second, "both workflows at C", func() bool { return len(list(c)) == 2 })
	Eventually(t, 10*time.Second, "the allowed owner's workflow at A", func() bool {
		recs := list(a)
		return len(recs) == 1 && recs[0].Owner == sb.Wallet && recs[0].Running
	})
	time.Sleep(time.Second) // what A would have adopted of the stranger's
	if recs := list(a); len(recs) != 1 {
		t.Fatalf("A runs %+v; want the allowed owner's workflow only", recs)
	}
}
