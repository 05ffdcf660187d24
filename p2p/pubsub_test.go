package p2p

import (
	"context"
	"crypto/rand"
	"testing"
	"time"

	"bytes"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	"slices"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func newTestHost(t *testing.T, bootstrap ...string) *Host {
	t.Helper()
	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(t.Context(), Config{
		Key:              key,
		Listen:           []string{"/ip4/127.0.0.1/tcp/0"},
		Bootstrap:        bootstrap,
		PresenceInterval: 200 * time.Millisecond,
		Describe: func() PresenceInfo {
			return PresenceInfo{Version: "test", Capabilities: Capabilities{CPUCores: 2, Runtimes: []string{"wasm"}}}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

func eventually(t *testing.T, within time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", within, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestForgedEnvelopeRejected: a peer that forwards an envelope whose inner
// signature is forged gets it rejected by every honest validator, no
// subscriber sees it, and the forwarder's score drops below zero; a genuine
// envelope sent afterwards still arrives, so the test can tell silence from
// a broken network.
func TestForgedEnvelopeRejected(t *testing.T) {
	const topicName, payloadType = "/cere/test/forged", "test.v1"
	b := newTestHost(t)
	c := newTestHost(t, b.FullAddrs()[0])

	var subs []*Subscription
	var topics []*Topic
	for _, h := range []*Host{b, c} {
		topic, err := h.PubSub.Join(topicName, payloadType, nil)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := topic.Subscribe()
		if err != nil {
			t.Fatal(err)
		}
		topics, subs = append(topics, topic), append(subs, sub)
	}

	// The attacker runs a plain GossipSub router without our validators.
	key, _, _ := crypto.GenerateEd25519Key(rand.Reader)
	ah, err := libp2p.New(libp2p.Identity(key), libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.DisableRelay())
	if err != nil {
		t.Fatal(err)
	}
	defer ah.Close()
	aps, err := pubsub.NewGossipSub(t.Context(), ah, pubsub.WithMessageIdFn(MessageID))
	if err != nil {
		t.Fatal(err)
	}
	atopic, err := aps.Join(topicName)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []*Host{b, c} {
		if err := ah.Connect(t.Context(), peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 10*time.Second, "attacker sees both subscribers", func() bool { return len(atopic.ListPeers()) == 2 })
	eventually(t, 10*time.Second, "b and c see each other on the topic", func() bool { return len(topics[1].ListPeers()) >= 1 })

	// An envelope claiming a wallet author, signed by some other wallet.
	victim, _ := ethcrypto.GenerateKey()
	forger, _ := ethcrypto.GenerateKey()
	env, err := Seal(NewWalletSigner(forger), payloadType, map[string]string{"order": "pay the forger"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	env.Author = NewWalletSigner(victim).Author()
	data, _ := env.Marshal()
	for range 5 {
		// Distinct payloads: identical bytes would collapse into one message id.
		if err := atopic.Publish(t.Context(), data); err != nil {
			t.Fatal(err)
		}
		env.Time++
		data, _ = env.Marshal()
	}

	// b publishes a genuine envelope; every subscriber's next message must be it.
	walletKey, _ := ethcrypto.GenerateKey()
	genuine := NewWalletSigner(walletKey)
	eventually(t, 5*time.Second, "b's topic has c in it", func() bool { return len(topics[0].ListPeers()) >= 1 })
	time.Sleep(200 * time.Millisecond) // let the forged messages reach both validators first
	if err := topics[0].Publish(t.Context(), genuine, map[string]string{"order": "genuine"}); err != nil {
		t.Fatal(err)
	}
	for i, sub := range subs {
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		m, err := sub.Next(ctx)
		cancel()
		if err != nil {
			t.Fatalf("subscriber %d: no message: %v", i, err)
		}
		if m.Envelope.Author != genuine.Author() {
			t.Fatalf("subscriber %d got a message from %s, want only the genuine one from %s", i, m.Envelope.Author, genuine.Author())
		}
	}

	for i, h := range []*Host{b, c} {
		eventually(t, 10*time.Second, "forwarder's score drops below zero", func() bool { return h.PubSub.Score(ah.ID()) < 0 })
		t.Logf("host %d scores the forger %.1f", i, h.PubSub.Score(ah.ID()))
	}
}

// TestPresence: two hosts, one bootstrapped to the other, hear each other's
// presence with capabilities, and a third that knows only the first is
// dialled by the second once its presence arrives.
func TestPresence(t *testing.T) {
	a := newTestHost(t)
	b := newTestHost(t, a.FullAddrs()[0])
	c := newTestHost(t, a.FullAddrs()[0])
	for _, h := range []*Host{a, b, c} {
		eventually(t, 10*time.Second, "every host lists two live peers", func() bool { return len(h.Presence.Live()) == 2 })
		for _, r := range h.Presence.Live() {
			if r.Capabilities.CPUCores != 2 || r.Version != "test" || len(r.Addrs) == 0 {
				t.Fatalf("peer record without what was announced: %+v", r)
			}
		}
	}
	eventually(t, 10*time.Second, "b dials c directly", func() bool { return len(b.Network().ConnsToPeer(c.ID())) > 0 })
}

// TestValidate: what the topic validator accepts, rejects and ignores.
func TestValidate(t *testing.T) {
	now := time.Now()
	p := &PubSub{clock: func() time.Time { return now }}
	signers := testSigners(t)
	seal := func(typ string, at time.Time) []byte {
		env, err := Seal(signers["wallet"], typ, map[string]int{"n": 1}, at)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := env.Marshal()
		return data
	}
	forged := func() []byte {
		env, _ := Seal(signers["wallet"], "test.v1", 1, now)
		env.Author = signers["node"].Author()
		data, _ := env.Marshal()
		return data
	}()
	valid := seal("test.v1", now)
	extraField := append(bytes.TrimSuffix(slices.Clone(valid), []byte("}")), []byte(`,"junk":1}`)...)
	spaced := bytes.Replace(valid, []byte(`,"type"`), []byte(`, "type"`), 1)
	for _, tc := range []struct {
		name  string
		data  []byte
		check Check
		want  pubsub.ValidationResult
	}{
		{"valid", seal("test.v1", now), nil, pubsub.ValidationAccept},
		{"not json", []byte("{"), nil, pubsub.ValidationReject},
		{"unknown field", extraField, nil, pubsub.ValidationReject},
		{"re-encoded with spaces", spaced, nil, pubsub.ValidationReject},
		{"wrong payload type", seal("other.v1", now), nil, pubsub.ValidationReject},
		{"forged signature", forged, nil, pubsub.ValidationReject},
		{"six minutes old", seal("test.v1", now.Add(-6*time.Minute)), nil, pubsub.ValidationIgnore},
		{"six minutes ahead", seal("test.v1", now.Add(6*time.Minute)), nil, pubsub.ValidationIgnore},
		{"check ignores", seal("test.v1", now), func(context.Context, peer.ID, *Envelope) (any, error) { return nil, ErrIgnore }, pubsub.ValidationIgnore},
		{"check rejects", seal("test.v1", now), func(context.Context, peer.ID, *Envelope) (any, error) { return nil, ErrReject }, pubsub.ValidationReject},
		{"check fails", seal("test.v1", now), func(context.Context, peer.ID, *Envelope) (any, error) { return nil, context.Canceled }, pubsub.ValidationReject},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &pubsub.Message{Message: &pb.Message{Data: tc.data}}
			got, err := p.validate(t.Context(), "", m, "test.v1", tc.check)
			if got != tc.want {
				t.Fatalf("result %v (%v), want %v", got, err, tc.want)
			}
			if _, ok := m.ValidatorData.(validated); ok != (tc.want == pubsub.ValidationAccept) {
				t.Fatalf("decoded envelope handed on: %v, want only on accept", ok)
			}
		})
	}
}

// TestCheckPresence: a node announces only itself, within limits.
func TestCheckPresence(t *testing.T) {
	key, _, _ := crypto.GenerateEd25519Key(rand.Reader)
	signer, _ := NewNodeSigner(key)
	self, _ := peer.IDFromPrivateKey(key)
	otherKey, _, _ := crypto.GenerateEd25519Key(rand.Reader)
	other, _ := peer.IDFromPrivateKey(otherKey)
	good := func() PresenceInfo {
		return PresenceInfo{PeerID: self.String(), Addrs: []string{"/ip4/127.0.0.1/tcp/1"}, Capabilities: Capabilities{CPUCores: 1}}
	}
	for _, tc := range []struct {
		name   string
		origin peer.ID
		edit   func(*PresenceInfo)
		ok     bool
	}{
		{"own", self, func(*PresenceInfo) {}, true},
		{"for another node", self, func(i *PresenceInfo) { i.PeerID = other.String() }, false},
		{"forwarded as its own by another", other, func(*PresenceInfo) {}, false},
		{"bad address", self, func(i *PresenceInfo) { i.Addrs = []string{"/ip4/nope"} }, false},
		{"too many addresses", self, func(i *PresenceInfo) { i.Addrs = slices.Repeat(i.Addrs, 17) }, false},
		{"negative load", self, func(i *PresenceInfo) { i.Load = -1 }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			info := good()
			tc.edit(&info)
			env, err := Seal(signer, PresenceType, info, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			got, err := checkPresence(tc.origin, env)
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok=%v", err, tc.ok)
			}
			if tc.ok && got.Capabilities.Runtimes == nil {
				t.Fatal("missing runtimes not made an empty list")
			}
		})
	}
}
