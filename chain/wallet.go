package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrInsufficientFunds is wrapped when a wallet holds less than a write
// would move.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Balances are what a wallet holds on a network: ETH in wei, CERE in the
// token's smallest unit.
type Balances struct {
	Wallet    common.Address
	ETH       *big.Int
	CERE      *big.Int // in the wallet
	Escrow    *big.Int // deposited for settlement
	Claimable *big.Int // earned, waiting for claim
	Decimals  uint8    // the token's
	// Withdrawal is what a pending withdrawal asks for (0: none), from
	// WithdrawableAt for the settlement's withdraw delay.
	Withdrawal     *big.Int
	WithdrawableAt time.Time
}

// Decimals are the CERE token's decimals. Real deployments use the real
// token, so they are read (once), never assumed to be 18.
func (c *Client) Decimals(ctx context.Context) (uint8, error) {
	if d := c.decimals.Load(); d > 0 {
		return uint8(d - 1), nil
	}
	tok := NewCereToken()
	d, err := callInto(ctx, c, c.contracts.Token, tok.PackDecimals(), tok.UnpackDecimals)
	if err != nil {
		return 0, fmt.Errorf("the token's decimals: %w", err)
	}
	c.decimals.Store(int32(d) + 1)
	return d, nil
}

// Balances reads who's balances.
func (c *Client) Balances(ctx context.Context, who common.Address) (Balances, error) {
	b := Balances{Wallet: who}
	var err error
	if b.Decimals, err = c.Decimals(ctx); err != nil {
		return b, err
	}
	if err := c.retry(ctx, func() (err error) {
		b.ETH, err = c.rpc.BalanceAt(ctx, who, nil)
		return err
	}); err != nil {
		return b, fmt.Errorf("ETH balance: %w", err)
	}
	tok, set := NewCereToken(), NewUsageSettlement()
	if b.CERE, err = callInto(ctx, c, c.contracts.Token, tok.PackBalanceOf(who), tok.UnpackBalanceOf); err != nil {
		return b, fmt.Errorf("CERE balance: %w", err)
	}
	acct, err := callInto(ctx, c, c.contracts.Settlement, set.PackAccounts(who), set.UnpackAccounts)
	if err != nil {
		return b, fmt.Errorf("escrow: %w", err)
	}
	b.Escrow = acct.Escrow
	if b.Claimable, err = callInto(ctx, c, c.contracts.Settlement, set.PackClaimable(who), set.UnpackClaimable); err != nil {
		return b, fmt.Errorf("claimable: %w", err)
	}
	w, err := callInto(ctx, c, c.contracts.Settlement, set.PackWithdrawals(who), set.UnpackWithdrawals)
	if err != nil {
		return b, fmt.Errorf("withdrawal: %w", err)
	}
	b.Withdrawal = w.Amount
	if w.Amount.Sign() > 0 {
		b.WithdrawableAt = time.Unix(int64(w.ReadyAt), 0).UTC()
	}
	return b, nil
}

func callInto[T any](ctx context.Context, c *Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := c.Call(ctx, to, data)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// Deposit puts amount of the wallet's CERE in escrow for settlement,
// first allowing the settlement contract to take it where it may not yet.
func (c *Client) Deposit(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	if amount.Sign() <= 0 {
		return nil, errors.New("the amount must be above zero")
	}
	// Two deposits at once would each set the allowance to their own
	// amount, and the second would fail after paying for its approval.
	c.depositMu.Lock()
	defer c.depositMu.Unlock()
	tok, set := NewCereToken(), NewUsageSettlement()
	if err := c.holds(ctx, amount, "deposit"); err != nil {
		return nil, err
	}
	allowed, err := callInto(ctx, c, c.contracts.Token, tok.PackAllowance(c.from, c.contracts.Settlement), tok.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("allowance: %w", err)
	}
	if allowed.Cmp(amount) < 0 {
		if _, err := c.Send(ctx, &c.contracts.Token, tok.PackApprove(c.contracts.Settlement, amount), nil); err != nil {
			return nil, fmt.Errorf("approve: %w", err)
		}
	}
	r, err := c.Send(ctx, &c.contracts.Settlement, set.PackDeposit(amount), nil)
	if err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	return r, nil
}

// RequestWithdraw asks to take amount out of escrow; it may be taken from
// the time returned, for as long as the withdraw delay.
func (c *Client) RequestWithdraw(ctx context.Context, amount *big.Int) (time.Time, *types.Receipt, error) {
	set := NewUsageSettlement()
	e, r, err := sendFor(ctx, c, &c.contracts.Settlement, set.PackRequestWithdraw(amount), "request a withdrawal", set.UnpackWithdrawalRequestedEvent)
	if err != nil {
		return time.Time{}, r, err
	}
	return time.Unix(int64(e.ReadyAt), 0).UTC(), r, nil
}

// Withdraw takes back what a ready withdrawal asked for.
func (c *Client) Withdraw(ctx context.Context) (*big.Int, *types.Receipt, error) {
	set := NewUsageSettlement()
	e, r, err := sendFor(ctx, c, &c.contracts.Settlement, set.PackWithdraw(), "withdraw", set.UnpackWithdrawnEvent)
	if err != nil {
		return nil, r, err
	}
	return e.Amount, r, nil
}

// Claim pays out what the wallet earned (as an agent owner, an operator or
// the fee recipient).
func (c *Client) Claim(ctx context.Context) (*big.Int, *types.Receipt, error) {
	set := NewUsageSettlement()
	e, r, err := sendFor(ctx, c, &c.contracts.Settlement, set.PackClaim(), "claim", set.UnpackClaimedEvent)
	if err != nil {
		return nil, r, err
	}
	return e.Amount, r, nil
}

// sendFor sends a transaction and returns the first event of its receipt
// that unpack reads; what names the call in errors.
func sendFor[E any](ctx context.Context, c *Client, to *common.Address, data []byte, what string, unpack func(*types.Log) (E, error)) (E, *types.Receipt, error) {
	var none E
	r, err := c.Send(ctx, to, data, nil)
	if err != nil {
		return none, r, fmt.Errorf("%s: %w", what, err)
	}
	for _, l := range r.Logs {
		if e, err := unpack(l); err == nil {
			return e, r, nil
		}
	}
	return none, r, fmt.Errorf("%s: the receipt holds no event of the call", what)
}

// WithdrawDelay is how long a withdrawal waits, and then how long it
// may be taken.
func (c *Client) WithdrawDelay(ctx context.Context) (time.Duration, error) {
	set := NewUsageSettlement()
	s, err := callInto(ctx, c, c.contracts.Settlement, set.PackWithdrawDelay(), set.UnpackWithdrawDelay)
	return time.Duration(s) * time.Second, err
}

// SendETH sends wei to an address.
func (c *Client) SendETH(ctx context.Context, to common.Address, wei *big.Int) (*types.Receipt, error) {
	var held *big.Int
	if err := c.retry(ctx, func() (err error) {
		held, err = c.rpc.BalanceAt(ctx, c.from, nil)
		return err
	}); err != nil {
		return nil, fmt.Errorf("ETH balance: %w", err)
	}
	if held.Cmp(wei) < 0 {
		return nil, fmt.Errorf("%w: the wallet holds %s ETH, less than the %s to send", ErrInsufficientFunds, FormatAmount(held, 18), FormatAmount(wei, 18))
	}
	return c.Send(ctx, &to, nil, wei)
}

// SendCERE sends CERE, in the token's smallest unit, to an address.
func (c *Client) SendCERE(ctx context.Context, to common.Address, amount *big.Int) (*types.Receipt, error) {
	if err := c.holds(ctx, amount, "send"); err != nil {
		return nil, err
	}
	return c.Send(ctx, &c.contracts.Token, NewCereToken().PackTransfer(to, amount), nil)
}

// holds fails with ErrInsufficientFunds when the wallet holds less than
// amount of CERE, before anything spends gas.
func (c *Client) holds(ctx context.Context, amount *big.Int, what string) error {
	tok := NewCereToken()
	held, err := callInto(ctx, c, c.contracts.Token, tok.PackBalanceOf(c.from), tok.UnpackBalanceOf)
	if err != nil {
		return fmt.Errorf("CERE balance: %w", err)
	}
	if held.Cmp(amount) >= 0 {
		return nil
	}
	dec, err := c.Decimals(ctx)
	if err != nil {
		return err
	}
	return fmt.Errorf("%w: the wallet holds %s CERE, less than the %s to %s", ErrInsufficientFunds, FormatAmount(held, dec), FormatAmount(amount, dec), what)
}

// SetOperator registers (or drops) a node operator who may sign receipts;
// only the settlement's admin may.
func (c *Client) SetOperator(ctx context.Context, operator common.Address, registered bool) (*types.Receipt, error) {
	return c.Send(ctx, &c.contracts.Settlement, NewUsageSettlement().PackSetOperator(operator, registered), nil)
}

// IsOperator reports whether an address may sign receipts.
func (c *Client) IsOperator(ctx context.Context, operator common.Address) (bool, error) {
	set := NewUsageSettlement()
	return callInto(ctx, c, c.contracts.Settlement, set.PackIsOperator(operator), set.UnpackIsOperator)
}

// ParseAmount reads a decimal amount in whole units ("10.5") as a number
// of the smallest unit, for a token of decimals places.
func ParseAmount(s string, decimals uint8) (*big.Int, error) {
	whole, frac, dotted := strings.Cut(strings.TrimSpace(s), ".")
	if whole == "" && frac == "" || strings.ContainsAny(whole+frac, "+-eE_") {
		return nil, fmt.Errorf("%q is not an amount: want a decimal number like 10.5", s)
	}
	if dotted && frac == "" {
		return nil, fmt.Errorf("%q is not an amount: nothing after the point", s)
	}
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%q has more than %d decimal places", s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("%q is not an amount: want a decimal number like 10.5", s)
	}
	if v.BitLen() > 256 {
		return nil, fmt.Errorf("%q is too large", s)
	}
	return v, nil
}

// FormatAmount writes a number of the smallest unit in whole units, with
// no trailing zeros: 10500000000000000000 with 18 decimals is "10.5".
func FormatAmount(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	s := new(big.Int).Abs(v).String()
	if d := int(decimals); d > 0 {
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		whole, frac := s[:len(s)-d], strings.TrimRight(s[len(s)-d:], "0")
		s = whole
		if frac != "" {
			s += "." + frac
		}
	}
	if v.Sign() < 0 {
		s = "-" + s
	}
	return s
}
