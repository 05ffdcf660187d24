package node

import (
	"net/http"
	"time"

	"github.com/cerestack/cere/audit"
)

// auditRoutes mounts the audit trail's and the error groups' routes.
func (n *Node) auditRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/audit", n.private(http.HandlerFunc(n.handleAudit)))
	mux.HandleFunc("POST /api/v1/audit/verify", n.operatorOnly(n.handleAuditVerify))
	mux.HandleFunc("GET /api/v1/errors", n.private(http.HandlerFunc(n.handleErrors)))
}

// handleAudit lists audit records, newest first: ?workflow=&rule=&since=&failed=true&limit=.
func (n *Node) handleAudit(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	since, err := parseSince(q.Get("since"), time.Now())
	if err != nil {
		writeError(w, http.StatusBadRequest, "since: "+err.Error(), "since")
		return
	}
	limit, ok := queryLimit(w, q.Get("limit"))
	if !ok {
		return
	}
	f := audit.Filter{Workflow: q.Get("workflow"), Rule: q.Get("rule"), Since: since, Failed: q.Get("failed") == "true"}
	records, err := n.trail.List(r.Context(), f, limit)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"counts": n.trail.Counts(), "records": records})
}

// handleAuditVerify checks the hash chain of the trail.
func (n *Node) handleAuditVerify(w http.ResponseWriter, r *http.Request) {
	v, err := n.trail.Verify(r.Context())
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// handleErrors lists error groups, most recent first: ?kind=.
func (n *Node) handleErrors(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, n.errs.Groups(r.URL.Query().Get("kind")))
}
