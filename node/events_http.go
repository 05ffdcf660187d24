package node

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/cerestack/cere/store"
)

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
