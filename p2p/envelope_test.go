package p2p

import (
	"crypto/rand"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
)

func testSigners(t testing.TB) map[string]Signer {
	t.Helper()
	nodeKey, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	node, err := NewNodeSigner(nodeKey)
	if err != nil {
		t.Fatal(err)
	}
	walletKey, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return map[string]Signer{"node": node, "wallet": NewWalletSigner(walletKey)}
}

func TestEnvelopeVerify(t *testing.T) {
	other := testSigners(t)
	now := time.Now()
	tamper := map[string]func(e *Envelope){
		"untouched":       func(e *Envelope) {},
		"payload changed": func(e *Envelope) { e.Payload = []byte(`{"temp":99}`) },
		"type changed":    func(e *Envelope) { e.Type = "other.v1" },
		"time changed":    func(e *Envelope) { e.Time++ },
		"sig truncated":   func(e *Envelope) { e.Sig = e.Sig[:len(e.Sig)-1] },
		"sig flipped":     func(e *Envelope) { e.Sig[3] ^= 1 },
	}
	for kind, s := range testSigners(t) {
		for name, change := range tamper {
			t.Run(kind+"/"+name, func(t *testing.T) {
				env, err := Seal(s, "test.v1", map[string]any{"temp": 81}, now)
				if err != nil {
					t.Fatal(err)
				}
				change(env)
				err = env.Verify()
				if name == "untouched" && err != nil {
					t.Fatalf("valid envelope refused: %v", err)
				}
				if name != "untouched" && err == nil {
					t.Fatal("tampered envelope verified")
				}
			})
		}
		t.Run(kind+"/author swapped", func(t *testing.T) {
			env, err := Seal(s, "test.v1", 1, now)
			if err != nil {
				t.Fatal(err)
			}
			env.Author = other[kind].Author()
			if err := env.Verify(); !errors.Is(err, ErrBadSignature) {
				t.Fatalf("err = %v, want ErrBadSignature", err)
			}
		})
	}
}

// TestEnvelopeOneForm: the same signed content has one accepted form, so
// re-encodings cannot pass as new messages.
func TestEnvelopeOneForm(t *testing.T) {
	signers := testSigners(t)
	env, err := Seal(signers["wallet"], "test.v1", map[string]string{"html": "<b>&</b>"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	wire, err := env.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(wire)
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Verify(); err != nil {
		t.Fatalf("envelope with HTML characters does not survive the wire: %v", err)
	}

	// The other valid ECDSA signature of the same digest: s -> n-s, v flipped.
	high := *back
	high.Sig = slices.Clone(back.Sig)
	n := ethcrypto.S256().Params().N
	s := new(big.Int).SetBytes(high.Sig[32:64])
	new(big.Int).Sub(n, s).FillBytes(high.Sig[32:64])
	high.Sig[64] ^= 1
	if err := high.Verify(); !errors.Is(err, ErrBadSignature) {
		t.Errorf("high-s twin of a valid signature: err = %v, want ErrBadSignature", err)
	}
	legacyV := *back
	legacyV.Sig = slices.Clone(back.Sig)
	legacyV.Sig[64] += 27
	if err := legacyV.Verify(); err == nil {
		t.Error("recovery id 27/28 accepted beside 0/1")
	}
	// The same address in another case: flip the case of one letter (a
	// checksummed address may have no capital at all).
	other := *back
	other.Author = flipFirstLetter(back.Author)
	if other.Author == back.Author {
		t.Skip("an address of digits only")
	}
	if err := other.Verify(); err == nil {
		t.Errorf("%s accepted beside the checksummed %s", other.Author, back.Author)
	}
}

func TestEnvelopeFresh(t *testing.T) {
	now := time.Now()
	s := testSigners(t)["node"]
	for _, tc := range []struct {
		age  time.Duration
		want bool
	}{{0, true}, {4 * time.Minute, true}, {-4 * time.Minute, true}, {6 * time.Minute, false}, {-6 * time.Minute, false}} {
		env, err := Seal(s, "test.v1", nil, now.Add(-tc.age))
		if err != nil {
			t.Fatal(err)
		}
		if got := env.Fresh(now); got != tc.want {
			t.Errorf("age %s: Fresh = %v, want %v", tc.age, got, tc.want)
		}
	}
}

func BenchmarkEnvelopeSeal(b *testing.B) {
	payload := map[string]any{"device": "sensor-17", "temp": 81.5, "site": "north"}
	for kind, s := range testSigners(b) {
		b.Run(kind, func(b *testing.B) {
			now := time.Now()
			for b.Loop() {
				if _, err := Seal(s, "test.v1", payload, now); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEnvelopeVerify(b *testing.B) {
	payload := map[string]any{"device": "sensor-17", "temp": 81.5, "site": "north"}
	for kind, s := range testSigners(b) {
		b.Run(kind, func(b *testing.B) {
			env, err := Seal(s, "test.v1", payload, time.Now())
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := env.Verify(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// flipFirstLetter changes the case of the first letter after "0x".
func flipFirstLetter(addr string) string {
	b := []byte(addr)
	for i := 2; i < len(b); i++ {
		switch {
		case b[i] >= 'a' && b[i] <= 'f':
			b[i] -= 'a' - 'A'
			return string(b)
		case b[i] >= 'A' && b[i] <= 'F':
			b[i] += 'a' - 'A'
			return string(b)
		}
	}
	return addr
}
