package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/store"
	"github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/namesys"
	ipath "github.com/ipfs/boxo/path"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/crypto"
)

func (n *Node) blockRoutes(mux *http.ServeMux) {
	// Uploads and pins cost the node disk; verify and gc its time.
	mux.HandleFunc("POST /api/v1/blocks", n.operatorOnly(n.handleBlockPut))
	mux.HandleFunc("GET /api/v1/blocks/{cid}", n.handleBlockGet)
	mux.HandleFunc("GET /api/v1/blocks/{cid}/status", n.handleBlockStatus)
	mux.HandleFunc("POST /api/v1/blocks/{cid}/pin", n.operatorOnly(n.handleBlockPin))
	mux.HandleFunc("DELETE /api/v1/blocks/{cid}/pin", n.operatorOnly(n.handleBlockUnpin))
	mux.HandleFunc("POST /api/v1/blocks/{cid}/replicate", n.operatorOnly(n.handleBlockReplicate))
	mux.HandleFunc("POST /api/v1/blocks/gc", n.operatorOnly(n.handleBlockGC))
	mux.HandleFunc("POST /api/v1/blocks/verify", n.operatorOnly(n.handleBlockVerify))
}

// gatewayHandler serves the IPFS HTTP gateway convention, for /ipfs/ paths
// only, on a listener of its own (api.gateway_listen): what it serves is
// anyone's content, so it must never share the API's origin, where a page
// could act as the local user, as Kubo keeps its gateway (8080) apart from
// its RPC API (5001). Every answer carries "Content-Security-Policy:
// sandbox allow-scripts", so an HTML page served here runs with an opaque
// origin: its
// requests to the API carry "Origin: null" and no credentials; its scripts
// run (an application stored as blocks works), but own no storage, cookie
// or window beyond its own. Names are
// never resolved (no /ipns/, no DNSLink, no DNS over HTTPS for .eth): a name
// system that refuses everything stands in for the default one.
func (n *Node) gatewayHandler() (http.Handler, error) {
	backend, err := gateway.NewBlocksBackend(n.blocks.Service(), gateway.WithNameSystem(noNames{}))
	if err != nil {
		return nil, err
	}
	gw := gateway.NewHandler(gateway.Config{
		DeserializedResponses: true,
		NoDNSLink:             true,
		RetrievalTimeout:      time.Minute,
		MetricsRegistry:       n.registry,
	}, backend)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "sandbox allow-scripts")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "the gateway only answers GET and HEAD", "")
			return
		}
		// boxo cleans the path, and /ipfs/../ipns/x would become a name
		// lookup.
		if !strings.HasPrefix(path.Clean(r.URL.Path), "/ipfs/") {
			writeError(w, http.StatusNotFound, "only /ipfs/<cid> paths are served", "")
			return
		}
		gw.ServeHTTP(w, r)
	}), nil
}

// noNames is a name system that resolves and publishes nothing.
type noNames struct{}

var errNoNames = errors.New("this node resolves no names: use /ipfs/<cid>")

func (noNames) Resolve(context.Context, ipath.Path, ...namesys.ResolveOption) (namesys.Result, error) {
	return namesys.Result{}, errNoNames
}

func (noNames) ResolveAsync(context.Context, ipath.Path, ...namesys.ResolveOption) <-chan namesys.AsyncResult {
	out := make(chan namesys.AsyncResult, 1)
	out <- namesys.AsyncResult{Err: errNoNames}
	close(out)
	return out
}

func (noNames) Publish(context.Context, crypto.PrivKey, ipath.Path, ...namesys.PublishOption) error {
	return errNoNames
}

// pathCID parses the {cid} of a request, answering 400 when it is not one.
func pathCID(w http.ResponseWriter, r *http.Request) (cid.Cid, bool) {
	s := r.PathValue("cid")
	c, err := cid.Decode(s)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid CID "+strconv.Quote(s)+": "+err.Error(), "cid")
		return cid.Undef, false
	}
	return c, true
}

func (n *Node) handleBlockPut(w http.ResponseWriter, r *http.Request) {
	// An operator's upload streams for as long as it takes.
	_ = http.NewResponseController(w).SetReadDeadline(time.Time{})
	body := &countingReader{r: http.MaxBytesReader(w, r.Body, n.cfg.Blocks.MaxUpload)}
	c, err := n.blocks.Add(r.Context(), body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "upload over the limit of "+strconv.FormatInt(n.cfg.Blocks.MaxUpload, 10)+" bytes (blocks.max_upload)", "")
			return
		}
		writeError(w, http.StatusInternalServerError, "store upload: "+err.Error(), "")
		return
	}
	if n.cfg.Blocks.Replicas > 0 {
		n.replicator.Request(c, n.cfg.Blocks.Replicas)
	}
	writeJSON(w, http.StatusCreated, api.Added{CID: c.String(), Size: body.n})
}

func (n *Node) handleBlockGet(w http.ResponseWriter, r *http.Request) {
	c, ok := pathCID(w, r)
	if !ok {
		return
	}
	f, err := n.blocks.Open(r.Context(), c)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, err.Error(), "cid")
			return
		}
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	defer f.Close()
	// Anyone's bytes, on the API's origin: never a page, always a download.
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Security-Policy", "sandbox")
	w.Header().Set("Content-Disposition", "attachment")
	w.Header().Set("Etag", `"`+c.String()+`"`)
	// ServeContent answers Range requests through the reader's Seek.
	http.ServeContent(w, r, "", time.Time{}, f)
}

func (n *Node) handleBlockStatus(w http.ResponseWriter, r *http.Request) {
	c, ok := pathCID(w, r)
	if !ok {
		return
	}
	local, err := n.blocks.Has(r.Context(), c)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	pinned := false
	if local {
		if pinned, err = n.blocks.Pinned(r.Context(), c); err != nil {
			writeError(w, http.StatusInternalServerError, err.Error(), "")
			return
		}
	}
	holders := map[string]bool{}
	if pinned {
		holders[n.host.ID().String()] = true
	}
	for _, h := range n.replicator.Holders(c) {
		holders[h] = true
	}
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	for p := range n.host.DHT.FindProvidersAsync(ctx, c, 20) {
		holders[p.ID.String()] = true
	}
	st := api.BlockStatus{CID: c.String(), Local: local, Pinned: pinned, Holders: []string{}}
	for h := range holders {
		st.Holders = append(st.Holders, h)
	}
	slices.Sort(st.Holders)
	writeJSON(w, http.StatusOK, st)
}

func (n *Node) handleBlockPin(w http.ResponseWriter, r *http.Request) {
	c, ok := pathCID(w, r)
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Minute)
	defer cancel()
	if err := n.blocks.Pin(ctx, c); err != nil {
		writeError(w, http.StatusBadGateway, err.Error(), "cid")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"cid": c.String()})
}

func (n *Node) handleBlockUnpin(w http.ResponseWriter, r *http.Request) {
	c, ok := pathCID(w, r)
	if !ok {
		return
	}
	if err := n.blocks.Unpin(r.Context(), c); err != nil {
		if errors.Is(err, pin.ErrNotPinned) {
			writeError(w, http.StatusNotFound, err.Error(), "cid")
			return
		}
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"cid": c.String()})
}

func (n *Node) handleBlockReplicate(w http.ResponseWriter, r *http.Request) {
	c, ok := pathCID(w, r)
	if !ok {
		return
	}
	var req api.ReplicateRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return
	}
	if req.Copies < 1 || req.Copies > store.MaxCopies {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("copies %d: want 1 to %d", req.Copies, store.MaxCopies), "copies")
		return
	}
	wait := 2 * time.Minute
	if req.TimeoutSeconds > 0 {
		wait = time.Duration(req.TimeoutSeconds) * time.Second
	}
	ctx, cancel := context.WithTimeout(r.Context(), wait)
	defer cancel()
	holders, err := n.replicator.Replicate(ctx, c, req.Copies)
	res := api.Replicated{CID: c.String(), Holders: holders}
	if res.Holders == nil {
		res.Holders = []string{}
	}
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error(), "cid")
	case errors.Is(err, store.ErrTooFewCopies):
		writeError(w, http.StatusGatewayTimeout, err.Error(), "copies")
	case err != nil:
		writeError(w, http.StatusInternalServerError, err.Error(), "")
	default:
		writeJSON(w, http.StatusOK, res)
	}
}

func (n *Node) handleBlockGC(w http.ResponseWriter, r *http.Request) {
	removed, err := n.blocks.GC(r.Context())
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	writeJSON(w, http.StatusOK, api.GCResult{Removed: removed})
}

func (n *Node) handleBlockVerify(w http.ResponseWriter, r *http.Request) {
	checked, bad, err := n.blocks.Verify(r.Context())
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	res := api.VerifyResult{Checked: checked, Bad: []string{}}
	for _, c := range bad {
		res.Bad = append(res.Bad, c.String())
	}
	writeJSON(w, http.StatusOK, res)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n += int64(k)
	return k, err
}
