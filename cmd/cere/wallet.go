package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/cerestack/cere/node"
	"github.com/cerestack/cere/node/api"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
)

func newWalletCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "The node's wallet, and wallet keystore files",
		Args:  noArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Print a wallet's address: the node's, or with --keystore that file's",
		Long: `Print a wallet's address: with --keystore, that keystore file's (read
offline, no passphrase needed); else the node's, with its balances when the
node has a chain.

--output json prints {"wallet"}, and the node's balances as cere balance
does when it has them.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := map[string]any{}
			if g.keystore != "" {
				addr, err := keystoreAddress(g.keystore)
				if err != nil {
					return err
				}
				out["wallet"] = addr
			} else {
				c, err := g.client()
				if err != nil {
					return err
				}
				st, err := c.Status(cmd.Context())
				if err != nil {
					return err
				}
				out["wallet"] = st.Wallet
				var b api.Balance
				if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/chain/balance", nil, &b); err == nil {
					out["eth"], out["cere"], out["escrow"], out["claimable"] = b.ETH, b.CERE, b.Escrow, b.Claimable
				}
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), out)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "wallet     %s\n", out["wallet"])
			for _, k := range []string{"eth", "cere", "escrow", "claimable"} {
				if v, ok := out[k]; ok {
					fmt.Fprintf(w, "%-10s %s\n", k, v)
				}
			}
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "new --keystore FILE",
		Short: "Make a new wallet in a keystore file",
		Long: `Make a new wallet and keep it, encrypted with a passphrase
(CERE_PASSPHRASE, or asked twice), in the keystore file --keystore names:
the format of the node's own wallet.json. An existing file is never
replaced. A node uses it as its wallet when it is its data dir's
wallet.json before its first start.

--output json prints {"wallet", "keystore"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			key, err := ethcrypto.GenerateKey()
			if err != nil {
				return err
			}
			return writeKeystore(cmd, g, key)
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "import KEYFILE --keystore FILE",
		Short: "Keep an existing private key in a keystore file",
		Long: `Keep an existing wallet's private key, read from KEYFILE (or - for stdin)
as 64 hex digits, in a new keystore file, encrypted with a passphrase
(CERE_PASSPHRASE, or asked twice). An existing file is never replaced.

--output json prints {"wallet", "keystore"}.`,
		Args: exactlyOne("key file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var data []byte
			var err error
			if args[0] == "-" {
				data, err = io.ReadAll(io.LimitReader(cmd.InOrStdin(), 4096))
			} else {
				data, err = os.ReadFile(args[0])
			}
			if err != nil {
				return err
			}
			text := strings.TrimPrefix(strings.TrimSpace(string(data)), "0x")
			raw, err := hex.DecodeString(text)
			if err != nil || len(raw) != 32 {
				return usageError{fmt.Errorf("%s: not a private key: want 64 hex digits", args[0])}
			}
			key, err := ethcrypto.ToECDSA(raw)
			if err != nil {
				return usageError{fmt.Errorf("%s: not a private key: %v", args[0], err)}
			}
			return writeKeystore(cmd, g, key)
		},
	})
	var token string
	send := &cobra.Command{
		Use:   "send ADDRESS AMOUNT --token eth|cere",
		Short: "Send ETH or CERE from the node's wallet",
		Long: `Send ETH or CERE from the node's wallet to ADDRESS. AMOUNT is in whole
units, as 10.5. It waits until the transaction is confirmed.

--output json prints {"tx", "block", "amount"}.`,
		Args: exactlyTwo("an address and an amount"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if token != "eth" && token != "cere" {
				return usageError{fmt.Errorf("--token %q: want eth or cere", token)}
			}
			return chainWrite(cmd, g, "/api/v1/chain/send", api.Transfer{To: args[0], Amount: args[1], Token: token},
				func(tx api.ChainTx) string {
					return fmt.Sprintf("sent %s %s to %s", tx.Amount, strings.ToUpper(token), args[0])
				})
		},
	}
	send.Flags().StringVar(&token, "token", "cere", "what to send: eth or cere")
	cmd.AddCommand(send)
	return cmd
}

// keystoreAddress reads a keystore file's address without decrypting it.
func keystoreAddress(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var ks struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(data, &ks); err != nil || len(ks.Address) != 40 {
		return "", fmt.Errorf("%s: not a keystore file (no address)", path)
	}
	return common.HexToAddress(ks.Address).Hex(), nil
}

// writeKeystore keeps key in the new keystore file --keystore names.
func writeKeystore(cmd *cobra.Command, g *globals, key *ecdsa.PrivateKey) error {
	if g.keystore == "" {
		return usageError{errors.New("--keystore: the file to keep the wallet in is required")}
	}
	pass, ok := os.LookupEnv("CERE_PASSPHRASE")
	if !ok {
		var err error
		if pass, err = promptPassphrase(true); err != nil {
			return err
		}
	}
	if pass == "" {
		return errors.New("an empty passphrase protects nothing; choose one")
	}
	if err := node.WriteWallet(g.keystore, pass, key); err != nil {
		return err
	}
	addr := ethcrypto.PubkeyToAddress(key.PublicKey).Hex()
	if g.output == "json" {
		return printJSON(cmd.OutOrStdout(), map[string]string{"wallet": addr, "keystore": g.keystore})
	}
	fmt.Fprintf(cmd.OutOrStdout(), "wallet %s kept in %s\n", addr, g.keystore)
	return nil
}

func newBalanceCmd(g *globals) *cobra.Command {
	var address string
	cmd := &cobra.Command{
		Use:   "balance",
		Short: "Print a wallet's ETH, CERE, escrow and claimable earnings",
		Long: `Print what a wallet holds on the node's chain: ETH, CERE, CERE in escrow for
settlement, and CERE earned and waiting for cere claim. The node's wallet,
or --address.

--output json prints {"wallet", "eth", "cere", "escrow", "claimable",
"withdrawal"}, amounts as decimal strings in whole units ("10.5");
"withdrawal" ({"amount", "ready_at", "until"}) only while one is pending.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			path := "/api/v1/chain/balance"
			if address != "" {
				path += "?address=" + url.QueryEscape(address)
			}
			var b api.Balance
			if err := c.Do(cmd.Context(), http.MethodGet, path, nil, &b); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.output == "json" {
				return printJSON(out, b)
			}
			fmt.Fprintf(out, "wallet     %s\neth        %s\ncere       %s\nescrow     %s\nclaimable  %s\n", b.Wallet, b.ETH, b.CERE, b.Escrow, b.Claimable)
			if w := b.Withdrawal; w != nil {
				fmt.Fprintf(out, "withdrawal %s CERE, from %s until %s\n", w.Amount, w.ReadyAt.Local().Format(time.DateTime), w.Until.Local().Format(time.DateTime))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&address, "address", "", "another wallet's address")
	return cmd
}

func newDepositCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "deposit AMOUNT",
		Short: "Put CERE from the node's wallet in escrow, to pay for usage",
		Long: `Put AMOUNT CERE (whole units, as 10.5) from the node's wallet in the
settlement contract's escrow, from which usage is paid. It waits until the
transactions (an allowance where needed, then the deposit) are confirmed.

--output json prints {"tx", "block", "amount"}.`,
		Args: exactlyOne("amount"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return chainWrite(cmd, g, "/api/v1/chain/deposit", api.Amount{Amount: args[0]},
				func(tx api.ChainTx) string { return fmt.Sprintf("deposited %s CERE", tx.Amount) })
		},
	}
}

func newWithdrawCmd(g *globals) *cobra.Command {
	var finish bool
	cmd := &cobra.Command{
		Use:   "withdraw AMOUNT | withdraw --finish",
		Short: "Take CERE back out of escrow, after the settlement's delay",
		Long: `Take CERE back out of escrow, in two steps, so that a payer cannot run off
ahead of settlement: 'cere withdraw AMOUNT' asks for AMOUNT (whole units) and
says from when it may be taken; 'cere withdraw --finish' then takes it (at
most what settlement left), before as long again has passed. A new request
replaces the last.

--output json prints {"tx", "block", "amount"}, and "ready_at" and "until"
for a request.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if finish {
				if len(args) != 0 {
					return usageError{errors.New("--finish takes no amount: it takes what was asked for")}
				}
				return chainWrite(cmd, g, "/api/v1/chain/withdraw", struct{}{},
					func(tx api.ChainTx) string { return fmt.Sprintf("withdrew %s CERE", tx.Amount) })
			}
			if len(args) != 1 {
				return usageError{fmt.Errorf("%s takes one amount (or --finish), got %d arguments", cmd.CommandPath(), len(args))}
			}
			return chainWrite(cmd, g, "/api/v1/chain/withdraw/request", api.Amount{Amount: args[0]}, func(tx api.ChainTx) string {
				return fmt.Sprintf("asked to withdraw %s CERE: run cere withdraw --finish from %s until %s",
					tx.Amount, tx.ReadyAt.Local().Format(time.DateTime), tx.Until.Local().Format(time.DateTime))
			})
		},
	}
	cmd.Flags().BoolVar(&finish, "finish", false, "take what an earlier request asked for, once it is ready")
	return cmd
}

func newClaimCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "claim",
		Short: "Pay out the CERE the node's wallet earned",
		Long: `Pay out to the node's wallet the CERE it earned from settled usage, as an
agent's owner, a node operator or the protocol's fee recipient.

--output json prints {"tx", "block", "amount"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return chainWrite(cmd, g, "/api/v1/chain/claim", struct{}{},
				func(tx api.ChainTx) string { return fmt.Sprintf("claimed %s CERE", tx.Amount) })
		},
	}
}

// chainWrite posts a chain write and prints its transaction.
func chainWrite(cmd *cobra.Command, g *globals, path string, in any, say func(api.ChainTx) string) error {
	return chainPost(cmd, g, path, in, func(tx api.ChainTx) string {
		return fmt.Sprintf("%s (tx %s, block %d)", say(tx), tx.Tx, tx.Block)
	})
}

// chainPost posts a write that may wait for the chain, and prints its
// answer as JSON, or as say writes it.
func chainPost[T any](cmd *cobra.Command, g *globals, path string, in any, say func(T) string) error {
	c, err := g.client()
	if err != nil {
		return err
	}
	// Longer than the node's own bound on a chain write (2 min): the
	// transactions go out whether or not this waits, and a caller that
	// gave up early might send them again.
	ctx, cancel := context.WithTimeout(cmd.Context(), 3*time.Minute)
	defer cancel()
	var out T
	if err := c.Do(ctx, http.MethodPost, path, in, &out); err != nil {
		return err
	}
	if g.output == "json" {
		return printJSON(cmd.OutOrStdout(), out)
	}
	fmt.Fprintln(cmd.OutOrStdout(), say(out))
	return nil
}

func newMandateCmd(g *globals) *cobra.Command {
	var limit, maxPrice string
	var expiry time.Duration
	cmd := &cobra.Command{
		Use:   "mandate --cap AMOUNT --max-price AMOUNT [--expiry DURATION]",
		Short: "Let settlement take the node's wallet's usage from its escrow",
		Long: `Sign, with the node's wallet, a mandate that lets this node (as operator)
settle the wallet's usage of agents from its escrow: at most --cap CERE in
all (under this and earlier mandates), at most --max-price CERE an
invocation, for usage until --expiry from now. It replaces the wallet's
last mandate (and pays for usage from when that one started; a first
mandate, or one after cere mandate revoke, from now). Without one, the
wallet's usage waits (cere settle lists it as pending).

--output json prints {"payer", "cap", "max_price", "expiry", "nonce"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit == "" || maxPrice == "" {
				return usageError{errors.New("--cap and --max-price are required")}
			}
			in := api.MandateRequest{Cap: limit, MaxPrice: maxPrice, Expiry: expiry.String()}
			return chainPost(cmd, g, "/api/v1/chain/mandate", in, func(out api.MandateOut) string {
				return fmt.Sprintf("mandate %d of %s: up to %s CERE in all, %s an invocation, until %s",
					out.Nonce, out.Payer, out.Cap, out.MaxPrice, out.Expiry.Local().Format(time.DateTime))
			})
		},
	}
	cmd.Flags().StringVar(&limit, "cap", "", "the most settlement may take in all, in CERE")
	cmd.Flags().StringVar(&maxPrice, "max-price", "", "the highest price an invocation may cost, in CERE")
	cmd.Flags().DurationVar(&expiry, "expiry", 30*24*time.Hour, "how long usage is paid for from now")
	cmd.AddCommand(&cobra.Command{
		Use:   "revoke",
		Short: "Revoke the node's wallet's mandate",
		Long: `Revoke, on chain, the node's wallet's mandate: its usage from now on is not
paid under it (nor under any earlier one), and waits until it signs a new
one (cere mandate). Usage from before is still settled, for a withdrawal
delay: revoking cancels nothing owed.

--output json prints {"tx", "block"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return chainWrite(cmd, g, "/api/v1/chain/mandate/revoke", struct{}{}, func(api.ChainTx) string {
				return "mandate revoked"
			})
		},
	})
	return cmd
}

func newSettleCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "settle",
		Short: "Settle the usage this node metered, on chain, now",
		Long: `Settle on chain, as this node's operator receipts, every payer's usage of
published agent versions that accrued since the last settlement, under the
payers' mandates, in one transaction. The node also does it every minute.
Usage without a mandate or a published version waits and is listed as
pending; what the contract refused (over a cap, short of escrow) is listed
as skipped, and is sent again next time.

--output json prints {"tx", "block", "receipts", "invocations", "paid",
"skipped", "pending"}; skipped and pending are [{"payer", "agent",
"invocations", "reason"}].`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return chainPost(cmd, g, "/api/v1/chain/settle", struct{}{}, func(out api.Settlement) string {
				lines := []string{"nothing to settle"}
				if out.Tx != "" {
					lines[0] = fmt.Sprintf("settled %s in %s: %s CERE paid (tx %s, block %d)", count(out.Invocations, "invocation"), count(uint64(out.Receipts), "receipt"), out.Paid, out.Tx, out.Block)
				}
				for _, u := range out.Skipped {
					lines = append(lines, fmt.Sprintf("skipped  %s  %s  %s: %s", u.Payer, u.Agent, count(u.Invocations, "invocation"), u.Reason))
				}
				for _, u := range out.Pending {
					lines = append(lines, fmt.Sprintf("pending  %s  %s  %s: %s", u.Payer, u.Agent, count(u.Invocations, "invocation"), u.Reason))
				}
				return strings.Join(lines, "\n")
			})
		},
	}
}

// count writes n things, "1 invocation" or "3 invocations".
func count(n uint64, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
