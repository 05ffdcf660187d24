package store

import (
	"slices"
	"testing"
)

// TestRank: every node, whatever order it lists the peers in, agrees on the
// ranking for a CID; different CIDs spread over different peers.
func TestRank(t *testing.T) {
	peers := []string{"p1", "p2", "p3", "p4", "p5"}
	first := rank("bafy-a", peers)
	reversed := slices.Clone(peers)
	slices.Reverse(reversed)
	if !slices.Equal(first, rank("bafy-a", reversed)) {
		t.Fatal("ranking depends on the order peers are listed in")
	}
	tops := map[string]bool{}
	for _, c := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		tops[rank(c, peers)[0]] = true
	}
	if len(tops) < 3 {
		t.Fatalf("8 CIDs all land on %d peers", len(tops))
	}
}

// TestReplicaSlots: a flood of requests starts at most two fetches, and
// never two of the same CID.
func TestReplicaSlots(t *testing.T) {
	r := &Replicator{inFlight: map[string]bool{}}
	if !r.start("a") || r.start("a") {
		t.Fatal("the same CID got two slots")
	}
	if !r.start("b") || r.start("c") {
		t.Fatal("more than two fetches at once")
	}
	r.finish("a")
	if !r.start("c") {
		t.Fatal("a freed slot was not reused")
	}
}
