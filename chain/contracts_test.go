package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/cerestack/cere/chain/internal/bindgen"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// TestBindingsUpToDate: the committed bindings are what abigen makes of
// the committed contracts/combined.json, so that building and testing need
// no compiler, and the two cannot drift apart.
func TestBindingsUpToDate(t *testing.T) {
	combined, err := os.ReadFile("../contracts/combined.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := bindgen.Generate(combined, "chain")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("contracts.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("chain/contracts.go is not what abigen makes of contracts/combined.json: run make contracts")
	}
}

// simChain is a simulated chain with funded keys.
type simChain struct {
	t       *testing.T
	backend *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	keys    map[string]*ecdsa.PrivateKey
}

func newSimChain(t *testing.T, names ...string) *simChain {
	t.Helper()
	c := &simChain{t: t, keys: map[string]*ecdsa.PrivateKey{}}
	alloc := types.GenesisAlloc{}
	for _, n := range names {
		k, _ := crypto.GenerateKey()
		c.keys[n] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	// The rules of the mainnet of today (Osaka): the dev chain's default
	// also turns on the next fork's state-growth pricing, which no
	// network runs yet and which triples the cost of a new storage slot.
	config := *params.AllDevChainProtocolChanges
	config.BogotaTime = nil
	c.backend = simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = &config })
	t.Cleanup(func() { c.backend.Close() })
	c.client = c.backend.Client()
	var err error
	if c.chainID, err = c.client.ChainID(context.Background()); err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *simChain) addr(name string) common.Address {
	return crypto.PubkeyToAddress(c.keys[name].PublicKey)
}

func (c *simChain) opts(name string) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.keys[name], c.chainID)
}

// deploy deploys a contract as name and returns its address.
func (c *simChain) deploy(name string, meta *bind.MetaData, input []byte) common.Address {
	c.t.Helper()
	addr, tx, err := bind.DeployContract(c.opts(name), common.FromHex(meta.Bin), c.client, input)
	if err != nil {
		c.t.Fatal(err)
	}
	c.backend.Commit()
	if _, err := bind.WaitDeployed(context.Background(), c.client, tx.Hash()); err != nil {
		c.t.Fatal(err)
	}
	return addr
}

// advance moves the chain's clock on by d, in a block of its own (a block
// with a transaction in it cannot be moved: that one is mined first).
func (c *simChain) advance(d time.Duration) {
	c.t.Helper()
	if err := c.backend.AdjustTime(d); err != nil {
		c.backend.Commit()
		if err := c.backend.AdjustTime(d); err != nil {
			c.t.Fatal(err)
		}
	}
	c.backend.Commit()
}

// send sends data to a contract as name and mines it; it returns the
// revert data when the contract refused.
func (c *simChain) send(name string, to *bind.BoundContract, data []byte) ([]byte, error) {
	c.t.Helper()
	r, raw, err := c.transact(c.opts(name), to, data)
	if err != nil {
		return raw, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, errors.New("transaction failed")
	}
	return nil, nil
}

// transact sends data with opts and mines it, returning its receipt; or,
// when the contract refused it before it was sent, the revert data.
func (c *simChain) transact(opts *bind.TransactOpts, to *bind.BoundContract, data []byte) (*types.Receipt, []byte, error) {
	c.t.Helper()
	tx, err := bind.Transact(to, opts, data)
	if err != nil {
		if raw, ok := ethclient.RevertErrorData(err); ok {
			return nil, raw, err
		}
		c.t.Fatal(err)
	}
	c.backend.Commit()
	r, err := bind.WaitMined(context.Background(), c.client, tx.Hash())
	if err != nil {
		c.t.Fatal(err)
	}
	return r, nil, nil
}

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// refused checks that a send was refused with the custom error want (its
// type, as the bindings unpack it).
func refused[E any](t *testing.T, unpack func([]byte) (any, error), raw []byte, err error) *E {
	t.Helper()
	if err == nil {
		t.Fatalf("not refused; want %T", new(E))
	}
	got, uerr := unpack(raw)
	if uerr != nil {
		t.Fatalf("refused with %v (%x), not a known error", err, raw)
	}
	e, ok := got.(*E)
	if !ok {
		t.Fatalf("refused with %T %+v, want %T", got, got, new(E))
	}
	return e
}

func TestCereToken(t *testing.T) {
	c := newSimChain(t, "owner", "alice")
	tok := NewCereToken()
	addr := c.deploy("owner", &CereTokenMetaData, tok.PackConstructor(c.addr("owner"), 6, big.NewInt(1_000_000)))
	inst := tok.Instance(c.client, addr)
	if d := must[uint8](t)(bind.Call(inst, nil, tok.PackDecimals(), tok.UnpackDecimals)); d != 6 {
		t.Fatalf("decimals %d", d)
	}
	raw, err := c.send("alice", inst, tok.PackMint(c.addr("alice"), big.NewInt(5)))
	refused[CereTokenOwnableUnauthorizedAccount](t, tok.UnpackError, raw, err)
	if _, err := c.send("owner", inst, tok.PackMint(c.addr("alice"), big.NewInt(5))); err != nil {
		t.Fatal(err)
	}
	if b := must[*big.Int](t)(bind.Call(inst, nil, tok.PackBalanceOf(c.addr("alice")), tok.UnpackBalanceOf)); b.Int64() != 5 {
		t.Fatalf("balance %s", b)
	}
}

// TestAgentRegistry: the first publisher of an agent key owns it; each
// version is a token with its manifest and price; only its holder
// deprecates it.
func TestAgentRegistry(t *testing.T) {
	c := newSimChain(t, "deployer", "alice", "bob")
	reg := NewAgentRegistry()
	inst := reg.Instance(c.client, c.deploy("deployer", &AgentRegistryMetaData, nil))
	key := crypto.Keccak256Hash([]byte("summarize"))
	for i, cid := range []string{"bagu-v1", "bagu-v2"} {
		if _, err := c.send("alice", inst, reg.PackPublishVersion(key, cid, big.NewInt(int64(1000*(i+1))))); err != nil {
			t.Fatal(err)
		}
	}
	ids := must[[]*big.Int](t)(bind.Call(inst, nil, reg.PackVersionsOf(key), reg.UnpackVersionsOf))
	if len(ids) != 2 || ids[0].Int64() != 1 || ids[1].Int64() != 2 {
		t.Fatalf("versions %v", ids)
	}
	if m := must[string](t)(bind.Call(inst, nil, reg.PackManifestOf(ids[1]), reg.UnpackManifestOf)); m != "bagu-v2" {
		t.Fatalf("manifest %q", m)
	}
	if p := must[*big.Int](t)(bind.Call(inst, nil, reg.PackPriceOf(ids[1]), reg.UnpackPriceOf)); p.Int64() != 2000 {
		t.Fatalf("price %s", p)
	}
	if o := must[common.Address](t)(bind.Call(inst, nil, reg.PackOwnerOf(ids[0]), reg.UnpackOwnerOf)); o != c.addr("alice") {
		t.Fatalf("holder %s", o)
	}

	raw, err := c.send("bob", inst, reg.PackPublishVersion(key, "bagu-bob", big.NewInt(1)))
	if e := refused[AgentRegistryNotAgentOwner](t, reg.UnpackError, raw, err); e.Owner != c.addr("alice") {
		t.Fatalf("owner in the error: %s", e.Owner)
	}
	raw, err = c.send("bob", inst, reg.PackPublishVersion([32]byte{}, "x", big.NewInt(1)))
	refused[AgentRegistryZeroAgentKey](t, reg.UnpackError, raw, err)
	raw, err = c.send("alice", inst, reg.PackPublishVersion(key, "", big.NewInt(1)))
	refused[AgentRegistryEmptyManifest](t, reg.UnpackError, raw, err)
	raw, err = c.send("bob", inst, reg.PackDeprecate(ids[0]))
	refused[AgentRegistryNotVersionOwner](t, reg.UnpackError, raw, err)
	if _, err := c.send("alice", inst, reg.PackDeprecate(ids[0])); err != nil {
		t.Fatal(err)
	}
	raw, err = c.send("alice", inst, reg.PackDeprecate(ids[0]))
	refused[AgentRegistryAlreadyDeprecated](t, reg.UnpackError, raw, err)
	if !must[bool](t)(bind.Call(inst, nil, reg.PackIsDeprecated(ids[0]), reg.UnpackIsDeprecated)) {
		t.Fatal("not deprecated")
	}
	_, err = bind.Call(inst, nil, reg.PackManifestOf(big.NewInt(9)), reg.UnpackManifestOf)
	if raw, ok := ethclient.RevertErrorData(err); !ok {
		t.Fatalf("unknown version: %v", err)
	} else {
		refused[AgentRegistryUnknownVersion](t, reg.UnpackError, raw, err)
	}
}

// TestLicenceNFT: only an agent version's holder grants licences to it,
// and not once it is deprecated; a licence is valid within its window,
// while not revoked and under its limits; only the settlement contract
// consumes it, for usage at a time it was valid; the version's current
// holder revokes; ERC-4907's userOf follows validity.
func TestLicenceNFT(t *testing.T) {
	c := newSimChain(t, "deployer", "alice", "bob", "carol", "settlement")
	reg := NewAgentRegistry()
	regInst := reg.Instance(c.client, c.deploy("deployer", &AgentRegistryMetaData, nil))
	for _, name := range []string{"anomaly", "old"} {
		if _, err := c.send("alice", regInst, reg.PackPublishVersion(crypto.Keccak256Hash([]byte(name)), "bagu-"+name, big.NewInt(5))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.send("alice", regInst, reg.PackDeprecate(big.NewInt(2))); err != nil {
		t.Fatal(err)
	}
	lic := NewLicenceNFT()
	inst := lic.Instance(c.client, c.deploy("deployer", &LicenceNFTMetaData, lic.PackConstructor(regInst.Address())))

	now := must[*types.Header](t)(c.client.HeaderByNumber(context.Background(), nil)).Time
	version := big.NewInt(1)
	grant := func(who string, subject *big.Int, units uint64) ([]byte, error) {
		return c.send(who, inst, lic.PackGrant(c.addr("bob"), subject, [][32]byte{crypto.Keccak256Hash([]byte("sensor.reading"))}, now, now+3600, units, 0))
	}
	raw, err := grant("bob", version, 10)
	refused[LicenceNFTNotSubjectOwner](t, lic.UnpackError, raw, err)
	raw, err = grant("alice", big.NewInt(2), 10)
	refused[LicenceNFTDeprecatedSubject](t, lic.UnpackError, raw, err)
	raw, err = c.send("alice", inst, lic.PackGrant(c.addr("bob"), version, nil, now+10, now+10, 1, 1))
	refused[LicenceNFTBadWindow](t, lic.UnpackError, raw, err)
	raw, err = c.send("alice", inst, lic.PackGrant(c.addr("bob"), version, nil, now-100, now-10, 1, 1))
	refused[LicenceNFTBadWindow](t, lic.UnpackError, raw, err)
	if _, err := grant("alice", version, 10); err != nil {
		t.Fatal(err)
	}
	id := big.NewInt(1)
	valid := func(id *big.Int, at uint64) bool {
		return must[bool](t)(bind.Call(inst, nil, lic.PackIsValid(id, at), lic.UnpackIsValid))
	}
	if !valid(id, now) || valid(id, now-1) || valid(id, now+3600) {
		t.Fatal("the window is not [notBefore, expiresAt)")
	}
	if u := must[common.Address](t)(bind.Call(inst, nil, lic.PackUserOf(id), lic.UnpackUserOf)); u != c.addr("bob") {
		t.Fatalf("userOf %s", u)
	}

	raw, err = c.send("bob", inst, lic.PackConsume(id, c.addr("bob"), version, 1, 0, now))
	refused[LicenceNFTNotSettlement](t, lic.UnpackError, raw, err)
	raw, err = c.send("bob", inst, lic.PackSetSettlement(c.addr("bob")))
	refused[LicenceNFTNotDeployer](t, lic.UnpackError, raw, err)
	if _, err := c.send("deployer", inst, lic.PackSetSettlement(c.addr("settlement"))); err != nil {
		t.Fatal(err)
	}
	raw, err = c.send("deployer", inst, lic.PackSetSettlement(c.addr("deployer")))
	refused[LicenceNFTSettlementAlreadySet](t, lic.UnpackError, raw, err)
	if _, err := c.send("settlement", inst, lic.PackConsume(id, c.addr("bob"), version, 4, 100, now)); err != nil {
		t.Fatal(err)
	}
	left := must[RemainingOutput](t)(bind.Call(inst, nil, lic.PackRemaining(id), lic.UnpackRemaining))
	if left.Units != 6 || left.ComputeMs != ^uint64(0) {
		t.Fatalf("remaining %+v", left)
	}
	raw, err = c.send("settlement", inst, lic.PackConsume(id, c.addr("bob"), version, 7, 0, now))
	refused[LicenceNFTOverLimit](t, lic.UnpackError, raw, err)
	raw, err = c.send("settlement", inst, lic.PackConsume(id, c.addr("carol"), version, 1, 0, now))
	refused[LicenceNFTNotFor](t, lic.UnpackError, raw, err)
	raw, err = c.send("settlement", inst, lic.PackConsume(id, c.addr("bob"), big.NewInt(2), 1, 0, now))
	refused[LicenceNFTNotFor](t, lic.UnpackError, raw, err)
	raw, err = c.send("settlement", inst, lic.PackConsume(id, c.addr("bob"), version, 1, 0, now+7200))
	refused[LicenceNFTInTheFuture](t, lic.UnpackError, raw, err)

	// Past its end: no longer valid, no user; usage from when it was valid
	// is still counted, later usage is not.
	c.advance(2 * time.Hour)
	if u := must[common.Address](t)(bind.Call(inst, nil, lic.PackUserOf(id), lic.UnpackUserOf)); u != (common.Address{}) {
		t.Fatalf("userOf after expiry %s", u)
	}
	if _, err := c.send("settlement", inst, lic.PackConsume(id, c.addr("bob"), version, 1, 0, now+20)); err != nil {
		t.Fatalf("usage from while it was valid, settled after: %v", err)
	}
	raw, err = c.send("settlement", inst, lic.PackConsume(id, c.addr("bob"), version, 1, 0, now+3600))
	refused[LicenceNFTNotValid](t, lic.UnpackError, raw, err)

	// An unlimited licence still refuses to overflow its counters.
	later := must[*types.Header](t)(c.client.HeaderByNumber(context.Background(), nil)).Time
	if _, err := c.send("alice", inst, lic.PackGrant(c.addr("bob"), version, nil, later, later+3600, 0, 0)); err != nil {
		t.Fatal(err)
	}
	second := big.NewInt(2)
	if _, err := c.send("settlement", inst, lic.PackConsume(second, c.addr("bob"), version, ^uint64(0), 0, later)); err != nil {
		t.Fatal(err)
	}
	raw, err = c.send("settlement", inst, lic.PackConsume(second, c.addr("bob"), version, 1, 0, later))
	refused[LicenceNFTOverLimit](t, lic.UnpackError, raw, err)

	// Revocation follows the version: once alice sold it to carol, carol
	// revokes and alice may not.
	if _, err := c.send("alice", regInst, reg.PackTransferFrom(c.addr("alice"), c.addr("carol"), version)); err != nil {
		t.Fatal(err)
	}
	raw, err = c.send("alice", inst, lic.PackRevoke(second))
	refused[LicenceNFTNotGrantor](t, lic.UnpackError, raw, err)
	if _, err := c.send("carol", inst, lic.PackRevoke(second)); err != nil {
		t.Fatal(err)
	}
	raw, err = c.send("carol", inst, lic.PackRevoke(second))
	refused[LicenceNFTAlreadyRevoked](t, lic.UnpackError, raw, err)
	revokedAt := must[*types.Header](t)(c.client.HeaderByNumber(context.Background(), nil)).Time
	if valid(second, revokedAt) || !valid(second, later) {
		t.Fatal("a revocation does not end the licence from then on, only")
	}
	if e := must[*big.Int](t)(bind.Call(inst, nil, lic.PackUserExpires(second), lic.UnpackUserExpires)); e.Sign() != 0 {
		t.Fatalf("userExpires after revocation %s", e)
	}
}
