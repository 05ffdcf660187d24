package p2p

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// MaxClockSkew is how far an envelope's time may be from the receiver's clock
// before validators ignore it as stale (or from the future).
const MaxClockSkew = 5 * time.Minute

// envelopeDomain separates envelope signatures from every other thing the same
// keys sign (API requests, workflow documents, receipts).
const envelopeDomain = "cere/envelope/1"

// ErrBadSignature is returned by Verify when the signature does not match the
// author and the signed bytes.
var ErrBadSignature = errors.New("envelope: bad signature")

// Envelope is the signed wrapper of every payload gossiped between nodes. The
// pubsub signature only names the peer that forwarded a message; the envelope
// signature names its author, which is either a wallet ("0x" address, an
// EIP-191 signature) or a node (a peer id, an Ed25519 signature).
type Envelope struct {
	Author  string          `json:"author"`
	Type    string          `json:"type"`
	Time    int64           `json:"time"` // Unix milliseconds
	Payload json.RawMessage `json:"payload"`
	Sig     []byte          `json:"sig"`
}

// Signer signs envelopes as one author.
type Signer interface {
	// Author is the address or peer id that Verify checks the signature against.
	Author() string
	// SignDigest signs the 32-byte digest of an envelope's canonical bytes.
	SignDigest(digest []byte) ([]byte, error)
}

// NodeSigner signs as a node, with its libp2p key.
type NodeSigner struct {
	key crypto.PrivKey
	id  string
}

// NewNodeSigner returns a Signer for the node that owns key.
func NewNodeSigner(key crypto.PrivKey) (*NodeSigner, error) {
	id, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("node signer: %w", err)
	}
	return &NodeSigner{key: key, id: id.String()}, nil
}

// Author returns the node's peer id.
func (s *NodeSigner) Author() string { return s.id }

// SignDigest signs digest with the node's key.
func (s *NodeSigner) SignDigest(digest []byte) ([]byte, error) { return s.key.Sign(digest) }

// WalletSigner signs as a wallet, the way an Ethereum wallet signs a personal
// message (EIP-191), so a browser wallet can author envelopes too.
type WalletSigner struct {
	key  *ecdsa.PrivateKey
	addr string
}

// NewWalletSigner returns a Signer for the wallet that owns key.
func NewWalletSigner(key *ecdsa.PrivateKey) *WalletSigner {
	return &WalletSigner{key: key, addr: ethcrypto.PubkeyToAddress(key.PublicKey).Hex()}
}

// Author returns the wallet's checksummed address.
func (s *WalletSigner) Author() string { return s.addr }

// SignDigest signs digest as an EIP-191 personal message.
func (s *WalletSigner) SignDigest(digest []byte) ([]byte, error) {
	return ethcrypto.Sign(accounts.TextHash(digest), s.key)
}

// Seal builds an envelope of payloadType around payload (marshalled to JSON),
// stamped with now and signed by s.
func Seal(s Signer, payloadType string, payload any, now time.Time) (*Envelope, error) {
	raw, err := json.Marshal(payload)
	if err != nil {
		return nil, fmt.Errorf("envelope %s: encode payload: %w", payloadType, err)
	}
	// The payload is carried as the compact bytes signed here (see Marshal).
	var compact bytes.Buffer
	if err := json.Compact(&compact, raw); err != nil {
		return nil, fmt.Errorf("envelope %s: encode payload: %w", payloadType, err)
	}
	env := &Envelope{Author: s.Author(), Type: payloadType, Time: now.UnixMilli(), Payload: compact.Bytes()}
	sig, err := s.SignDigest(env.digest())
	if err != nil {
		return nil, fmt.Errorf("envelope %s: sign: %w", payloadType, err)
	}
	env.Sig = sig
	return env, nil
}

// Marshal returns the envelope's wire form: compact JSON, the payload bytes
// exactly as signed (no HTML escaping, which would change them). There is
// one wire form per envelope, so a message id that hashes it cannot be
// dodged by re-encoding: validators reject anything else (see Unmarshal).
func (e *Envelope) Marshal() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return nil, fmt.Errorf("envelope %s: encode: %w", e.Type, err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// ErrNotCanonical is returned by Unmarshal for bytes that decode to an
// envelope but are not its wire form (extra fields, other spacing or
// escaping): re-encodings that would otherwise pass as new messages.
var ErrNotCanonical = errors.New("envelope: not in canonical form")

// Unmarshal decodes an envelope from its wire form, and only from it.
func Unmarshal(data []byte) (*Envelope, error) {
	var e Envelope
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("envelope: decode: %w", err)
	}
	canon, err := e.Marshal()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(canon, data) {
		return nil, ErrNotCanonical
	}
	return &e, nil
}

// digest is the SHA-256 of the canonical bytes: the domain, type, author,
// time and payload, each length-prefixed so no field can bleed into another.
func (e *Envelope) digest() []byte {
	h := sha256.New()
	var n [8]byte
	for _, field := range [][]byte{[]byte(envelopeDomain), []byte(e.Type), []byte(e.Author), e.Payload} {
		binary.BigEndian.PutUint64(n[:], uint64(len(field)))
		h.Write(n[:])
		h.Write(field)
	}
	binary.BigEndian.PutUint64(n[:], uint64(e.Time))
	h.Write(n[:])
	return h.Sum(nil)
}

// Verify checks that Sig was made by Author over the envelope's canonical
// bytes. The author must be written in its one canonical form (a checksummed
// address, a peer id as peer.ID.String writes it) and a wallet signature in
// its one canonical form (low s, recovery id 0 or 1), so that no two
// different envelopes carry the same signed content. It does not look at
// the time: see Fresh.
func (e *Envelope) Verify() error {
	digest := e.digest()
	if strings.HasPrefix(e.Author, "0x") {
		if !common.IsHexAddress(e.Author) || common.HexToAddress(e.Author).Hex() != e.Author {
			return fmt.Errorf("envelope: author %q is not a checksummed address", e.Author)
		}
		if len(e.Sig) != ethcrypto.SignatureLength {
			return ErrBadSignature
		}
		r, sv := new(big.Int).SetBytes(e.Sig[:32]), new(big.Int).SetBytes(e.Sig[32:64])
		if !ethcrypto.ValidateSignatureValues(e.Sig[64], r, sv, true) {
			return ErrBadSignature
		}
		pub, err := ethcrypto.SigToPub(accounts.TextHash(digest), e.Sig)
		if err != nil {
			return ErrBadSignature
		}
		if ethcrypto.PubkeyToAddress(*pub) != common.HexToAddress(e.Author) {
			return ErrBadSignature
		}
		return nil
	}
	id, err := peer.Decode(e.Author)
	if err != nil || id.String() != e.Author {
		return fmt.Errorf("envelope: author %q is neither an address nor a peer id", e.Author)
	}
	pub, err := id.ExtractPublicKey()
	if err != nil {
		return fmt.Errorf("envelope: author %s: no public key in peer id: %w", e.Author, err)
	}
	ok, err := pub.Verify(digest, e.Sig)
	if err != nil || !ok {
		return ErrBadSignature
	}
	return nil
}

// Fresh reports whether the envelope's time is within MaxClockSkew of now.
func (e *Envelope) Fresh(now time.Time) bool {
	d := now.Sub(time.UnixMilli(e.Time))
	return d <= MaxClockSkew && d >= -MaxClockSkew
}

// Decode unmarshals the payload into v.
func (e *Envelope) Decode(v any) error {
	if err := json.Unmarshal(e.Payload, v); err != nil {
		return fmt.Errorf("envelope %s from %s: decode payload: %w", e.Type, e.Author, err)
	}
	return nil
}
