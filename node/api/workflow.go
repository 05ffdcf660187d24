package api

import (
	"crypto/ecdsa"
	"encoding/json"
	"time"

	"github.com/cerestack/cere/p2p"
	"github.com/cerestack/cere/workflow"
)

// WorkflowCheck is the answer to POST /api/v1/workflows/validate: the
// document is valid, this is its canonical CID, and (when the request
// named an owner) the latest version that owner has of it here.
type WorkflowCheck struct {
	Name   string `json:"name"`
	CID    string `json:"cid"`
	Nodes  int    `json:"nodes"`
	Latest int    `json:"latest"`
}

// WorkflowSubmit is the body of POST /api/v1/workflows. Envelope is the
// owner's signed workflow.Submission (see SealSubmission); without it, a
// caller on loopback has the node sign as its own wallet (Base then being
// the version it expects to replace, as in Submission).
type WorkflowSubmit struct {
	Document string          `json:"document"` // YAML or JSON
	Envelope json.RawMessage `json:"envelope,omitempty"`
	Base     *int            `json:"base,omitempty"`
}

// WorkflowRemove is the body of DELETE /api/v1/workflows/{owner}/{name}:
// a signed removal, or nothing from loopback for the node's own workflows.
type WorkflowRemove struct {
	Envelope json.RawMessage `json:"envelope,omitempty"`
}

// Workflow is a record with its document, as GET /api/v1/workflows/{owner}/{name} answers.
type Workflow struct {
	workflow.Record
	Document *workflow.Workflow `json:"document"`
}

// SealSubmission signs a submission with a wallet, as the payload of a p2p
// envelope: what POST /api/v1/workflows takes in "envelope".
func SealSubmission(key *ecdsa.PrivateKey, s workflow.Submission) (json.RawMessage, error) {
	env, err := p2p.Seal(p2p.NewWalletSigner(key), workflow.SubmissionType, s, time.Now())
	if err != nil {
		return nil, err
	}
	return env.Marshal()
}

// Key is the wallet key the client signs with (nil: none).
func (c *Client) Key() *ecdsa.PrivateKey { return c.key }

// StreamMessage is one message of the live stream (GET /api/v1/stream):
// its data is replaced by {"truncated": true, "bytes", "preview"} when large.
type StreamMessage struct {
	workflow.Message
}

// StreamBatch is one frame of the live stream: at most 50 messages, sent at
// most every 50 ms, and how many this client missed since the last frame
// because its queue was full.
type StreamBatch struct {
	Messages []StreamMessage `json:"messages"`
	Dropped  uint64          `json:"dropped"`
	// Subscribed is in the first frame, and in the frame after a
	// subscription changes: the topics now followed.
	Subscribed []string `json:"subscribed,omitempty"`
}

// AgentBuilt is the answer to POST /api/v1/agents (and what cere agent
// build prints): the agent and the CID of its manifest.
type AgentBuilt struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	CID     string `json:"cid"`
}

// AgentInvoke is the body of POST /api/v1/agents/{name@version}/invoke.
type AgentInvoke struct {
	Input json.RawMessage `json:"input"`
}

// AgentUsage is what one invocation used.
type AgentUsage struct {
	WallMS       float64 `json:"wall_ms"`
	CPUMS        float64 `json:"cpu_ms"`
	MemPeakBytes int64   `json:"mem_peak_bytes"`
	GPUMS        float64 `json:"gpu_ms"`
	BytesIn      int64   `json:"bytes_in"`
	BytesOut     int64   `json:"bytes_out"`
}

// ModelSwap is the body of POST /api/v1/agents/{name@version}/model: the
// CID of the model, stored as blocks.
type ModelSwap struct {
	CID string `json:"cid"`
}

// ModelSwapped answers a model swap: how many running instances loaded it.
type ModelSwapped struct {
	Agent     string `json:"agent"`
	CID       string `json:"cid"`
	Instances int    `json:"instances"`
}

// AgentResult is the answer of an invocation: Error is empty when it
// succeeded.
type AgentResult struct {
	Output json.RawMessage `json:"output"`
	Error  string          `json:"error,omitempty"`
	Usage  AgentUsage      `json:"usage"`
}
