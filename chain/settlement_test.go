package chain

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// market is the four contracts deployed on a simulated chain, with an
// operator registered, 5% protocol fee, 10% for operators, a day's
// withdrawal delay.
type market struct {
	*simChain
	tok                    *CereToken
	reg                    *AgentRegistry
	lic                    *LicenceNFT
	set                    *UsageSettlement
	tokI, regI, licI, setI *bind.BoundContract
	domain                 Settlement
}

func newMarket(t *testing.T, payers int) *market {
	names := []string{"admin", "owner", "operator", "fees", "stranger"}
	for i := range payers {
		names = append(names, fmt.Sprint("payer", i))
	}
	m := &market{simChain: newSimChain(t, names...)}
	m.tok, m.reg, m.lic, m.set = NewCereToken(), NewAgentRegistry(), NewLicenceNFT(), NewUsageSettlement()
	m.tokI = m.tok.Instance(m.client, m.deploy("admin", &CereTokenMetaData, m.tok.PackConstructor(m.addr("admin"), 6, big.NewInt(0))))
	m.regI = m.reg.Instance(m.client, m.deploy("admin", &AgentRegistryMetaData, nil))
	m.licI = m.lic.Instance(m.client, m.deploy("admin", &LicenceNFTMetaData, m.lic.PackConstructor(m.regI.Address())))
	m.setI = m.set.Instance(m.client, must[common.Address](t)(m.deploySettlement(m.licI, m.regI.Address(), 24*time.Hour)))
	m.domain = Settlement{ChainID: m.chainID, Address: m.setI.Address()}
	m.ok(m.send("admin", m.setI, m.set.PackSetOperator(m.addr("operator"), true)))
	return m
}

// deploySettlement links the licences lic to the address a settlement
// contract deployed next by the admin takes, and deploys it there, over
// registry with a withdrawal delay of delay.
func (m *market) deploySettlement(lic *bind.BoundContract, registry common.Address, delay time.Duration) (common.Address, error) {
	m.t.Helper()
	nonce := must[uint64](m.t)(m.client.PendingNonceAt(context.Background(), m.addr("admin")))
	m.ok(m.send("admin", lic, m.lic.PackSetSettlement(crypto.CreateAddress(m.addr("admin"), nonce+1))))
	addr, tx, err := bind.DeployContract(m.opts("admin"), common.FromHex(UsageSettlementMetaData.Bin), m.client,
		m.set.PackConstructor(m.tokI.Address(), registry, lic.Address(), m.addr("fees"), 500, 1000, uint64(delay/time.Second)))
	if err != nil {
		return common.Address{}, err
	}
	m.backend.Commit()
	_, err = bind.WaitDeployed(context.Background(), m.client, tx.Hash())
	return addr, err
}

func (m *market) ok(_ []byte, err error) {
	m.t.Helper()
	if err != nil {
		m.t.Fatal(err)
	}
}

// fund mints amount to payer and deposits it.
func (m *market) fund(payer string, amount int64) {
	m.t.Helper()
	m.ok(m.send("admin", m.tokI, m.tok.PackMint(m.addr(payer), big.NewInt(amount))))
	m.ok(m.send(payer, m.tokI, m.tok.PackApprove(m.setI.Address(), big.NewInt(amount))))
	m.ok(m.send(payer, m.setI, m.set.PackDeposit(big.NewInt(amount))))
}

func (m *market) now() uint64 {
	return must[*types.Header](m.t)(m.client.HeaderByNumber(context.Background(), nil)).Time
}

func (m *market) mandate(payer string, limit int64, expiry uint64, nonce uint32) (UsageSettlementMandate, []byte) {
	md := UsageSettlementMandate{Payer: m.addr(payer), Cap: big.NewInt(limit), MaxPrice: big.NewInt(10_000), Expiry: expiry, Nonce: nonce}
	return md, must[[]byte](m.t)(Sign(m.keys[payer], m.domain.MandateDigest(md)))
}

// batch is the settleBatch call of signer's receipts, signed with its
// next nonce and a deadline an hour away.
func (m *market) batch(signer string, mandates []UsageSettlementMandate, msigs [][]byte, receipts []UsageSettlementReceipt) []byte {
	return m.set.PackSettleBatch(mandates, msigs, m.signed(signer, m.operatorNonce(signer), m.now()+3600, receipts), receipts)
}

// signed is signer's signature over receipts, with nonce and deadline.
func (m *market) signed(signer string, nonce, deadline uint64, receipts []UsageSettlementReceipt) UsageSettlementSigned {
	sig := must[[]byte](m.t)(Sign(m.keys[signer], m.domain.ReceiptsDigest(m.addr(signer), nonce, deadline, receipts)))
	return UsageSettlementSigned{Operator: m.addr(signer), Nonce: nonce, Deadline: deadline, Signature: sig}
}

func (m *market) operatorNonce(name string) uint64 {
	return must[uint64](m.t)(bind.Call(m.setI, nil, m.set.PackOperatorNonce(m.addr(name)), m.set.UnpackOperatorNonce))
}

// settle sends a batch, as a stranger: anyone may.
func (m *market) settle(signer string, mandates []UsageSettlementMandate, msigs [][]byte, receipts []UsageSettlementReceipt) ([]byte, error) {
	return m.send("stranger", m.setI, m.batch(signer, mandates, msigs, receipts))
}

// paid sends a batch that must go through and returns its receipt.
func (m *market) paid(batch []byte) *types.Receipt {
	m.t.Helper()
	r, _, err := m.transact(m.opts("stranger"), m.setI, batch)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		m.t.Fatalf("settlement failed: %v", err)
	}
	return r
}

// settled sends a batch that must go through and returns the names of the
// errors of what it skipped: receipts, then payers.
func (m *market) settled(signer string, mandates []UsageSettlementMandate, msigs [][]byte, receipts []UsageSettlementReceipt) []string {
	m.t.Helper()
	r := m.paid(m.batch(signer, mandates, msigs, receipts))
	name := func(sel [4]byte) string {
		for _, a := range []abi.ABI{m.set.GetABI(), m.lic.GetABI()} {
			for n, e := range a.Errors {
				if [4]byte(e.ID[:4]) == sel {
					return n
				}
			}
		}
		return fmt.Sprintf("%x", sel)
	}
	var skipped []string
	for _, l := range r.Logs {
		if e, err := m.set.UnpackReceiptSkippedEvent(l); err == nil {
			skipped = append(skipped, name(e.Reason))
		}
		if e, err := m.set.UnpackPayerSkippedEvent(l); err == nil {
			skipped = append(skipped, "payer "+name(e.Reason))
		}
	}
	return skipped
}

func (m *market) balance(call []byte, unpack func([]byte) (*big.Int, error)) int64 {
	return must[*big.Int](m.t)(bind.Call(m.setI, nil, call, unpack)).Int64()
}

func (m *market) claimable(name string) int64 {
	return m.balance(m.set.PackClaimable(m.addr(name)), m.set.UnpackClaimable)
}

func (m *market) escrow(name string) int64 {
	a := must[AccountsOutput](m.t)(bind.Call(m.setI, nil, m.set.PackAccounts(m.addr(name)), m.set.UnpackAccounts))
	return a.Escrow.Int64()
}

// TestDigests: the Go side signs what the contract checks.
func TestDigests(t *testing.T) {
	m := newMarket(t, 1)
	md, _ := m.mandate("payer0", 100, 99, 1)
	if got := must[[32]byte](t)(bind.Call(m.setI, nil, m.set.PackMandateDigest(md), m.set.UnpackMandateDigest)); common.Hash(got) != m.domain.MandateDigest(md) {
		t.Fatal("mandate digests differ")
	}
	rs := []UsageSettlementReceipt{{Payer: m.addr("payer0"), Version: big.NewInt(1), Licence: big.NewInt(0), Units: 3, ComputeMs: 4, At: 5}}
	if got := must[[32]byte](t)(bind.Call(m.setI, nil, m.set.PackReceiptsDigest(m.addr("operator"), 7, 8, rs), m.set.UnpackReceiptsDigest)); common.Hash(got) != m.domain.ReceiptsDigest(m.addr("operator"), 7, 8, rs) {
		t.Fatal("receipts digests differ")
	}
}

// TestSettlement: receipts under a mandate debit the escrow and credit the
// version's holder, the operator and the fee, exactly; replays pay
// nothing; what cannot be paid is skipped and reported, by its error,
// while the rest of the batch is paid; what the batch as a whole may not
// do is refused.
func TestSettlement(t *testing.T) {
	m := newMarket(t, 2)
	m.ok(m.send("owner", m.regI, m.reg.PackPublishVersion(crypto.Keccak256Hash([]byte("anomaly")), "bagu-a", big.NewInt(1000))))
	version := big.NewInt(1)
	m.fund("payer0", 1_000_000)
	now := m.now()
	// A licence for payer0, 50 units.
	m.ok(m.send("owner", m.licI, m.lic.PackGrant(m.addr("payer0"), version, nil, now, now+3600, 50, 0)))
	licence := big.NewInt(1)
	md, msig := m.mandate("payer0", 100_000, now+3600, 1)
	receipt := func(units uint64) []UsageSettlementReceipt {
		return []UsageSettlementReceipt{{Payer: m.addr("payer0"), Version: version, Licence: licence, Units: units, ComputeMs: units * 10, At: now}}
	}
	mandates, sigs := []UsageSettlementMandate{md}, [][]byte{msig}
	expect := func(got []string, want ...string) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("skipped %v, want %v", got, want)
		}
	}

	// Refused whole: a signer that is not a registered operator, a
	// signature that is not the operator's, a mandate for another operator.
	raw, err := m.settle("stranger", mandates, sigs, receipt(10))
	refused[UsageSettlementNotOperator](t, m.set.UnpackError, raw, err)
	forged := m.signed("stranger", 0, now+3600, receipt(10))
	forged.Operator = m.addr("operator")
	raw, err = m.send("stranger", m.setI, m.set.PackSettleBatch(mandates, sigs, forged, receipt(10)))
	refused[UsageSettlementBadSignature](t, m.set.UnpackError, raw, err)
	bound, _ := m.mandate("payer0", 100_000, now+3600, 1)
	bound.Operator = m.addr("stranger")
	bsig := must[[]byte](t)(Sign(m.keys["payer0"], m.domain.MandateDigest(bound)))
	expect(m.settled("operator", []UsageSettlementMandate{bound}, [][]byte{bsig}, receipt(10)), "payer WrongOperator", "PayerInvalid")

	// Skipped: a receipt without its payer's mandate in the batch.
	expect(m.settled("operator", nil, nil, receipt(10)), "NoMandate")
	if e := m.escrow("payer0"); e != 1_000_000 {
		t.Fatalf("a skipped receipt paid: escrow %d", e)
	}

	expect(m.settled("operator", mandates, sigs, receipt(10)))
	// 10 units at 1000: 10,000; 5% fee, 10% operator.
	if e, o, op, f := m.escrow("payer0"), m.claimable("owner"), m.claimable("operator"), m.claimable("fees"); e != 990_000 || o != 8_500 || op != 1_000 || f != 500 {
		t.Fatalf("escrow %d, owner %d, operator %d, fee %d", e, o, op, f)
	}
	// The same receipt again, and an older one: nothing more.
	expect(m.settled("operator", mandates, sigs, receipt(10)))
	expect(m.settled("operator", mandates, sigs, receipt(5)))
	if e := m.escrow("payer0"); e != 990_000 {
		t.Fatalf("a replay paid: escrow %d", e)
	}
	// Cumulative: 30 in all pays for 20 more.
	expect(m.settled("operator", mandates, sigs, receipt(30)))
	if e := m.escrow("payer0"); e != 970_000 {
		t.Fatalf("escrow %d after 30 units", e)
	}
	left := must[RemainingOutput](t)(bind.Call(m.licI, nil, m.lic.PackRemaining(licence), m.lic.UnpackRemaining))
	if left.Units != 20 {
		t.Fatalf("licence units left %d, want 20", left.Units)
	}
	// Over the licence's units: skipped, and the channel stays where it
	// was, so a later receipt within the licence is paid.
	expect(m.settled("operator", mandates, sigs, receipt(51)), "OverLimit")
	// The cap bounds all the payer ever pays: a new mandate of 35,000, with
	// 30,000 spent, takes 5 more units, not 10.
	small, ssig := m.mandate("payer0", 35_000, now+3600, 2)
	expect(m.settled("operator", []UsageSettlementMandate{small}, [][]byte{ssig}, receipt(40)), "payer OverCap")
	expect(m.settled("operator", []UsageSettlementMandate{small}, [][]byte{ssig}, receipt(35)))
	if e := m.escrow("payer0"); e != 965_000 {
		t.Fatalf("escrow %d after 35 units", e)
	}
	// The mandate it replaced still pays, for a withdrawal delay, for usage
	// from before the replacement, under its own cap: a payer cannot cancel
	// what it owes by signing a lower one. Usage since is not paid under it.
	since := receipt(36)
	since[0].At = m.now()
	expect(m.settled("operator", mandates, sigs, since), "MandateExpired")
	expect(m.settled("operator", mandates, sigs, receipt(36)))
	if e := m.escrow("payer0"); e != 964_000 {
		t.Fatalf("escrow %d after 36 units", e)
	}
	// Under the version's price: skipped.
	cheap, _ := m.mandate("payer0", 100_000, now+3600, 3)
	cheap.MaxPrice = big.NewInt(999)
	csig := must[[]byte](t)(Sign(m.keys["payer0"], m.domain.MandateDigest(cheap)))
	expect(m.settled("operator", []UsageSettlementMandate{cheap}, [][]byte{csig}, receipt(37)), "OverPrice")
	// Replaced twice, the first mandate still pays only for usage from
	// before its own replacement; a mandate that skips a nonce is refused
	// (each replacement must be on record); two receipts of one channel in
	// a batch are not both counted.
	since = receipt(37)
	since[0].At = m.now()
	expect(m.settled("operator", mandates, sigs, since), "MandateExpired")
	gap, _ := m.mandate("payer0", 100_000, now+3600, 9)
	gsig := must[[]byte](t)(Sign(m.keys["payer0"], m.domain.MandateDigest(gap)))
	expect(m.settled("operator", []UsageSettlementMandate{gap}, [][]byte{gsig}, receipt(37)), "payer NonceGap", "PayerInvalid")
	twice := append(receipt(37), receipt(38)...)
	expect(m.settled("operator", []UsageSettlementMandate{cheap}, [][]byte{csig}, twice), "OverPrice", "Unordered")
	// A version that needs a licence is not paid for as public use.
	// (Use from before the requirement stays payable.)
	m.ok(m.send("owner", m.regI, m.reg.PackRequireLicence(version)))
	public := receipt(37)
	public[0].Licence = big.NewInt(0)
	public[0].At = m.now()
	fresh, fsig := m.mandate("payer0", 100_000, now+3600, 4)
	expect(m.settled("operator", []UsageSettlementMandate{fresh}, [][]byte{fsig}, public), "LicenceRequired")

	// Claims pay out exactly.
	before := must[*big.Int](t)(bind.Call(m.tokI, nil, m.tok.PackBalanceOf(m.addr("owner")), m.tok.UnpackBalanceOf)).Int64()
	m.ok(m.send("owner", m.setI, m.set.PackClaim()))
	after := must[*big.Int](t)(bind.Call(m.tokI, nil, m.tok.PackBalanceOf(m.addr("owner")), m.tok.UnpackBalanceOf)).Int64()
	if after-before != 30_600 { // 36 units: 36,000 less 15%
		t.Fatalf("owner claimed %d", after-before)
	}
	raw, err = m.send("owner", m.setI, m.set.PackClaim())
	refused[UsageSettlementNothingToClaim](t, m.set.UnpackError, raw, err)

	// Withdrawal: not before the delay, and settlement may still draw
	// meanwhile.
	m.ok(m.send("payer0", m.setI, m.set.PackRequestWithdraw(big.NewInt(2_000_000))))
	raw, err = m.send("payer0", m.setI, m.set.PackWithdraw())
	refused[UsageSettlementTooEarly](t, m.set.UnpackError, raw, err)
	expect(m.settled("operator", []UsageSettlementMandate{fresh}, [][]byte{fsig}, receipt(37)))

	// Time moves on: past the mandate's expiry and a withdrawal delay, it
	// is refused; usage after the licence ended is skipped.
	m.advance(26 * time.Hour)
	expect(m.settled("operator", []UsageSettlementMandate{fresh}, [][]byte{fsig}, receipt(38)), "payer MandateExpired", "PayerInvalid")
	later := m.now()
	lateMandate, lsig := m.mandate("payer0", 100_000, later+3600, 5)
	late := receipt(38)
	late[0].At = later // used after the licence ended
	expect(m.settled("operator", []UsageSettlementMandate{lateMandate}, [][]byte{lsig}, late), "NotValid")

	escrow := m.escrow("payer0")
	m.ok(m.send("payer0", m.setI, m.set.PackWithdraw()))
	if got := must[*big.Int](t)(bind.Call(m.tokI, nil, m.tok.PackBalanceOf(m.addr("payer0")), m.tok.UnpackBalanceOf)).Int64(); got != escrow || m.escrow("payer0") != 0 {
		t.Fatalf("withdrew %d of an escrow of %d", got, escrow)
	}

	// A request not used within a delay of being ready lapses: it is not
	// an exit kept in reserve.
	m.fund("payer1", 1_000)
	m.ok(m.send("payer1", m.setI, m.set.PackRequestWithdraw(big.NewInt(1_000))))
	m.advance(49 * time.Hour)
	raw, err = m.send("payer1", m.setI, m.set.PackWithdraw())
	refused[UsageSettlementWithdrawalLapsed](t, m.set.UnpackError, raw, err)
}

// TestSettlementIsolation: one payer's short escrow skips that payer only;
// the others in the batch are paid.
func TestSettlementIsolation(t *testing.T) {
	m := newMarket(t, 2)
	m.ok(m.send("owner", m.regI, m.reg.PackPublishVersion(crypto.Keccak256Hash([]byte("a")), "bagu", big.NewInt(100))))
	now := m.now()
	m.fund("payer0", 1_000)
	m.fund("payer1", 50) // short
	var mandates []UsageSettlementMandate
	var sigs [][]byte
	var receipts []UsageSettlementReceipt
	for _, p := range []string{"payer0", "payer1"} {
		md, sig := m.mandate(p, 1_000_000, now+3600, 1)
		mandates, sigs = append(mandates, md), append(sigs, sig)
		receipts = append(receipts, UsageSettlementReceipt{Payer: m.addr(p), Version: big.NewInt(1), Licence: big.NewInt(0), Units: 5, At: now})
	}
	SortReceipts(m.addr("operator"), receipts)
	if got := m.settled("operator", mandates, sigs, receipts); fmt.Sprint(got) != "[payer InsufficientEscrow]" {
		t.Fatalf("skipped %v", got)
	}
	if e0, e1 := m.escrow("payer0"), m.escrow("payer1"); e0 != 500 || e1 != 50 {
		t.Fatalf("escrows %d %d, want 500 50", e0, e1)
	}
	// payer1 tops up; the same receipt is paid now (its channel had not moved).
	m.fund("payer1", 1_000)
	if got := m.settled("operator", mandates, sigs, receipts); len(got) != 0 {
		t.Fatalf("skipped %v", got)
	}
	if e1 := m.escrow("payer1"); e1 != 550 {
		t.Fatalf("payer1 escrow %d, want 550", e1)
	}
}

// TestSettlementGas: 1,000 invocations by 10 payers of 5 agent versions,
// settled in one transaction, cost under 2,100 gas each (a transfer per
// invocation would cost over 21,000). The operator's nonce and deadline,
// the mandate's start and the check of each receipt's date against its
// channel's last took it from 1,995 to 2,040.
func TestSettlementGas(t *testing.T) {
	const payers, versions, perPair = 10, 5, 20
	m := newMarket(t, payers)
	for v := range versions {
		m.ok(m.send("owner", m.regI, m.reg.PackPublishVersion(crypto.Keccak256Hash([]byte(fmt.Sprint("agent", v))), "bagu", big.NewInt(int64(100+v)))))
	}
	now := m.now()
	var mandates []UsageSettlementMandate
	var sigs [][]byte
	var receipts []UsageSettlementReceipt
	for p := range payers {
		name := fmt.Sprint("payer", p)
		m.fund(name, 1_000_000)
		md, sig := m.mandate(name, 1_000_000, now+3600, 1)
		mandates, sigs = append(mandates, md), append(sigs, sig)
		for v := range versions {
			receipts = append(receipts, UsageSettlementReceipt{Payer: m.addr(name), Version: big.NewInt(int64(v + 1)), Licence: big.NewInt(0), Units: perPair, ComputeMs: perPair * 37, At: now})
		}
	}
	SortReceipts(m.addr("operator"), receipts)
	r := m.paid(m.batch("operator", mandates, sigs, receipts))
	invocations := payers * versions * perPair
	perInvocation := r.GasUsed / uint64(invocations)
	t.Logf("settled %d invocations (%d payers, %d versions) for %d gas: %d gas an invocation", invocations, payers, versions, r.GasUsed, perInvocation)
	if perInvocation >= 2100 {
		t.Fatalf("%d gas an invocation, want under 2,100", perInvocation)
	}
	// Exact: each payer paid 20 units of each version.
	var want int64
	for v := range versions {
		want += perPair * int64(100+v)
	}
	for p := range payers {
		if e := m.escrow(fmt.Sprint("payer", p)); e != 1_000_000-want {
			t.Fatalf("payer%d escrow %d, want %d", p, e, 1_000_000-want)
		}
	}
	// The next batch of the same channels: 1,000 more invocations.
	for i := range receipts {
		receipts[i].Units += perPair
	}
	r = m.paid(m.batch("operator", mandates, sigs, receipts))
	t.Logf("the next 1,000 on the same channels: %d gas: %d gas an invocation", r.GasUsed, r.GasUsed/uint64(invocations))
}

// TestSettlementEvasion: a payer that replaces its mandate twice, with a
// cap of nothing, and hands its licence on, still pays for the usage from
// before, under the mandate and the licence it had then.
func TestSettlementEvasion(t *testing.T) {
	m := newMarket(t, 1)
	m.ok(m.send("owner", m.regI, m.reg.PackPublishVersion(crypto.Keccak256Hash([]byte("a")), "bagu", big.NewInt(100))))
	version := big.NewInt(1)
	m.fund("payer0", 100_000)
	t0 := m.now()
	m.ok(m.send("owner", m.licI, m.lic.PackGrant(m.addr("payer0"), version, nil, t0, t0+3600, 100, 0)))
	licence := big.NewInt(1)
	receipt := func(units uint64) []UsageSettlementReceipt {
		return []UsageSettlementReceipt{{Payer: m.addr("payer0"), Version: version, Licence: licence, Units: units, At: t0}}
	}
	first, fsig := m.mandate("payer0", 100_000, t0+3600, 1)
	if got := m.settled("operator", []UsageSettlementMandate{first}, [][]byte{fsig}, receipt(5)); len(got) != 0 {
		t.Fatalf("skipped %v", got)
	}
	// The payer hands its licence to itself and on, and replaces its
	// mandate twice, each time replaying the batch already settled.
	// (A transfer adds a holder checkpoint, which gas estimation can miss
	// when the one before is of the same second: give it room.)
	for _, to := range []string{"payer0", "stranger"} {
		opts := m.opts("payer0")
		opts.GasLimit = 300_000
		if r, _, err := m.transact(opts, m.licI, m.lic.PackTransferFrom(m.addr("payer0"), m.addr(to), licence)); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transfer to %s failed: %v", to, err)
		}
	}
	for nonce := uint32(2); nonce <= 3; nonce++ {
		none, nsig := m.mandate("payer0", 0, t0+3600, nonce)
		if got := m.settled("operator", []UsageSettlementMandate{none}, [][]byte{nsig}, receipt(5)); len(got) != 0 {
			t.Fatalf("skipped %v", got)
		}
	}
	// The operator's receipt for 50 units, all used at t0, settles under
	// the first mandate and the licence as it was held then.
	if got := m.settled("operator", []UsageSettlementMandate{first}, [][]byte{fsig}, receipt(50)); len(got) != 0 {
		t.Fatalf("skipped %v", got)
	}
	if e := m.escrow("payer0"); e != 100_000-50*100 {
		t.Fatalf("escrow %d, want %d", e, 100_000-50*100)
	}
	left := must[RemainingOutput](t)(bind.Call(m.licI, nil, m.lic.PackRemaining(licence), m.lic.UnpackRemaining))
	if left.Units != 50 {
		t.Fatalf("licence units left %d, want 50", left.Units)
	}
}

// TestMandateRules: mandates count from 1 and advance one at a time (each
// replacement on record); a malformed signature skips its payer only.
func TestMandateRules(t *testing.T) {
	m := newMarket(t, 2)
	m.ok(m.send("owner", m.regI, m.reg.PackPublishVersion(crypto.Keccak256Hash([]byte("a")), "bagu", big.NewInt(100))))
	now := m.now()
	m.fund("payer0", 10_000)
	m.fund("payer1", 10_000)
	r := func(payer string) []UsageSettlementReceipt {
		return []UsageSettlementReceipt{{Payer: m.addr(payer), Version: big.NewInt(1), Licence: big.NewInt(0), Units: 1, At: now}}
	}
	for _, nonce := range []uint32{0, 2} {
		md, sig := m.mandate("payer0", 10_000, now+3600, nonce)
		if got := m.settled("operator", []UsageSettlementMandate{md}, [][]byte{sig}, r("payer0")); fmt.Sprint(got) != "[payer NonceGap PayerInvalid]" {
			t.Fatalf("nonce %d: skipped %v", nonce, got)
		}
	}
	// payer1's signature cut short: payer1 skipped, payer0 paid.
	m0, s0 := m.mandate("payer0", 10_000, now+3600, 1)
	m1, s1 := m.mandate("payer1", 10_000, now+3600, 1)
	receipts := append(r("payer0"), r("payer1")...)
	SortReceipts(m.addr("operator"), receipts)
	got := m.settled("operator", []UsageSettlementMandate{m0, m1}, [][]byte{s0, s1[:64]}, receipts)
	if fmt.Sprint(got) != "[payer BadSignature PayerInvalid]" {
		t.Fatalf("skipped %v", got)
	}
	if e0, e1 := m.escrow("payer0"), m.escrow("payer1"); e0 != 9_900 || e1 != 10_000 {
		t.Fatalf("escrows %d %d", e0, e1)
	}
}

// TestSettlementDeployment: the constructor refuses a withdrawal delay
// under an hour (which would lock every escrow: the delay is also the
// window to withdraw in), and licences that do not name it as their
// settlement contract or that judge another registry's versions (another
// settlement could consume them, or versions it does not price be paid).
func TestSettlementDeployment(t *testing.T) {
	m := newMarket(t, 0)
	other := m.deploy("admin", &AgentRegistryMetaData, nil)
	fresh := func(registry common.Address) *bind.BoundContract {
		return m.lic.Instance(m.client, m.deploy("admin", &LicenceNFTMetaData, m.lic.PackConstructor(registry)))
	}
	mismatch := func(what string, err error) {
		t.Helper()
		raw, ok := ethclient.RevertErrorData(err)
		if !ok {
			t.Fatalf("%s: deployed (%v)", what, err)
		}
		refused[UsageSettlementLicencesMismatch](t, m.set.UnpackError, raw, err)
	}
	if _, err := m.deploySettlement(fresh(m.regI.Address()), m.regI.Address(), 0); err == nil {
		t.Fatal("a withdrawal delay of 0 was taken")
	}
	_, err := m.deploySettlement(fresh(other), m.regI.Address(), 24*time.Hour)
	mismatch("licences of another registry", err)
	deploy := func(lic *bind.BoundContract) error {
		_, _, err := bind.DeployContract(m.opts("admin"), common.FromHex(UsageSettlementMetaData.Bin), m.client,
			m.set.PackConstructor(m.tokI.Address(), m.regI.Address(), lic.Address(), m.addr("fees"), 500, 1000, 86400))
		return err
	}
	mismatch("licences linked to no settlement", deploy(fresh(m.regI.Address())))
	linked := fresh(m.regI.Address())
	m.ok(m.send("admin", linked, m.lic.PackSetSettlement(m.setI.Address())))
	mismatch("licences linked to another settlement", deploy(linked))
	if _, err := m.deploySettlement(fresh(m.regI.Address()), m.regI.Address(), 24*time.Hour); err != nil {
		t.Fatalf("licences of its registry, linked to it: %v", err)
	}
}

// TestMandateRevoke: a payer revokes its mandate; usage from then on is
// not paid under it, usage from before only for a withdrawal delay (as
// when it is replaced: revoking cancels nothing owed), and once that is
// over nothing. A payer may also revoke the next mandate it signed and
// handed out before any settlement used it; the next one it signs takes
// the nonce after.
func TestMandateRevoke(t *testing.T) {
	m := newMarket(t, 2)
	m.ok(m.send("owner", m.regI, m.reg.PackPublishVersion(crypto.Keccak256Hash([]byte("a")), "bagu", big.NewInt(100))))
	m.fund("payer0", 10_000)
	m.fund("payer1", 10_000)
	t0 := m.now()
	r := func(payer string, units, at uint64) []UsageSettlementReceipt {
		return []UsageSettlementReceipt{{Payer: m.addr(payer), Version: big.NewInt(1), Licence: big.NewInt(0), Units: units, At: at}}
	}
	expect := func(got []string, want string) {
		t.Helper()
		if fmt.Sprint(got) != want {
			t.Fatalf("skipped %v, want %s", got, want)
		}
	}
	md, sig := m.mandate("payer0", 10_000, t0+86400, 1)
	mandates, sigs := []UsageSettlementMandate{md}, [][]byte{sig}
	expect(m.settled("operator", mandates, sigs, r("payer0", 1, t0)), "[]")

	m.advance(10 * time.Minute)
	m.ok(m.send("payer0", m.setI, m.set.PackRevokeMandate(1)))
	revoked := m.now()
	raw, err := m.send("payer0", m.setI, m.set.PackRevokeMandate(1))
	refused[UsageSettlementNothingToRevoke](t, m.set.UnpackError, raw, err)
	raw, err = m.send("payer0", m.setI, m.set.PackRevokeMandate(3))
	refused[UsageSettlementNothingToRevoke](t, m.set.UnpackError, raw, err)
	// Used since: not paid.
	expect(m.settled("operator", mandates, sigs, r("payer0", 2, revoked)), "[MandateExpired]")
	// Used before: paid, for a while.
	expect(m.settled("operator", mandates, sigs, r("payer0", 2, revoked-1)), "[]")
	if e := m.escrow("payer0"); e != 9_800 {
		t.Fatalf("escrow %d, want 9,800", e)
	}
	m.advance(25 * time.Hour)
	expect(m.settled("operator", mandates, sigs, r("payer0", 3, revoked-1)), "[payer MandateReplaced PayerInvalid]")
	if e := m.escrow("payer0"); e != 9_800 {
		t.Fatalf("a revoked mandate paid: escrow %d", e)
	}
	// The next mandate takes nonce 2, from now.
	next, nsig := m.mandate("payer0", 10_000, m.now()+3600, 2)
	expect(m.settled("operator", []UsageSettlementMandate{next}, [][]byte{nsig}, r("payer0", 3, m.now())), "[]")

	// payer1 revokes the mandate it handed out before it was ever used:
	// it was never on chain, and still it pays nothing from then on.
	t1 := m.now()
	m1, s1 := m.mandate("payer1", 10_000, t1+86400, 1)
	m.advance(time.Minute)
	m.ok(m.send("payer1", m.setI, m.set.PackRevokeMandate(1)))
	expect(m.settled("operator", []UsageSettlementMandate{m1}, [][]byte{s1}, r("payer1", 1, m.now())), "[MandateExpired]")
	expect(m.settled("operator", []UsageSettlementMandate{m1}, [][]byte{s1}, r("payer1", 1, t1)), "[]")
	if e := m.escrow("payer1"); e != 9_900 {
		t.Fatalf("escrow %d, want 9,900", e)
	}
	again, asig := m.mandate("payer1", 10_000, t1+86400, 1)
	_ = again
	m2, s2 := m.mandate("payer1", 10_000, t1+86400, 2)
	expect(m.settled("operator", []UsageSettlementMandate{m2}, [][]byte{s2}, r("payer1", 2, m.now())), "[]")
	// Mandate 1, signed again after its revocation, is as revoked.
	expect(m.settled("operator", []UsageSettlementMandate{again}, [][]byte{asig}, r("payer1", 3, m.now())), "[MandateExpired]")
}

// TestReceiptDates: a receipt's at cannot predate its payer's mandate's
// start, nor the at of its channel's last settlement (the usage it adds
// happened after that): an operator cannot date new usage back into a
// window it was not paid in.
func TestReceiptDates(t *testing.T) {
	m := newMarket(t, 1)
	m.ok(m.send("owner", m.regI, m.reg.PackPublishVersion(crypto.Keccak256Hash([]byte("a")), "bagu", big.NewInt(100))))
	m.fund("payer0", 10_000)
	m.advance(time.Hour)
	t0 := m.now()
	md, _ := m.mandate("payer0", 10_000, t0+86400, 1)
	md.Start = t0
	sig := must[[]byte](t)(Sign(m.keys["payer0"], m.domain.MandateDigest(md)))
	mandates, sigs := []UsageSettlementMandate{md}, [][]byte{sig}
	r := func(units, at uint64) []UsageSettlementReceipt {
		return []UsageSettlementReceipt{{Payer: m.addr("payer0"), Version: big.NewInt(1), Licence: big.NewInt(0), Units: units, At: at}}
	}
	expect := func(got []string, want string) {
		t.Helper()
		if fmt.Sprint(got) != want {
			t.Fatalf("skipped %v, want %s", got, want)
		}
	}
	expect(m.settled("operator", mandates, sigs, r(5, t0-1)), "[PredatesMandate]")
	expect(m.settled("operator", mandates, sigs, r(5, t0+1)), "[]")
	m.advance(time.Minute)
	expect(m.settled("operator", mandates, sigs, r(10, t0+30)), "[]")
	expect(m.settled("operator", mandates, sigs, r(12, t0+29)), "[PredatesSettlement]")
	expect(m.settled("operator", mandates, sigs, r(12, t0+30)), "[]")
	if e := m.escrow("payer0"); e != 10_000-1_200 {
		t.Fatalf("escrow %d, want %d", e, 10_000-1_200)
	}
}

// TestOperatorSignature: an operator's signed batch carries a nonce, used
// once and in order, and a deadline: the same batch sent again, one signed
// with a nonce ahead, or one sent past its deadline is refused whole.
func TestOperatorSignature(t *testing.T) {
	m := newMarket(t, 1)
	m.ok(m.send("owner", m.regI, m.reg.PackPublishVersion(crypto.Keccak256Hash([]byte("a")), "bagu", big.NewInt(100))))
	m.fund("payer0", 10_000)
	now := m.now()
	md, msig := m.mandate("payer0", 10_000, now+86400, 1)
	mandates, msigs := []UsageSettlementMandate{md}, [][]byte{msig}
	r := func(units uint64) []UsageSettlementReceipt {
		return []UsageSettlementReceipt{{Payer: m.addr("payer0"), Version: big.NewInt(1), Licence: big.NewInt(0), Units: units, At: now}}
	}
	batch := m.set.PackSettleBatch(mandates, msigs, m.signed("operator", 0, now+600, r(1)), r(1))
	m.paid(batch)
	if n := m.operatorNonce("operator"); n != 1 {
		t.Fatalf("operator nonce %d after a batch, want 1", n)
	}
	raw, err := m.send("stranger", m.setI, batch)
	if e := refused[UsageSettlementBadNonce](t, m.set.UnpackError, raw, err); e.Expected != 1 || e.Nonce != 0 {
		t.Fatalf("refused %+v", e)
	}
	raw, err = m.send("stranger", m.setI, m.set.PackSettleBatch(mandates, msigs, m.signed("operator", 2, now+600, r(2)), r(2)))
	refused[UsageSettlementBadNonce](t, m.set.UnpackError, raw, err)
	// Signed for nonce 1, with a deadline ten minutes away, sent later.
	late := m.set.PackSettleBatch(mandates, msigs, m.signed("operator", 1, now+600, r(2)), r(2))
	m.advance(11 * time.Minute)
	raw, err = m.send("stranger", m.setI, late)
	refused[UsageSettlementSignatureExpired](t, m.set.UnpackError, raw, err)
	// The nonce and deadline are signed: neither can be changed after.
	stretched := m.signed("operator", 1, now+600, r(2))
	stretched.Deadline = m.now() + 600
	raw, err = m.send("stranger", m.setI, m.set.PackSettleBatch(mandates, msigs, stretched, r(2)))
	refused[UsageSettlementBadSignature](t, m.set.UnpackError, raw, err)
	m.paid(m.batch("operator", mandates, msigs, r(2)))
	if e := m.escrow("payer0"); e != 9_800 {
		t.Fatalf("escrow %d, want 9,800", e)
	}
}
