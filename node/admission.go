package node

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/cerestack/cere/chain"
	"github.com/cerestack/cere/workflow"
	"github.com/ethereum/go-ethereum/common"
)

// admission is the operator's answer to whose workflows the node runs
// (workflows.admit): every owner, an allowlist, or owners who keep a stake
// of CERE in escrow, so that a thousand throwaway wallets cost a thousand
// stakes. The node's operators are always admitted.
type admission struct {
	mode     string
	allow    map[common.Address]bool
	minStake string
	n        *Node

	mu    sync.Mutex
	stake map[common.Address]stakeSeen // escrow read from the chain, by owner
}

// stakeSeen is an owner's escrow as last read, and when.
type stakeSeen struct {
	ok  bool
	at  time.Time
	err error
}

// Bounds of the stake cache: each read is a chain call, and owners are
// anyone who announces a workflow.
const (
	stakeFresh    = time.Minute
	maxStakeCache = 10000
)

// errNoStake is why an owner without enough escrow is not admitted.
var errNoStake = errors.New("not enough CERE in escrow")

func newAdmission(n *Node) *admission {
	a := &admission{mode: n.cfg.Workflows.Admit, allow: map[common.Address]bool{}, minStake: n.cfg.Workflows.MinStake, n: n,
		stake: map[common.Address]stakeSeen{}}
	for _, o := range n.cfg.Workflows.Allow {
		a.allow[common.HexToAddress(o)] = true
	}
	return a
}

// admit is a workflow.Admission.
func (a *admission) admit(ctx context.Context, owner string) error {
	if a.mode == "everyone" || a.mode == "" {
		return nil
	}
	if !common.IsHexAddress(owner) {
		return fmt.Errorf("%q is not a wallet", owner)
	}
	who := common.HexToAddress(owner)
	if a.n.isOperator(owner) || a.allow[who] {
		return nil
	}
	if a.mode == "allowlist" {
		return errors.New("this node runs the workflows of its allowlist only")
	}
	a.mu.Lock()
	seen, ok := a.stake[who]
	a.mu.Unlock()
	if !ok || time.Since(seen.at) > stakeFresh {
		seen = stakeSeen{at: time.Now()}
		seen.ok, seen.err = a.hasStake(ctx, who)
		if seen.err == nil { // a chain not yet connected is asked again next time
			a.mu.Lock()
			if len(a.stake) >= maxStakeCache {
				clear(a.stake)
			}
			a.stake[who] = seen
			a.mu.Unlock()
		}
	}
	if seen.err != nil {
		return fmt.Errorf("stake of %s not read: %w", owner, seen.err)
	}
	if !seen.ok {
		return fmt.Errorf("%w: this node runs the workflows of owners with at least %s CERE in escrow", errNoStake, a.minStake)
	}
	return nil
}

// hasStake reads who's escrow from the chain.
func (a *admission) hasStake(ctx context.Context, who common.Address) (bool, error) {
	c := a.n.chain.ready.Load()
	if c == nil {
		return false, errors.New("the chain is not connected yet")
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	b, err := c.client.Balances(ctx, who)
	if err != nil {
		return false, err
	}
	min, err := chain.ParseAmount(a.minStake, b.Decimals)
	if err != nil {
		return false, err
	}
	return b.Escrow.Cmp(min) >= 0, nil
}

// class is how much of the node owner's workflows may use: operators are
// the node's, owners on the allowlist or with the stake are members, and
// everyone else a guest (admitted at all only under everyone). It reads
// the stakes admit cached and asks the chain nothing, so that it is quick
// enough for a deploy and for a request whose signature is not checked yet.
func (a *admission) class(owner string) workflow.Class {
	if !common.IsHexAddress(owner) {
		return workflow.Guest
	}
	if a.n.isOperator(owner) {
		return workflow.Operator
	}
	who := common.HexToAddress(owner)
	if a.allow[who] {
		return workflow.Member
	}
	if a.minStake != "0" && a.minStake != "" {
		a.mu.Lock()
		seen, ok := a.stake[who]
		a.mu.Unlock()
		if ok && seen.ok {
			return workflow.Member
		}
	}
	return workflow.Guest
}
