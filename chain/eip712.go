package chain

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Settlement is the EIP-712 domain of a UsageSettlement contract: what
// payers' mandates and operators' receipts are signed for.
type Settlement struct {
	ChainID *big.Int
	Address common.Address
}

var (
	domainTypeHash   = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	mandateTypeHash  = crypto.Keccak256Hash([]byte("Mandate(address payer,address operator,uint256 cap,uint256 maxPrice,uint64 start,uint64 expiry,uint32 nonce)"))
	receiptType      = "Receipt(address payer,uint256 version,uint256 licence,uint64 units,uint64 computeMs,uint64 at)"
	receiptTypeHash  = crypto.Keccak256Hash([]byte(receiptType))
	receiptsTypeHash = crypto.Keccak256Hash([]byte("Receipts(address operator,uint64 nonce,uint64 deadline,Receipt[] receipts)" + receiptType))
)

// word is a value as abi.encode lays it out: 32 bytes.
func word(v any) []byte {
	switch x := v.(type) {
	case common.Address:
		return common.LeftPadBytes(x.Bytes(), 32)
	case common.Hash:
		return x.Bytes()
	case *big.Int:
		// A uint256: nil is 0; what does not fit has no encoding.
		if x == nil {
			x = new(big.Int)
		}
		if x.Sign() < 0 || x.BitLen() > 256 {
			panic("word: not a uint256")
		}
		return common.LeftPadBytes(x.Bytes(), 32)
	case uint64:
		return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32)
	case uint32:
		return common.LeftPadBytes(new(big.Int).SetUint64(uint64(x)).Bytes(), 32)
	}
	panic("word: unsupported type")
}

func hashWords(vs ...any) common.Hash {
	var b []byte
	for _, v := range vs {
		b = append(b, word(v)...)
	}
	return crypto.Keccak256Hash(b)
}

func (s Settlement) digest(structHash common.Hash) common.Hash {
	domain := hashWords(domainTypeHash, crypto.Keccak256Hash([]byte("CereUsageSettlement")), crypto.Keccak256Hash([]byte("1")), s.ChainID, s.Address)
	return crypto.Keccak256Hash([]byte("\x19\x01"), domain.Bytes(), structHash.Bytes())
}

// MandateDigest is what a payer signs to let operators settle its usage.
func (s Settlement) MandateDigest(m UsageSettlementMandate) common.Hash {
	return s.digest(hashWords(mandateTypeHash, m.Payer, m.Operator, m.Cap, m.MaxPrice, m.Start, m.Expiry, m.Nonce))
}

// ReceiptsDigest is what an operator signs for its receipts: a batch
// settled at most once (nonce, the contract's operatorNonce for it) and
// only until deadline (Unix seconds of the chain's clock).
func (s Settlement) ReceiptsDigest(operator common.Address, nonce, deadline uint64, receipts []UsageSettlementReceipt) common.Hash {
	var hashes []byte
	for _, r := range receipts {
		hashes = append(hashes, hashWords(receiptTypeHash, r.Payer, r.Version, r.Licence, r.Units, r.ComputeMs, r.At).Bytes()...)
	}
	return s.digest(hashWords(receiptsTypeHash, operator, nonce, deadline, crypto.Keccak256Hash(hashes)))
}

// Sign signs an EIP-712 digest as the contracts' ECDSA.recover reads it
// (v as 27 or 28).
func Sign(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// SortReceipts puts receipts in the order settleBatch takes them: by their
// channel, keccak256(abi.encode(payer, version, operator)), increasing.
// Two receipts for one channel cannot both be paid in a batch: merge them
// first (they are cumulative: the later one says it all).
func SortReceipts(operator common.Address, receipts []UsageSettlementReceipt) {
	key := func(r UsageSettlementReceipt) common.Hash { return hashWords(r.Payer, r.Version, operator) }
	slices.SortFunc(receipts, func(a, b UsageSettlementReceipt) int {
		ka, kb := key(a), key(b)
		return bytes.Compare(ka[:], kb[:])
	})
}
