package api

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
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
// node), the path with its query, the SHA-256 of the body and the time.
func RequestMessage(method, host, pathAndQuery string, body []byte, t time.Time) []byte {
	sum := sha256.Sum256(body)
	return fmt.Appendf(nil, "cere-api/1\n%s\n%s\n%s\n%s\n%d", method, host, pathAndQuery, hex.EncodeToString(sum[:]), t.Unix())
}

func requestHost(r *http.Request) string {
	if r.Host != "" {
		return r.Host
	}
	return r.URL.Host
}

// SignRequest sets the AuthHeader of r, whose body is body, signed by key.
func SignRequest(r *http.Request, body []byte, key *ecdsa.PrivateKey, now time.Time) error {
	msg := RequestMessage(r.Method, requestHost(r), r.URL.RequestURI(), body, now)
	sig, err := crypto.Sign(accounts.TextHash(msg), key)
	if err != nil {
		return fmt.Errorf("sign request: %w", err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	r.Header.Set(AuthHeader, fmt.Sprintf("addr=%s, t=%d, sig=%s", addr.Hex(), now.Unix(), hexutil.Encode(sig)))
	return nil
}

// VerifyRequest checks r's AuthHeader against its body and now, and returns
// the wallet address that signed it. Replays are the caller's to refuse: it
// also returns a key that names the signed request (whatever the form of its
// signature), to be remembered until MaxAuthSkew has passed twice.
func VerifyRequest(r *http.Request, body []byte, now time.Time) (common.Address, string, error) {
	h := r.Header.Get(AuthHeader)
	if h == "" {
		return common.Address{}, "", fmt.Errorf("%w: this API is not on loopback, so writes need a %s header signed by a wallet", ErrUnauthorized, AuthHeader)
	}
	fields := map[string]string{}
	for part := range strings.SplitSeq(h, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return common.Address{}, "", fmt.Errorf("%w: malformed %s header", ErrUnauthorized, AuthHeader)
		}
		fields[k] = v
	}
	if !common.IsHexAddress(fields["addr"]) {
		return common.Address{}, "", fmt.Errorf("%w: %s header: addr is not an address", ErrUnauthorized, AuthHeader)
	}
	addr := common.HexToAddress(fields["addr"])
	unix, err := strconv.ParseInt(fields["t"], 10, 64)
	if err != nil {
		return common.Address{}, "", fmt.Errorf("%w: %s header: t is not a Unix time", ErrUnauthorized, AuthHeader)
	}
	t := time.Unix(unix, 0)
	if d := now.Sub(t); d > MaxAuthSkew || d < -MaxAuthSkew {
		return common.Address{}, "", fmt.Errorf("%w: signed at %s, more than %s from this node's clock", ErrUnauthorized, t.UTC().Format(time.RFC3339), MaxAuthSkew)
	}
	sig, err := hexutil.Decode(fields["sig"])
	if err != nil || len(sig) != crypto.SignatureLength {
		return common.Address{}, "", fmt.Errorf("%w: %s header: sig is not a 65-byte hex signature", ErrUnauthorized, AuthHeader)
	}
	if sig[64] >= 27 { // browser wallets use Ethereum's legacy recovery ids
		sig[64] -= 27
	}
	rv, sv := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], rv, sv, true) {
		return common.Address{}, "", fmt.Errorf("%w: %s header: sig is not a canonical (low-s) signature", ErrUnauthorized, AuthHeader)
	}
	msg := RequestMessage(r.Method, requestHost(r), r.URL.RequestURI(), body, t)
	pub, err := crypto.SigToPub(accounts.TextHash(msg), sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != addr {
		return common.Address{}, "", fmt.Errorf("%w: signature does not match %s for this request", ErrUnauthorized, addr.Hex())
	}
	key := sha256.Sum256(append(addr.Bytes(), msg...))
	return addr, hex.EncodeToString(key[:]), nil
}
