package node

import (
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cerestack/cere/store"
)

// TestCheckEventTime: an event's time must lie between 1970 and a day
// ahead of the node's clock, where the history can file it; none is now.
func TestCheckEventTime(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		at  time.Time
		bad bool
	}{
		{time.Time{}, false},
		{now.Add(-30 * 24 * time.Hour), false},
		{now.Add(23 * time.Hour), false},
		{now.Add(25 * time.Hour), true},
		{time.Date(2554, 7, 21, 23, 34, 0, 5, time.UTC), true}, // past int64 nanoseconds
		{time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC), true},
	} {
		ev := &store.Event{SpecVersion: "1.0", ID: "1", Source: "s", Type: "t", Time: c.at}
		err := checkEvent(ev, now)
		if (err != nil) != c.bad || (err != nil && !strings.HasPrefix(err.Error(), "time ")) {
			t.Errorf("%s: %v", c.at, err)
		}
		if c.at.IsZero() && !ev.Time.Equal(now) {
			t.Errorf("no time: given %s, want now", ev.Time)
		}
	}
}

// TestIngestedAnswer: ingest's answer is written byte for byte as
// writeJSON writes it, whatever the ids hold.
func TestIngestedAnswer(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	pieces := []string{"a", "1", "é", "<", ">", "&", "\"", "\\", "\u2028", "\u2029", "\x01", "\t", "\xff", "😀", " "}
	id := func() string {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for i := range 2000 {
		var accepted, dups []string
		if i%7 != 0 {
			accepted = []string{}
			for range rng.IntN(4) {
				accepted = append(accepted, id())
			}
		}
		if i%5 != 0 {
			dups = []string{}
			for range rng.IntN(3) {
				dups = append(dups, id())
			}
		}
		rec := httptest.NewRecorder()
		writeJSON(rec, http.StatusAccepted, map[string][]string{"accepted": accepted, "duplicates": dups})
		if got := string(appendIngested(nil, accepted, dups)); got != rec.Body.String() {
			t.Fatalf("%q %q:\n got %q\nwant %q", accepted, dups, got, rec.Body.String())
		}
	}
}
