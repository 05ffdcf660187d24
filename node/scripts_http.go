package node

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/rules"
	"github.com/cerestack/cere/script"
)

// ScriptParams are the names a Script Runner script reads.
var ScriptParams = []string{"event", "data", "output", "env"}

// handleScriptRun dry-runs a script in the same engine (sandbox and runtime
// pool) that workflows use. A script that fails is still a 200: the
// failure is the answer, in "error".
func (n *Node) handleScriptRun(w http.ResponseWriter, r *http.Request) {
	var req api.ScriptRun
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 2<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return
	}
	if req.DeadlineMS < 0 || time.Duration(req.DeadlineMS)*time.Millisecond > script.MaxDeadline {
		writeError(w, http.StatusBadRequest, "deadline_ms: want 0 (the default) to 10000", "deadline_ms")
		return
	}
	res := api.ScriptResult{Emitted: []map[string]any{}}
	start := time.Now()
	p, err := n.scripts.Compile(req.Script, ScriptParams...)
	if err == nil {
		var out script.Outcome
		// The node's history answers history.* as it does for workflows.
		host := rules.NewHistoryHost(n.history, req.Event)
		out, err = n.scripts.ExecWith(r.Context(), p, time.Duration(req.DeadlineMS)*time.Millisecond, host,
			req.Event, req.Event["data"], req.Output, req.Env)
		res.Result = out.Result
		for _, e := range out.Emitted {
			res.Emitted = append(res.Emitted, map[string]any{"type": e.Type, "data": e.Data})
		}
	}
	res.DurationMS = float64(time.Since(start).Microseconds()) / 1000
	// The request was served even when the script failed: the failure is
	// the answer, in "error".
	if err != nil {
		res.Error = err.Error()
	}
	writeJSON(w, http.StatusOK, res)
}
