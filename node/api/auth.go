package api

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// AuthHeader carries a wallet's signature over a request:
//
//	Cere-Auth: addr=0x…, t=<unix seconds>, sig=0x…
//
// The signature is an EIP-191 personal message over RequestMessage, so any
// Ethereum wallet (a keystore file, a browser wallet) can make one.
const AuthHeader = "Cere-Auth"

// MaxAuthSkew is how far a signed request's time may be from the server's.
const MaxAuthSkew = 5 * time.Minute

// ErrUnauthorized is wrapped by VerifyRequest for every refusal.
var ErrUnauthorized = errors.New("unauthorized")

// RequestMessage is the text a wallet signs to authorise a request: the
// method, the host it is addressed to (so it cannot be replayed at another
// node), the path with its query, the Content-Type and every ce-* header
// (binary-mode CloudEvents carry their attributes there, so none of them can
// be changed under the signature), the SHA-256 of the body and the time.
//
//	cere-api/2
//	POST
//	127.0.0.1:7350
//	/api/v1/events
//	content-type: application/json
//	ce-id: 1          (each ce-* header, names in lower case, sorted; values of a repeated header joined by ",")
//	ce-type: reading
//	<hex SHA-256 of the body>
//	<Unix seconds>
func RequestMessage(r *http.Request, body []byte, t time.Time) []byte {
	sum := sha256.Sum256(body)
	msg := fmt.Appendf(nil, "cere-api/2\n%s\n%s\n%s\ncontent-type: %s\n", r.Method, requestHost(r), r.URL.RequestURI(), r.Header.Get("Content-Type"))
	var ce []string
	for name := range r.Header {
		if lower := strings.ToLower(name); strings.HasPrefix(lower, "ce-") {
			ce = append(ce, lower)
		}
	}
	slices.Sort(ce)
	for _, name := range ce {
		msg = fmt.Appendf(msg, "%s: %s\n", name, strings.Join(r.Header.Values(name), ","))
	}
	return fmt.Appendf(msg, "%s\n%d", hex.EncodeToString(sum[:]), t.Unix())
}

func requestHost(r *http.Request) string {
	if r.Host != "" {
		return r.Host
	}
	return r.URL.Host
}

// SignRequest sets the AuthHeader of r, whose body is body, signed by key.
// Set r's Content-Type and ce-* headers first: they are signed.
func SignRequest(r *http.Request, body []byte, key *ecdsa.PrivateKey, now time.Time) error {
	msg := RequestMessage(r, body, now)
	sig, err := crypto.Sign(accounts.TextHash(msg), key)
	if err != nil {
		return fmt.Errorf("sign request: %w", err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	r.Header.Set(AuthHeader, fmt.Sprintf("addr=%s, t=%d, sig=%s", addr.Hex(), now.Unix(), hexutil.Encode(sig)))
	return nil
}

// Signature is a parsed AuthHeader whose form and time check out; its
// signature is not checked yet. A server parses it before it reads the body,
// so a request that cannot be valid costs it no body.
type Signature struct {
	// Addr is the wallet the header claims signed.
	Addr common.Address
	// Time is when it says it was signed.
	Time time.Time
	sig  []byte
}

// ParseSignature reads r's AuthHeader and checks its form and that its time
// is within MaxAuthSkew of now.
func ParseSignature(r *http.Request, now time.Time) (*Signature, error) {
	h := r.Header.Get(AuthHeader)
	if h == "" {
		return nil, fmt.Errorf("%w: no %s header", ErrUnauthorized, AuthHeader)
	}
	if len(h) > 512 {
		return nil, fmt.Errorf("%w: %s header over 512 bytes", ErrUnauthorized, AuthHeader)
	}
	fields := map[string]string{}
	for part := range strings.SplitSeq(h, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return nil, fmt.Errorf("%w: malformed %s header", ErrUnauthorized, AuthHeader)
		}
		fields[k] = v
	}
	if !common.IsHexAddress(fields["addr"]) {
		return nil, fmt.Errorf("%w: %s header: addr is not an address", ErrUnauthorized, AuthHeader)
	}
	addr := common.HexToAddress(fields["addr"])
	unix, err := strconv.ParseInt(fields["t"], 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%w: %s header: t is not a Unix time", ErrUnauthorized, AuthHeader)
	}
	t := time.Unix(unix, 0)
	if d := now.Sub(t); d > MaxAuthSkew || d < -MaxAuthSkew {
		return nil, fmt.Errorf("%w: signed at %s, more than %s from this node's clock", ErrUnauthorized, t.UTC().Format(time.RFC3339), MaxAuthSkew)
	}
	sig, err := hexutil.Decode(fields["sig"])
	if err != nil || len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("%w: %s header: sig is not a 65-byte hex signature", ErrUnauthorized, AuthHeader)
	}
	if sig[64] >= 27 { // browser wallets use Ethereum's legacy recovery ids
		sig[64] -= 27
	}
	rv, sv := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], rv, sv, true) {
		return nil, fmt.Errorf("%w: %s header: sig is not a canonical (low-s) signature", ErrUnauthorized, AuthHeader)
	}
	return &Signature{Addr: addr, Time: t, sig: sig}, nil
}

// Verify checks the signature against r and its body. Replays are the
// caller's to refuse: it returns a key that names the signed request
// (whatever the form of its signature), to be remembered until MaxAuthSkew
// has passed twice.
func (s *Signature) Verify(r *http.Request, body []byte) (string, error) {
	msg := RequestMessage(r, body, s.Time)
	pub, err := crypto.SigToPub(accounts.TextHash(msg), s.sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != s.Addr {
		return "", fmt.Errorf("%w: signature does not match %s for this request", ErrUnauthorized, s.Addr.Hex())
	}
	key := sha256.Sum256(append(s.Addr.Bytes(), msg...))
	return hex.EncodeToString(key[:]), nil
}

// VerifyRequest is ParseSignature then Verify: it returns the wallet that
// signed r and the request's replay key.
func VerifyRequest(r *http.Request, body []byte, now time.Time) (common.Address, string, error) {
	s, err := ParseSignature(r, now)
	if err != nil {
		return common.Address{}, "", err
	}
	key, err := s.Verify(r, body)
	return s.Addr, key, err
}
