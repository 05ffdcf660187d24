package node

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cerestack/cere/store"
)

// eventRoutes mounts the events' routes: ingest and the history.
func (n *Node) eventRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v1/events", n.handleIngest)
	mux.HandleFunc("GET /api/v1/events", n.private(http.HandlerFunc(n.handleEvents)))
}

// parseSince reads a since parameter: a duration back from now ("5m") or a
// time (RFC 3339).
func parseSince(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(s); err == nil {
		return now.Add(-d), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither a duration (5m) nor an RFC 3339 time", s)
	}
	return t, nil
}

// queryLimit reads a limit parameter (default 100, at most 10,000), and
// answers 400 when it is not one.
func queryLimit(w http.ResponseWriter, s string) (int, bool) {
	if s == "" {
		return 100, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 10000 {
		writeError(w, http.StatusBadRequest, "limit: want a number from 1 to 10000", "limit")
		return 0, false
	}
	return n, true
}

// handleEvents lists recorded events, newest first: of one type, or of all,
// in [since, until).
func (n *Node) handleEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	since, err := parseSince(q.Get("since"), time.Now())
	if err != nil {
		writeError(w, http.StatusBadRequest, "since: "+err.Error(), "since")
		return
	}
	var until time.Time
	if u := q.Get("until"); u != "" {
		if until, err = parseSince(u, time.Now()); err != nil {
			writeError(w, http.StatusBadRequest, "until: "+err.Error(), "until")
			return
		}
	}
	limit, ok := queryLimit(w, q.Get("limit"))
	if !ok {
		return
	}
	types := []string{q.Get("type")}
	if types[0] == "" {
		if types, err = n.history.Types(); err != nil {
			writeError(w, http.StatusInternalServerError, err.Error(), "")
			return
		}
	}
	out := []store.Event{}
	for _, t := range types {
		events, err := n.history.List(r.Context(), store.Query{Type: t, Since: since, Until: until}, limit)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error(), "")
			return
		}
		out = append(out, events...)
	}
	slices.SortStableFunc(out, func(a, b store.Event) int { return b.Time.Compare(a.Time) })
	if len(out) > limit {
		out = out[:limit]
	}
	writeJSON(w, http.StatusOK, out)
}

// handleIngest takes a CloudEvent or a batch: structured
// (application/cloudevents+json), batched (application/cloudevents-batch+json,
// or application/json holding an object or an array), or binary (ce-*
// headers, the body as data).
func (n *Node) handleIngest(w http.ResponseWriter, r *http.Request) {
	if n.engine.Room() <= 0 {
		// Full: say so before reading what would be refused anyway.
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, errBusy.Error(), "")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxEventBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body over %d bytes", maxEventBody), "")
			return
		}
		writeError(w, http.StatusBadRequest, "body: "+err.Error(), "")
		return
	}
	var evs []*store.Event
	media := mediaType(r.Header.Get("Content-Type"))
	switch {
	case r.Header.Get("Ce-Id") != "" || r.Header.Get("Ce-Specversion") != "":
		ev := &store.Event{SpecVersion: r.Header.Get("Ce-Specversion"), ID: r.Header.Get("Ce-Id"),
			Source: r.Header.Get("Ce-Source"), Type: r.Header.Get("Ce-Type"), DataContentType: media}
		if t := r.Header.Get("Ce-Time"); t != "" {
			if ev.Time, err = time.Parse(time.RFC3339Nano, t); err != nil {
				writeError(w, http.StatusBadRequest, "ce-time: not an RFC 3339 time", "ce-time")
				return
			}
		}
		if len(body) > 0 {
			if media != "" && media != "application/json" && !strings.HasSuffix(media, "+json") {
				writeError(w, http.StatusUnsupportedMediaType, "binary mode takes JSON data only", "content-type")
				return
			}
			ev.Data = body
		}
		evs = []*store.Event{ev}
	default:
		trimmed := strings.TrimLeft(string(body[:min(len(body), 64)]), " \t\r\n")
		batch := media == "application/cloudevents-batch+json" || strings.HasPrefix(trimmed, "[")
		if evs, err = store.DecodeEvents(body, batch); err != nil {
			writeError(w, http.StatusBadRequest, "body: not a CloudEvent (JSON): "+err.Error(), "")
			return
		}
	}
	if len(evs) == 0 || len(evs) > maxBatch {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("a batch holds 1 to %d events, not %d", maxBatch, len(evs)), "")
		return
	}
	now := time.Now()
	for i, ev := range evs {
		if ev == nil {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("event %d is null", i), fmt.Sprintf("[%d]", i))
			return
		}
		if err := checkEvent(ev, now); err != nil {
			field := fmt.Sprintf("[%d]", i)
			if len(evs) == 1 {
				field = ""
			}
			writeError(w, http.StatusBadRequest, fmt.Sprintf("event %d: %v", i, err), field)
			return
		}
	}
	accepted, dups, err := n.ingest(r.Context(), evs, 0)
	switch {
	case errors.Is(err, errBusy):
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, err.Error(), "")
		return
	case err != nil:
		writeError(w, http.StatusInternalServerError, err.Error(), "")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	_, _ = w.Write(appendIngested(make([]byte, 0, 64+len(accepted)*24+len(dups)*24), accepted, dups))
}

// appendIngested appends ingest's answer, {"accepted": [ids], "duplicates":
// [ids]}, byte for byte as writeJSON writes it, without reflection: for an
// event a request it was a third of the handler's time.
func appendIngested(b []byte, accepted, dups []string) []byte {
	b = append(b, "{\n  \"accepted\": "...)
	b = appendIDs(b, accepted)
	b = append(b, ",\n  \"duplicates\": "...)
	b = appendIDs(b, dups)
	return append(b, "\n}\n"...)
}

func appendIDs(b []byte, ids []string) []byte {
	if ids == nil {
		return append(b, "null"...)
	}
	if len(ids) == 0 {
		return append(b, "[]"...)
	}
	b = append(b, "[\n"...)
	for i, id := range ids {
		b = append(b, "    "...)
		b, _ = store.AppendJSON(b, id) // a string: it cannot fail
		if i < len(ids)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
	}
	return append(b, "  ]"...)
}
