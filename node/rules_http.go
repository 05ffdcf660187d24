package node

import (
	"encoding/json"
	"net/http"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/rules"
)

// handleRuleTest evaluates a rule on an event, against this node's history.
// A rule that does not compile or fails is still a 200: the failure is the
// answer, in "error".
func (n *Node) handleRuleTest(w http.ResponseWriter, r *http.Request) {
	var req api.RuleTest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 2<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return
	}
	res := api.RuleResult{Trace: []rules.Step{}}
	c, err := n.rules.Compile(req.Rule)
	if err == nil {
		var out rules.Result
		out, err = n.rules.Evaluate(r.Context(), c, req.Event)
		res.Matched = out.Matched
		res.DurationMS = float64(out.Duration.Microseconds()) / 1000
		if out.Trace != nil {
			res.Trace = out.Trace
		}
	}
	if err != nil {
		res.Error = err.Error()
	}
	writeJSON(w, http.StatusOK, res)
}
