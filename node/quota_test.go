package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestGuestQuotasAtSubmit: a guest keeps at most its quota of workflows
// and of document bytes, guests together at most theirs, each refusal a
// 403 that names the quota; a member is not held by the guests' quotas,
// and a guest's refused executions are told in cere errors.
func TestGuestQuotasAtSubmit(t *testing.T) {
	memberKey, _ := crypto.GenerateKey()
	cfg := loopbackConfig(t)
	cfg.Blocks.Replicas = 0
	cfg.Workflows.Allow = []string{crypto.PubkeyToAddress(memberKey.PublicKey).Hex()}
	cfg.Quotas.GuestWorkflows = 2
	cfg.Quotas.GuestsWorkflows = 3
	cfg.Quotas.GuestBytes = 2000
	n, err := New(t.Context(), cfg, func(bool) (string, error) { return "test", nil }, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop() })
	client := func() *api.Client {
		key, _ := crypto.GenerateKey()
		return api.NewClient(n.APIURL(), key)
	}
	doc := func(name, typ string) string {
		return fmt.Sprintf("name: %s\nnodes:\n  - {id: in, kind: trigger, event: %s, wires: [out]}\n  - {id: out, kind: emit, emit: done}\n", name, typ)
	}
	refused := func(err error, quota string) bool {
		var e *api.Error
		return errors.As(err, &e) && e.Status == http.StatusForbidden && strings.Contains(e.Message, quota)
	}
	a, b := client(), client()
	for _, name := range []string{"a1", "a2"} {
		if err := submitSigned(t.Context(), a, doc(name, "x")); err != nil {
			t.Fatalf("guest a's %s: %v", name, err)
		}
	}
	if err := submitSigned(t.Context(), a, doc("a3", "x")); !refused(err, "the quota of a guest") {
		t.Errorf("guest a's third workflow: %v; want a 403 naming the guest's quota", err)
	}
	if err := submitSigned(t.Context(), b, doc("b1", "x")); err != nil {
		t.Fatalf("guest b's first: %v", err)
	}
	if err := submitSigned(t.Context(), b, doc("b2", "x")); !refused(err, "their quota together") {
		t.Errorf("guest b's second, the guests' fourth: %v; want a 403 naming the guests' quota", err)
	}
	member := api.NewClient(n.APIURL(), memberKey)
	for i := range 3 {
		if err := submitSigned(t.Context(), member, doc(fmt.Sprint("m", i), "x")); err != nil {
			t.Fatalf("the member's workflow %d: %v", i, err)
		}
	}
	// Versions add bytes: b's workflow grows past 2,000 bytes kept.
	var err2 error
	for i := range 40 {
		if err2 = submitSigned(t.Context(), b, doc("b1", fmt.Sprint("type-", i, "-", strings.Repeat("y", 40)))); err2 != nil {
			break
		}
	}
	if !refused(err2, "bytes of workflow documents") {
		t.Errorf("guest b's versions past 2,000 bytes: %v; want a 403 naming the bytes", err2)
	}

	// A guest's executions past its queue (1,024; it starts 20 a second
	// after a burst of 40) are refused, on the stream and in cere errors.
	c := client()
	if err := submitSigned(t.Context(), c, doc("c1", "flood")); err == nil {
		t.Fatal("a third guest's workflow was kept past the guests' quota")
	}
	if err := submitSigned(t.Context(), a, "name: a1\nnodes:\n  - {id: in, kind: trigger, event: flood, wires: [out]}\n  - {id: out, kind: emit, emit: done}\n"); err != nil {
		t.Fatalf("guest a's new version: %v", err)
	}
	operator := api.NewClient(n.APIURL(), nil).WithToken(n.guard.token)
	evs := make([]api.Event, 1200)
	for i := range evs {
		evs[i] = api.Event{SpecVersion: "1.0", ID: fmt.Sprint("f", i), Source: "test", Type: "flood", Data: json.RawMessage(`{}`)}
	}
	if err := operator.Do(t.Context(), http.MethodPost, "/api/v1/events", evs, nil); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for n.engine.Stats().Refused.Load() < 1200-1024-40 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if r := n.engine.Stats().Refused.Load(); r < 1200-1024-40 || r > 1200-1024 {
		t.Errorf("%d executions refused; want those past the 1,024 waiting, the burst aside", r)
	}
	var groups []audit.Group
	if err := operator.Do(t.Context(), http.MethodGet, "/api/v1/errors?kind=quota", nil, &groups); err != nil {
		t.Fatal(err)
	}
	if len(groups) != 1 || !strings.HasSuffix(groups[0].Location, "/a1") || !strings.Contains(groups[0].SampleError, "quota as a guest") || groups[0].Count == 0 {
		t.Errorf("cere errors: %+v; want the guest's refused executions, named", groups)
	}
}

// submitSigned submits a workflow document as c's wallet, as cere workflow
// submit does.
func submitSigned(ctx context.Context, c *api.Client, doc string) error {
	var check api.WorkflowCheck
	owner := crypto.PubkeyToAddress(c.Key().PublicKey).Hex()
	if err := c.Do(ctx, http.MethodPost, "/api/v1/workflows/validate?owner="+owner, api.WorkflowSubmit{Document: doc}, &check); err != nil {
		return err
	}
	env, err := api.SealSubmission(c.Key(), workflow.Submission{Name: check.Name, Version: check.Latest + 1, Base: check.Latest, CID: check.CID})
	if err != nil {
		return err
	}
	return c.Do(ctx, http.MethodPost, "/api/v1/workflows", api.WorkflowSubmit{Document: doc, Envelope: env}, nil)
}
