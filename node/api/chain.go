package api

import "time"

// ChainStatus is GET /api/v1/chain: the chain this node settles on.
type ChainStatus struct {
	Mode      string     `json:"mode"` // embedded, rpc or off
	ChainID   uint64     `json:"chain_id,omitempty"`
	Block     uint64     `json:"block,omitempty"`
	Contracts *Contracts `json:"contracts,omitempty"`
	// Wallet sends the node's transactions; Operator is whether the
	// settlement contract takes receipts it signs.
	Wallet   string `json:"wallet,omitempty"`
	Operator bool   `json:"operator"`
	// Decimals are the CERE token's.
	Decimals uint8 `json:"decimals,omitempty"`
	// Error says why the chain cannot be reached, when it cannot.
	Error string `json:"error,omitempty"`
}

// Contracts are a network's contract addresses: what --chain-contracts
// reads.
type Contracts struct {
	Token      string `json:"token"`
	Registry   string `json:"registry"`
	Licences   string `json:"licences"`
	Settlement string `json:"settlement"`
}

// Balance is GET /api/v1/chain/balance: a wallet's holdings, as decimal
// strings in whole units ("10.5"), ETH and CERE.
type Balance struct {
	Wallet    string `json:"wallet"`
	ETH       string `json:"eth"`
	CERE      string `json:"cere"`
	Escrow    string `json:"escrow"`
	Claimable string `json:"claimable"`
	// Withdrawal is a pending withdrawal of escrow, if any.
	Withdrawal *Withdrawal `json:"withdrawal,omitempty"`
}

// Withdrawal is a requested withdrawal: it may be taken from ReadyAt until
// Until.
type Withdrawal struct {
	Amount  string    `json:"amount"`
	ReadyAt time.Time `json:"ready_at"`
	Until   time.Time `json:"until"`
}

// Amount is the body of POST /api/v1/chain/deposit and
// /api/v1/chain/withdraw/request: CERE in whole units.
type Amount struct {
	Amount string `json:"amount"`
}

// Transfer is the body of POST /api/v1/chain/send.
type Transfer struct {
	To     string `json:"to"`
	Amount string `json:"amount"` // whole units
	Token  string `json:"token"`  // eth or cere
}

// ChainTx is what a chain write answers: the (last) transaction it sent
// and what it moved, in whole units.
type ChainTx struct {
	Tx     string `json:"tx"`
	Block  uint64 `json:"block"`
	Amount string `json:"amount,omitempty"`
	// ReadyAt and Until bound a requested withdrawal.
	ReadyAt *time.Time `json:"ready_at,omitempty"`
	Until   *time.Time `json:"until,omitempty"`
}

// Settlement is what POST /api/v1/chain/settle did: the transaction (none
// when there was nothing to settle), the receipts it paid, the invocations
// they cover and what they paid in all (whole CERE); what the contract
// skipped, and what waits (no mandate, no published version).
type Settlement struct {
	Tx          string      `json:"tx,omitempty"`
	Block       uint64      `json:"block,omitempty"`
	Receipts    int         `json:"receipts"`
	Invocations uint64      `json:"invocations"`
	Paid        string      `json:"paid"`
	Skipped     []Unsettled `json:"skipped"`
	Pending     []Unsettled `json:"pending"`
}

// Unsettled is a payer's usage of an agent that did not settle, and why.
type Unsettled struct {
	Payer       string `json:"payer"`
	Agent       string `json:"agent"`
	Invocations uint64 `json:"invocations"`
	Reason      string `json:"reason"`
}

// MandateRequest is the body of POST /api/v1/chain/mandate: what the
// node's wallet lets settlement take for its usage, in whole CERE, and for
// how long (a duration, as 720h).
type MandateRequest struct {
	Cap      string `json:"cap"`
	MaxPrice string `json:"max_price"`
	Expiry   string `json:"expiry"`
}

// MandateOut is a mandate the node signed.
type MandateOut struct {
	Payer    string    `json:"payer"`
	Cap      string    `json:"cap"`
	MaxPrice string    `json:"max_price"`
	Expiry   time.Time `json:"expiry"`
	Nonce    uint32    `json:"nonce"`
}

// PublishRequest is the body of POST /api/v1/agents/{ref}/publish: the
// price per invocation in whole CERE (empty: the manifest's).
type PublishRequest struct {
	Price string `json:"price,omitempty"`
}

// Published is an agent version registered on chain.
type Published struct {
	Agent   string `json:"agent"`
	CID     string `json:"cid"`     // the manifest's
	Version string `json:"version"` // the registry's token id
	Price   string `json:"price"`
	Tx      string `json:"tx"`
	Block   uint64 `json:"block"`
}
