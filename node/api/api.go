// Package api is the contract between a node's HTTP API and its clients: the
// JSON types of /api/v1, the error body, the wallet signature that authorises
// a write, and a Client that the CLI (and tests) use. The server side lives
// in package node; this package must not import it.
package api

import (
	"runtime/debug"
	"strings"
	"time"

	"github.com/cerestack/cere/p2p"
	"github.com/cerestack/cere/rules"
	"github.com/cerestack/cere/store"
)

// Version is this build's version. The Makefile sets it at link time; a
// plain `go build` falls back to the VCS revision.
var Version = ""

// BuildVersion returns Version, or the VCS revision the binary was built
// from, or "dev".
func BuildVersion() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" && dirty {
			return "dev-" + rev + "-dirty"
		}
		if rev != "" {
			return "dev-" + rev
		}
	}
	return "dev"
}

// Status is GET /api/v1/status: who this node is and how it is doing.
type Status struct {
	PeerID  string   `json:"peer_id"`
	Addrs   []string `json:"addrs"` // full multiaddrs ending in /p2p/<peer id>
	Wallet  string   `json:"wallet"`
	Version string   `json:"version"`
	// EDEKKey is the node's X25519 public key (hex), to which cubby keys are wrapped.
	EDEKKey   string `json:"edek_public_key"`
	Dashboard string `json:"dashboard"`
	// Gateway is the base URL of the node's IPFS gateway (GET
	// Gateway+"/ipfs/<cid>"), an origin apart from the API's; empty when
	// it serves none.
	Gateway      string            `json:"gateway,omitempty"`
	Started      time.Time         `json:"started"`
	Peers        int               `json:"peers"` // live peers, as in GET /peers
	Connections  int               `json:"connections"`
	Capabilities p2p.Capabilities  `json:"capabilities"`
	Labels       map[string]string `json:"labels,omitempty"`
	// OS and Arch are the node's platform: what Docker agents are built for.
	OS   string `json:"os"`
	Arch string `json:"arch"`
}

// Peer is one element of GET /api/v1/peers: a live peer (heard from within
// 15 s), never this node.
type Peer struct {
	PeerID       string            `json:"peer_id"`
	Addrs        []string          `json:"addrs"`
	Version      string            `json:"version"`
	Capabilities p2p.Capabilities  `json:"capabilities"`
	Labels       map[string]string `json:"labels,omitempty"`
	Load         float64           `json:"load"`
	LastSeen     time.Time         `json:"last_seen"`
	Connected    bool              `json:"connected"`
	// Score is this node's GossipSub score of the peer; below zero means it
	// has misbehaved.
	Score float64 `json:"score"`
}

// Error is the body of every failed request, and the error Client returns.
type Error struct {
	// Status is the HTTP status code (not part of the body).
	Status  int    `json:"-"`
	Message string `json:"error"`
	// Field names the input field at fault, when there is one.
	Field string `json:"field,omitempty"`
}

func (e *Error) Error() string {
	if e.Field != "" && !strings.Contains(e.Message, e.Field) {
		return e.Message + " (field " + e.Field + ")"
	}
	return e.Message
}

// Added is the answer to POST /api/v1/blocks: the root of the stored DAG.
type Added struct {
	CID  string `json:"cid"`
	Size int64  `json:"size"` // bytes received
}

// BlockStatus is GET /api/v1/blocks/{cid}/status.
type BlockStatus struct {
	CID    string `json:"cid"`
	Local  bool   `json:"local"`  // the root block is stored on this node
	Pinned bool   `json:"pinned"` // pinned on this node
	// Holders are the peers known to hold the DAG: those that announced a
	// replica, and the providers the DHT finds. This node is among them when
	// it pins the DAG.
	Holders []string `json:"holders"`
}

// GCResult is the answer to POST /api/v1/blocks/gc.
type GCResult struct {
	Removed int `json:"removed"`
}

// VerifyResult is the answer to POST /api/v1/blocks/verify.
type VerifyResult struct {
	Checked int      `json:"checked"`
	Bad     []string `json:"bad"`
}

// ReplicateRequest is the body of POST /api/v1/blocks/{cid}/replicate.
type ReplicateRequest struct {
	Copies int `json:"copies"`
	// TimeoutSeconds bounds the wait for the copies (default 120).
	TimeoutSeconds int `json:"timeout_s,omitempty"`
}

// Replicated is the answer to POST /api/v1/blocks/{cid}/replicate: the
// peers (other than this node) that announced they pin the DAG.
type Replicated struct {
	CID     string   `json:"cid"`
	Holders []string `json:"holders"`
}

// Event is a CloudEvents 1.0 event, as GET /api/v1/events lists them.
type Event = store.Event

// ScriptRun is the body of POST /api/v1/scripts/run: a script (the body of
// a function of event, data, output and env) and what it reads.
type ScriptRun struct {
	Script     string         `json:"script"`
	Event      map[string]any `json:"event"`
	Output     any            `json:"output,omitempty"`
	Env        map[string]any `json:"env,omitempty"`
	DeadlineMS int            `json:"deadline_ms,omitempty"`
}

// ScriptResult is the answer to POST /api/v1/scripts/run. Error is empty
// when the script succeeded.
type ScriptResult struct {
	Result     any              `json:"result"`
	Emitted    []map[string]any `json:"emitted"`
	Error      string           `json:"error,omitempty"`
	DurationMS float64          `json:"duration_ms"`
}

// RuleTest is the body of POST /api/v1/rules/test.
type RuleTest struct {
	Rule  rules.Rule     `json:"rule"`
	Event map[string]any `json:"event"`
}

// RuleResult is the answer to POST /api/v1/rules/test. Error is empty when
// the rule evaluated.
type RuleResult struct {
	Matched    bool         `json:"matched"`
	Error      string       `json:"error,omitempty"`
	DurationMS float64      `json:"duration_ms"`
	Trace      []rules.Step `json:"trace"`
}
