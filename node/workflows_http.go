package node

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/cerestack/cere/internal/document"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/p2p"
	"github.com/cerestack/cere/store"
	"github.com/cerestack/cere/workflow"
	"github.com/ethereum/go-ethereum/common"
)

// maxWorkflowBody bounds a submission: the document (at most
// store.MaxDocument in its canonical form) and its envelope.
const maxWorkflowBody = store.MaxDocument + 64<<10

func (n *Node) workflowRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/schema/workflow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/schema+json")
		_, _ = w.Write(workflow.Schema)
	})
	mux.HandleFunc("POST /api/v1/workflows/validate", n.handleWorkflowValidate)
	mux.HandleFunc("POST /api/v1/workflows", n.handleWorkflowSubmit)
	mux.HandleFunc("GET /api/v1/workflows", n.handleWorkflowList)
	mux.HandleFunc("GET /api/v1/workflows/{owner}/{name}", n.handleWorkflowGet)
	mux.HandleFunc("GET /api/v1/workflows/{owner}/{name}/history", n.handleWorkflowHistory)
	mux.HandleFunc("GET /api/v1/workflows/{owner}/{name}/canaries", n.handleWorkflowCanaries)
	mux.HandleFunc("DELETE /api/v1/workflows/{owner}/{name}", n.handleWorkflowRemove)
	mux.HandleFunc("/hooks/{owner}/{name}/{path...}", n.handleWebhook)
}

// readLimited reads a body of at most limit bytes, answering 413 past it.
func readLimited(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body over %d bytes", limit), "")
		} else {
			writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		}
		return nil, false
	}
	return body, true
}

// parseWorkflow parses and compiles a document; a problem is a 400 that
// names the node, the field and the line and column.
func (n *Node) parseWorkflow(w http.ResponseWriter, name string, src []byte) (*workflow.Workflow, []byte, string, bool) {
	wf, err := workflow.Parse(name, src)
	field := ""
	if err == nil {
		if err = n.engine.Check(wf); err != nil {
			// Place a compile error in the source, as Parse does.
			var ve *workflow.ValidationError
			if errors.As(err, &ve) {
				if root, perr := document.Parse(name, src); perr == nil {
					line, col := root.Position(ve.Path)
					err = &document.Error{File: name, Line: line, Column: col, Path: fmt.Sprintf("%s (node %q)", ve.Path, ve.Node), Msg: ve.Msg}
					field = ve.Path
				}
			}
		}
	}
	if err != nil {
		var de *document.Error
		if field == "" && errors.As(err, &de) {
			field, _, _ = strings.Cut(de.Path, " (node ")
		}
		writeError(w, http.StatusBadRequest, err.Error(), field)
		return nil, nil, "", false
	}
	c, canonical, err := wf.CID()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return nil, nil, "", false
	}
	if len(canonical) > store.MaxDocument {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("document of %d bytes, over %d", len(canonical), store.MaxDocument), "")
		return nil, nil, "", false
	}
	return wf, canonical, c.String(), true
}

// ownerParam reads an owner address in any case as its checksummed form.
func ownerParam(s string) (string, bool) {
	if !common.IsHexAddress(s) {
		return "", false
	}
	return common.HexToAddress(s).Hex(), true
}

func (n *Node) handleWorkflowValidate(w http.ResponseWriter, r *http.Request) {
	body, ok := readLimited(w, r, maxWorkflowBody)
	if !ok {
		return
	}
	var req api.WorkflowSubmit
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return
	}
	name := r.URL.Query().Get("file")
	if name == "" {
		name = "document"
	}
	wf, _, c, ok := n.parseWorkflow(w, name, []byte(req.Document))
	if !ok {
		return
	}
	res := api.WorkflowCheck{Name: wf.Name, CID: c, Nodes: len(wf.Nodes)}
	if o := r.URL.Query().Get("owner"); o != "" {
		owner, ok := ownerParam(o)
		if !ok {
			writeError(w, http.StatusBadRequest, "owner: not an address", "owner")
			return
		}
		res.Latest = n.workflows.Head(workflow.Key{Owner: owner, Name: wf.Name}).Version
	}
	writeJSON(w, http.StatusOK, res)
}

// loopbackAPI reports whether the API listens on loopback only.
func (n *Node) loopbackAPI() bool {
	addr, ok := n.apiLn.Addr().(*net.TCPAddr)
	return ok && addr.IP.IsLoopback()
}

// mayActAsNode reports whether the node may sign for this caller with its
// own wallet: for its operator's API token, or its own wallet's signature
// (and any local caller when api.auth is off), never for another wallet.
func (n *Node) mayActAsNode(r *http.Request) bool {
	return strings.EqualFold(n.actingWallet(r), n.wallet)
}

// submission reads the signed envelope a request brings; without one, when
// the node may act for the caller, it signs with its own wallet what
// payload makes (payload writes its own refusal). It answers false after
// writing the error.
func (n *Node) submission(w http.ResponseWriter, r *http.Request, raw json.RawMessage, mayActAsNode bool, refused string,
	payload func() (workflow.Submission, bool)) (*p2p.Envelope, bool) {
	if len(raw) > 0 {
		env, err := p2p.Unmarshal(raw)
		if err != nil {
			writeError(w, http.StatusBadRequest, "envelope: "+err.Error(), "envelope")
			return nil, false
		}
		return env, true
	}
	if !mayActAsNode {
		writeError(w, http.StatusUnauthorized, "envelope: "+refused, "envelope")
		return nil, false
	}
	sub, ok := payload()
	if !ok {
		return nil, false
	}
	env, err := p2p.Seal(p2p.NewWalletSigner(n.id.Wallet), workflow.SubmissionType, sub, time.Now())
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return nil, false
	}
	return env, true
}

func (n *Node) handleWorkflowSubmit(w http.ResponseWriter, r *http.Request) {
	body, ok := readLimited(w, r, maxWorkflowBody)
	if !ok {
		return
	}
	var req api.WorkflowSubmit
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return
	}
	name := r.URL.Query().Get("file")
	if name == "" {
		name = "document"
	}
	wf, canonical, c, ok := n.parseWorkflow(w, name, []byte(req.Document))
	if !ok {
		return
	}
	env, ok := n.submission(w, r, req.Envelope, n.mayActAsNode(r),
		"a submission is signed by its owner; the node signs with its own wallet only for its API token",
		func() (workflow.Submission, bool) {
			base := n.workflows.Head(workflow.Key{Owner: n.wallet, Name: wf.Name}).Version
			if req.Base != nil {
				base = *req.Base
			}
			return workflow.Submission{Name: wf.Name, Version: base + 1, Base: base, CID: c}, true
		})
	if !ok {
		return
	}
	rec, err := n.workflows.Submit(r.Context(), env, wf, canonical)
	if err != nil {
		writeWorkflowError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, rec)
}

func writeWorkflowError(w http.ResponseWriter, err error) {
	var ve *workflow.ValidationError
	switch {
	case errors.Is(err, workflow.ErrConflict):
		writeError(w, http.StatusConflict, err.Error(), "base")
	case errors.Is(err, workflow.ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error(), "")
	case errors.Is(err, workflow.ErrNotAdmitted):
		writeError(w, http.StatusForbidden, err.Error(), "envelope")
	case errors.Is(err, workflow.ErrQuota):
		writeError(w, http.StatusForbidden, err.Error(), "")
	case errors.Is(err, workflow.ErrTooMany):
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, err.Error(), "")
	case errors.Is(err, workflow.ErrInvalid):
		writeError(w, http.StatusBadRequest, err.Error(), "envelope")
	case errors.As(err, &ve):
		writeError(w, http.StatusBadRequest, err.Error(), ve.Path)
	default:
		writeError(w, http.StatusInternalServerError, err.Error(), "")
	}
}

func (n *Node) handleWorkflowList(w http.ResponseWriter, r *http.Request) {
	list := n.workflows.List()
	if name := r.URL.Query().Get("name"); name != "" {
		list = n.workflows.Find(name)
	}
	if list == nil {
		list = []workflow.Record{}
	}
	writeJSON(w, http.StatusOK, list)
}

// workflowKey reads {owner}/{name}, answering 400 for a bad owner.
func workflowKey(w http.ResponseWriter, r *http.Request) (workflow.Key, bool) {
	owner, ok := ownerParam(r.PathValue("owner"))
	if !ok {
		writeError(w, http.StatusBadRequest, "owner: not an address", "owner")
		return workflow.Key{}, false
	}
	return workflow.Key{Owner: owner, Name: r.PathValue("name")}, true
}

func (n *Node) handleWorkflowGet(w http.ResponseWriter, r *http.Request) {
	k, ok := workflowKey(w, r)
	if !ok {
		return
	}
	v := 0
	if s := r.URL.Query().Get("version"); s != "" {
		var err error
		if v, err = strconv.Atoi(s); err != nil || v < 1 {
			writeError(w, http.StatusBadRequest, "version: want a number from 1", "version")
			return
		}
	}
	rec, wf, err := n.workflows.Get(r.Context(), k, v)
	if err != nil {
		writeWorkflowError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, api.Workflow{Record: rec, Document: wf})
}

func (n *Node) handleWorkflowHistory(w http.ResponseWriter, r *http.Request) {
	k, ok := workflowKey(w, r)
	if !ok {
		return
	}
	hist, err := n.workflows.History(k)
	if err != nil {
		writeWorkflowError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, hist)
}

func (n *Node) handleWorkflowCanaries(w http.ResponseWriter, r *http.Request) {
	k, ok := workflowKey(w, r)
	if !ok {
		return
	}
	c := n.engine.Canaries(k)
	if c == nil {
		c = []workflow.CanaryStatus{}
	}
	writeJSON(w, http.StatusOK, c)
}

func (n *Node) handleWorkflowRemove(w http.ResponseWriter, r *http.Request) {
	k, ok := workflowKey(w, r)
	if !ok {
		return
	}
	body, ok := readLimited(w, r, 64<<10)
	if !ok {
		return
	}
	var req api.WorkflowRemove
	if len(body) > 0 {
		if err := json.Unmarshal(body, &req); err != nil {
			writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
			return
		}
	}
	env, ok := n.submission(w, r, req.Envelope, n.mayActAsNode(r) && k.Owner == n.wallet,
		"a removal is signed by the owner; the node signs only its own, for its API token",
		func() (workflow.Submission, bool) {
			head := n.workflows.Head(k)
			if head.Version == 0 || head.Deleted {
				writeError(w, http.StatusNotFound, "workflow: not found: "+k.String(), "")
				return workflow.Submission{}, false
			}
			return workflow.Submission{Name: k.Name, Version: head.Version + 1, Base: head.Version, Deleted: true}, true
		})
	if !ok {
		return
	}
	if env.Author != k.Owner {
		writeError(w, http.StatusForbidden, fmt.Sprintf("envelope: signed by %s, the workflow is %s's", env.Author, k.Owner), "envelope")
		return
	}
	var sub workflow.Submission
	if err := env.Decode(&sub); err != nil || !sub.Deleted || sub.Name != k.Name {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("envelope: not a removal of %s", k), "envelope")
		return
	}
	rec, err := n.workflows.Submit(r.Context(), env, nil, nil)
	if err != nil {
		writeWorkflowError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// handleWebhook runs a workflow's webhook trigger with the request as the
// event (its body as data) and answers with the output of the trigger's
// respond node, or 202 with the trace id when it names none.
func (n *Node) handleWebhook(w http.ResponseWriter, r *http.Request) {
	k, ok := workflowKey(w, r)
	if !ok {
		return
	}
	body, ok := readLimited(w, r, 1<<20)
	if !ok {
		return
	}
	data := body
	if len(data) == 0 {
		data = nil
	} else if !json.Valid(data) {
		data, _ = json.Marshal(string(body))
	}
	ev := &store.Event{SpecVersion: "1.0", ID: newEventID(), Source: "cere:webhook/" + k.String() + "/" + r.PathValue("path"),
		Type: "cere.webhook", Time: time.Now().UTC(), DataContentType: "application/json", Data: data}
	allow := func(h *workflow.Webhook) bool {
		if h.TokenSHA256 != "" {
			token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			sum := sha256.Sum256([]byte(token))
			return ok && subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum[:])), []byte(h.TokenSHA256)) == 1
		}
		// A webhook without a token takes any caller of a loopback API
		// that is not another site's page (the guard refused those), and
		// off loopback only its owner's signature.
		signer, signed := Caller(r.Context())
		return n.guard.loopback || signed && strings.EqualFold(signer.Hex(), k.Owner)
	}
	out, trace, err := n.engine.Webhook(r.Context(), k, r.PathValue("path"), r.Method, ev, allow)
	var badData *store.DataError
	w.Header().Set("Cere-Trace-Id", trace)
	switch {
	case errors.Is(err, workflow.ErrNoWebhook):
		writeError(w, http.StatusNotFound, "no running workflow has this webhook", "")
	case errors.Is(err, workflow.ErrWebhookAuth):
		w.Header().Set("WWW-Authenticate", "Bearer")
		writeError(w, http.StatusUnauthorized, "this webhook takes its bearer token, or a wallet-signed request", "Authorization")
	case errors.As(err, &badData):
		writeError(w, http.StatusBadRequest, "body: "+badData.Error(), "")
	case err != nil:
		writeError(w, http.StatusBadGateway, err.Error(), "")
	case out == nil:
		writeJSON(w, http.StatusAccepted, map[string]string{"trace_id": trace})
	default:
		writeJSON(w, http.StatusOK, out)
	}
}
