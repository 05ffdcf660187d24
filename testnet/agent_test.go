package testnet

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
)

// TestWasmAgent: `cere agent build` compiles the summarize example for
// WebAssembly and stores it on the node; `cere agent invoke` runs it; a
// workflow's agent node runs it for each event and its output goes on.
func TestWasmAgent(t *testing.T) {
	n := Start(t, Options{})
	var built api.AgentBuilt
	n.cliJSON(t, &built, "agent", "build", filepath.Join("..", "examples", "agents", "summarize"), "--output", "json")
	if built.Name != "summarize" || built.Version != "1.0.0" || !strings.HasPrefix(built.CID, "bagu") {
		t.Fatalf("built %+v", built)
	}
	text := "The pump overheated. Lunch was good. The pump was stopped, and the pump cooled."
	var res api.AgentResult
	input, _ := json.Marshal(map[string]string{"text": text})
	n.cliJSON(t, &res, "agent", "invoke", "summarize@1.0.0", "--input", string(input), "--output", "json")
	var out struct{ Summary string }
	if err := json.Unmarshal(res.Output, &out); err != nil || res.Error != "" || !strings.Contains(out.Summary, "pump") || strings.Contains(out.Summary, "Lunch") || res.Usage.WallMS <= 0 {
		t.Fatalf("invoke: %+v", res)
	}
	if _, err := n.CLI(t.Context(), "agent", "invoke", "summarize@1.0.0", "--input", `{}`); err == nil || !strings.Contains(err.Error(), "with some text") {
		t.Fatalf("a failing invocation: %v", err)
	}

	doc := fileWriter(t)("digest.yaml", `name: digest
nodes:
  - {id: notes, kind: trigger, event: note.written, wires: [summarize]}
  - {id: summarize, kind: agent, agent: summarize@1.0.0, wires: [publish]}
  - {id: publish, kind: emit, emit: note.summarized}
`)
	n.cliJSON(t, &submittedJSON{}, "workflow", "submit", doc, "--output", "json")
	data, _ := json.Marshal(map[string]string{"text": text})
	if _, err := n.CLI(t.Context(), "event", "send", "note.written", "--data", string(data)); err != nil {
		t.Fatal(err)
	}
	Eventually(t, 10*time.Second, "a summary", func() bool {
		var evs []api.Event
		n.cliJSON(t, &evs, "events", "list", "--type", "note.summarized", "--output", "json")
		return len(evs) == 1 && strings.Contains(string(evs[0].Data), "pump was stopped")
	})
}
