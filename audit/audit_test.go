package audit

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/cerestack/cere/store"
	"github.com/dgraph-io/badger/v4"
)

var testKey = []byte("a key for the audit tests only")

func openDB(t *testing.T, dir string) *badger.DB {
	t.Helper()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st.DS.DB
}

// TestTrail: 10,000 evaluations; the counters are exact, every failure is
// recorded, the chain verifies, and an edited or deleted record is caught.
func TestTrail(t *testing.T) {
	db := openDB(t, t.TempDir())
	trail, err := OpenTrail(db, testKey)
	if err != nil {
		t.Fatal(err)
	}
	var failed, matched uint64
	for i := range 10000 {
		r := Record{Workflow: "wf", Version: 1, Rule: "hot", Event: fmt.Sprint(i), Matched: i%3 == 0, DurationMS: 0.01}
		if i%97 == 0 {
			r.Error = fmt.Sprintf("TypeError: data.x is undefined at %d", i)
			r.Matched = false
		}
		if r.Error != "" {
			failed++
		}
		if r.Matched {
			matched++
		}
		if err := trail.Observe(r); err != nil {
			t.Fatal(err)
		}
	}
	c := trail.Counts()
	if c.Evaluations != 10000 || c.Failed != failed || c.Matched != matched {
		t.Fatalf("counts %+v, want 10000 evaluations, %d failed, %d matched", c, failed, matched)
	}
	fails, err := trail.List(t.Context(), Filter{Failed: true}, 0)
	if err != nil || uint64(len(fails)) != failed {
		t.Fatalf("%d failures recorded (%v), want %d", len(fails), err, failed)
	}
	if c.Recorded < failed+90 {
		t.Fatalf("recorded %d, want the %d failures and about 1%% of successes", c.Recorded, failed)
	}
	v, err := trail.Verify(t.Context())
	if err != nil || !v.OK || uint64(v.Checked) != c.Recorded {
		t.Fatalf("verify: %+v %v", v, err)
	}

	// Someone edits a record in the store.
	target := fails[len(fails)/2]
	target.Matched, target.Error = true, ""
	raw, _ := json.Marshal(target)
	if err := db.Update(func(txn *badger.Txn) error { return txn.Set(recordKey(target.Seq), raw) }); err != nil {
		t.Fatal(err)
	}
	v, _ = trail.Verify(t.Context())
	if v.OK || v.BrokenAt != target.Seq {
		t.Fatalf("edited record %d: verify %+v", target.Seq, v)
	}
	fixed, _ := json.Marshal(fails[len(fails)/2])
	restore := func(what string) {
		t.Helper()
		db.Update(func(txn *badger.Txn) error { return txn.Set(recordKey(target.Seq), fixed) })
		if v, _ := trail.Verify(t.Context()); !v.OK {
			t.Fatalf("%s: restored record does not verify: %+v", what, v)
		}
	}
	restore("after the edit")
	// Or edits it and computes its hash again, without the node's key.
	forger := &Trail{key: []byte("not the node's key, guessed....")}
	target.Hash = forger.hashOf(target)
	raw, _ = json.Marshal(target)
	db.Update(func(txn *badger.Txn) error { return txn.Set(recordKey(target.Seq), raw) })
	if v, _ = trail.Verify(t.Context()); v.OK || v.BrokenAt != target.Seq {
		t.Fatalf("record rehashed without the key: verify %+v", v)
	}
	restore("after the forgery")
	// Or removes the newest records and rewrites the head to match.
	all, _ := trail.List(t.Context(), Filter{}, 0)
	newest, kept := all[0], all[1]
	head, _ := json.Marshal(link{Seq: kept.Seq, Hash: kept.Hash})
	db.Update(func(txn *badger.Txn) error {
		txn.Delete(recordKey(newest.Seq))
		return txn.Set(keyHead, head)
	})
	if v, _ = trail.Verify(t.Context()); v.OK {
		t.Fatal("truncated trail with a rewritten head verified")
	}
	raw, _ = json.Marshal(newest)
	head, _ = json.Marshal(link{Seq: newest.Seq, Hash: newest.Hash})
	db.Update(func(txn *badger.Txn) error {
		txn.Set(recordKey(newest.Seq), raw)
		return txn.Set(keyHead, head)
	})
	// Or deletes one in the middle.
	db.Update(func(txn *badger.Txn) error { return txn.Delete(recordKey(fails[1].Seq)) })
	if v, _ = trail.Verify(t.Context()); v.OK || v.BrokenAt != fails[1].Seq {
		t.Fatalf("deleted record %d: verify %+v", fails[1].Seq, v)
	}
}

// TestTrailRetentionAndRestart: old records go, the rest still verify, and
// the counters and chain survive a restart.
func TestTrailRetentionAndRestart(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	trail, _ := OpenTrail(st.DS.DB, testKey)
	now := time.Now()
	for i := range 100 {
		trail.Observe(Record{Rule: "r", Time: now.Add(-time.Duration(100-i) * time.Hour), Error: "x"})
	}
	trail.MaxAge = 50 * time.Hour
	if n, err := trail.Enforce(t.Context(), now); err != nil || n != 50 {
		t.Fatalf("removed %d (%v), want 50", n, err)
	}
	if v, _ := trail.Verify(t.Context()); !v.OK || v.Checked != 50 {
		t.Fatalf("after retention: %+v", v)
	}
	trail.MaxRecords = 30
	if n, err := trail.Enforce(t.Context(), now); err != nil || n != 20 {
		t.Fatalf("by count: removed %d (%v), want 20", n, err)
	}
	if v, _ := trail.Verify(t.Context()); !v.OK || v.Checked != 30 {
		t.Fatalf("after retention by count: %+v", v)
	}
	trail.Flush()
	st.Close()

	db := openDB(t, dir)
	again, err := OpenTrail(db, testKey)
	if err != nil {
		t.Fatal(err)
	}
	if again.Counts().Evaluations != 100 {
		t.Fatalf("counts after restart %+v", again.Counts())
	}
	again.Observe(Record{Rule: "r", Error: "y"})
	if v, _ := again.Verify(t.Context()); !v.OK || v.Checked != 31 {
		t.Fatalf("chain after restart: %+v", v)
	}
}

// TestErrorGroups: 100 failures of one script form one group of 100.
func TestErrorGroups(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	errs, _ := OpenErrors(st.DS.DB)
	for i := range 100 {
		msg := fmt.Sprintf(`TypeError: Cannot read property "temp" of undefined at line %d (event 0x%08x)`, i%7, i*7919)
		if err := errs.Capture(Occurrence{Kind: "script", Location: "wf/step-2", Message: msg, Workflow: fmt.Sprintf("wf%d", i%2)}); err != nil {
			t.Fatal(err)
		}
	}
	errs.Capture(Occurrence{Kind: "rule", Location: "wf/hot", Message: "deadline exceeded"})
	groups := errs.Groups("script")
	if len(groups) != 1 || groups[0].Count != 100 || len(groups[0].Workflows) != 2 {
		t.Fatalf("groups %+v", groups)
	}
	st.Close()
	db := openDB(t, dir)
	again, _ := OpenErrors(db)
	if g := again.Groups(""); len(g) != 2 {
		t.Fatalf("%d groups after a restart, want 2", len(g))
	}
}
